/**
 * Sentences that refer back to an event already told: "Sau cuộc điện đàm với ông Putin, …"
 * (the day of that call), "Ông cũng đã điện đàm …" in the same paragraph (the day just told),
 * "Tại Beirut, …" (the stay there), "Bên lề hội nghị, …" (the summit just told), and "Cuộc hội
 * đàm bắt đầu lúc …" (the event just told, now dated).
 */
import type { EventLocation, EventType } from '../events-schema.js';
import { DASH_ASIDE } from './event-date.js';
import { DEATH_WORD, findTriggers } from './event-type.js';
import type { EventMention } from './event-mention.js';
import { GUEST, personKey, type PersonMention } from './people.js';
import { findPlaces } from './places.js';
import { toldDay, type DatedSpan, type ResolvedDate } from './temporal.js';
import { countOf } from './time-expressions.js';
import { isoAddDays } from './resolve-date.js';

/** How far back (in event mentions) a sentence may refer to an event already told. */
const LOOK_BACK = 200;
/** The mentions among the last {@link LOOK_BACK} that pass `keep`, in text order. */
export function recent(mentions: EventMention[], keep: (m: EventMention) => boolean): EventMention[] {
  return mentions.slice(Math.max(0, mentions.length - LOOK_BACK)).filter(keep);
}

/**
 * "Sau cuộc điện đàm với ông Putin,", "Trước lễ tưởng niệm,", "Vài giờ trước bài phát biểu,", "Ngay sau hội đàm,": a fronted
 * phrase naming an event already told ("Ngay sau lễ đón," is the welcome's, see welcomeDay).
 */
const FRONTED_EVENT = /^(?:(?:(?:Vài|Mấy|Một|Hai|Ba|\d+)\s+(?:giờ|tiếng)\s+(?:trước|sau)|(?:Ngay\s+)?(?:Trước|Sau)|Ngay\s+(?:trước|sau)(?!\s+lễ đón)|Kết thúc)(?:\s+khi)?\s+((?:lễ|cuộc|buổi|phiên|bài|hội đàm|hội kiến|điện đàm|phát biểu|tuyên bố|thông báo|diễn đàn|hội thảo)[^,;:]{0,100})|(?:Tại|Trong)\s+((?:cuộc|buổi|phiên)\s+(?:hội đàm|hội kiến|điện đàm|gặp|tiếp|làm việc)[^,;:]{0,100})),/u;
/** "Vài giờ sau cuộc họp báo …", "Vài giờ trước cuộc tham vấn, …": hours from a press conference, forum, seminar or session named. */
export const HOURS_FROM_OCCASION = /^(?:Chỉ\s+)?(?:[Vv]ài|[Mm]ấy|[Mm]ột|[Hh]ai|[Bb]a|\d+)\s+(?:giờ|tiếng)\s+(?:trước|sau)\s+(?:(?:cuộc|buổi|bài|phiên)\s+)?(họp báo|diễn đàn|hội thảo|phát biểu|tham vấn|họp)(?!\p{L})/u;
/** "Trong chuyến thăm,", "Nhân chuyến thăm này,", "Trong thời gian ở Hà Nội,": the visit just told, named by no one. */
const VISIT_FRONTED = /^(?:Trong|Nhân)\s+(?:chuyến thăm(?:\s+(?:này|lần này))?|thời gian\s+(?:ở|tại|lưu lại)\s+[^,.;]{2,30}?)\s*,/u;
/** "Chỉ một ngày trước khi Seoul công bố quyết định,": a sentence opening so many days from an event it names. */
const DAYS_FROM_EVENT = /^(?:Chỉ|Đúng|Chưa đầy)?\s*(một|hai|ba|bốn|năm|sáu|bảy|\d{1,2})\s+ngày\s+(trước|sau)\s+(khi\s+)?([^,;:]{3,120}),/iu;
/** How many parties "hai/ba/bốn/năm bên" counts. */
const PARTIES: Record<string, number> = { hai: 2, ba: 3, bốn: 4, năm: 5 };
/** "phiên họp bốn bên", "cuộc gặp ba bên": how many parties a text says an occasion had, or 0. */
export const partiesSaid = (text: string): number => PARTIES[/(?:^|\s)(hai|ba|bốn|năm)\s+bên(?!\p{L})/u.exec(text)?.[1] ?? ''] ?? 0;
/** "Tuyên bố chung sau hội đàm", "Trong cuộc họp báo chung sau cuộc gặp": what talks ended in, opening a sentence. */
const OUTCOME_OF_TALKS = /^(?:Trong\s+)?(?:[Tt]uyên bố chung|[Tt]hông cáo chung|(?:cuộc\s+|buổi\s+)?[Hh]ọp báo chung)\s+sau\s+(?:cuộc\s+|buổi\s+)?(?:hội đàm|hội kiến|gặp|gặp gỡ)(?!\p{L})/u;
/** "Phát biểu này …", "Tuyên bố trên …": the statement just told, as a sentence's subject. */
const THIS_STATEMENT = /^(?:Phát biểu|Tuyên bố|Lời kêu gọi|Lời cam kết)\s+(?:này|trên|đó)\s/u;
/** "Ông cũng đã điện đàm…": the subject goes on with what it also did on the same occasion. */
const ALSO = /^[^,;:.]{0,80}?\scũng\s(?!như(?!\p{L}))/u;
/** "Trong ngày, …", "Trong ngày hôm nay, …": during the day the news reports. */
const NEWS_DAY = /^Trong ngày(?:\s+hôm nay)?,/u;
/** "Phát biểu tại Nhà Trắng, …": a fronted speech, the circumstances of what its speaker says next. */
const SPEAKING_AT = /^Phát biểu (?:tại|ở|trước)\s[^,;:]{2,80},/u;
/** "Trước khi rời Hà Nội, …": the last thing done on a stay. */
const LEAVING = /^Trước khi (?:rời|rời khỏi)\s+([^,]{2,40}),/u;
/** "Tại Beirut, ông Macron đã hội đàm với …": a fronted place. */
const AT_PLACE = /^Tại\s+([^,]{2,40}),/u;

/**
 * Does the sentence lack a date of its own, so it may take the one it refers to? With a
 * fronted "Sau cuộc …," only a date inside that phrase counts as its own.
 */
export function wantsReferredDate(text: string, dates: DatedSpan[]): boolean {
  const fronted = FRONTED_EVENT.exec(text);
  const frontEnd = fronted?.[0].length ?? 0;
  // ("Vài giờ sau cuộc họp báo ở Brussels, …": hours counted from an occasion told elsewhere, not from the day just told)
  const fromOccasion = !!fronted && HOURS_FROM_OCCASION.test(fronted[0]);
  // ("… tập trung vào vấn đề trung chuyển khí đốt - hợp đồng … sẽ hết hạn vào ngày 31/12": a dash's aside has its own dates)
  return !dates.some((d) => d.date && (!frontEnd || d.start < frontEnd) && !(fromOccasion && d.relative && d.start < frontEnd) && !DASH_ASIDE.test(text.slice(0, d.start)));
}

/** "sau khi thỏa thuận được thông qua", "sau khi văn kiện đã được ký": after the document just told was adopted or signed. */
const ADOPTED_AFTER = /(?:^|\s)sau khi\s+(?:thỏa thuận|hiệp định|văn kiện|quyết định|tuyên bố(?:\s+chung)?)(?:\s+(?:này|trên|đó))?\s+(?:đã\s+)?được\s+(?:thông qua|ký(?:\s+kết)?)(?!\p{L})/u;
/** Words of a tribute or condolences: "gửi điện chia buồn", "bày tỏ nỗi thương tiếc", "gọi ông Fidel là …", "trong thông điệp gửi ông Raul nói rằng … đã mất đi …". */
const TRIBUTE = /chia buồn|thương tiếc|tưởng nhớ|sự ra đi|vĩnh biệt|nỗi buồn|mất đi|thông điệp gửi|gọi (?:ông|bà|cố)\s[^,.;]{0,40}?\slà\s|ca ngợi (?:ông|bà|cố)\s/u;
/** How many paragraphs after the death a tribute without a day of its own is still a reaction to it. */
const TRIBUTE_PARAGRAPHS = 6;

/**
 * "Tổng thống Nga Vladimir Putin gửi điện chia buồn, gọi ông Fidel là …": a tribute with no day of
 * its own, told a few paragraphs after a death (or its announcement), was made on the day of the
 * death, whatever background came between.
 */
export function tributeDate(text: string, mentions: EventMention[], paragraph: number): DatedSpan | null {
  if (!TRIBUTE.test(text)) return null;
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i];
    if (!m.date) continue;
    // (the death itself, or its announcement: "Tin buồn được chính Chủ tịch Cuba Raul Castro … thông báo: … đã trút hơi thở cuối cùng lúc 22h29 tối 25/11")
    // (or a tribute already dated: the reactions of a round-up come on one day)
    if ((m.type === 'other' && DEATH_WORD.test(m.lemma)) || (m.type === 'statement' && (DEATH_WORD.test(m.quote) || TRIBUTE.test(m.quote)))) {
      if (m.date.precision !== 'day' || m.date.end || m.paragraph === undefined || paragraph - m.paragraph > TRIBUTE_PARAGRAPHS) return null;
      return toldDay(m.date, text, 0);
    }
  }
  return null;
}

/**
 * The date a dateless sentence takes from what it refers to: a fronted "Sau/Trước cuộc X với
 * Y," names an event already told (its date; with no one named, the event just told), and a
 * subject that "cũng" did something more in the same paragraph did it that day.
 */
export function referredDate(text: string, persons: PersonMention[], mentions: EventMention[], paragraph: number, contextSummitKnown = false): DatedSpan | null {
  // the events told most recently, latest last: what a sentence can refer back to (a bounded
  // look-back keeps a huge text linear)
  const dated = recent(mentions, (m) => !!m.date && !m.date.end);
  const span = (date: ResolvedDate, end: number): DatedSpan => toldDay(date, text, end);
  // "Trong chuyến thăm, hai nhà lãnh đạo thông qua …": on the one day the visit was last told by (its talks', or its own)
  if (VISIT_FRONTED.test(text)) {
    const day = [...dated].reverse().find((m) => (m.type === 'visit' || m.type === 'meeting') && m.date!.precision === 'day' && paragraph - (m.paragraph ?? -9) <= 3);
    return day ? span(day.date!, text.indexOf(',')) : null;
  }
  // '"…", Tổng Thư ký … Antonio Guterres nói sau khi thỏa thuận được thông qua': on the day of the agreement last told by its day
  const adopted = ADOPTED_AFTER.exec(text);
  if (adopted) {
    const deal = [...dated].reverse().find((m) => m.type === 'agreement' && m.date!.precision === 'day' && paragraph - (m.paragraph ?? -9) <= 4);
    if (deal) return span(deal.date!, adopted.index + adopted[0].length);
  }
  const fronted = FRONTED_EVENT.exec(text);
  if (fronted) {
    const end = fronted[0].length - 1;
    const inside = persons.filter((p) => p.end <= end && !p.person.source).map((p) => p.person.key);
    // "Tại cuộc hội đàm, …" (group 2) tells the talks just told, as "Sau cuộc hội đàm, …" tells them
    const told = fronted[1] ?? fronted[2];
    const kinds = findTriggers(told).map((t) => t.type);
    // ("Trước lễ ký, …": the signing told, not whatever was told last)
    if (!kinds.length && /^lễ ký(?!\p{L})/u.test(told)) kinds.push('agreement');
    // ("Trước phiên họp bốn bên, …": the meeting or summit told)
    if (!kinds.length && /^(?:phiên|cuộc|buổi)\s+họp(?!\s+báo)(?!\p{L})/u.test(told)) kinds.push('meeting', 'summit');
    if (fronted[2] !== undefined && !inside.length) {
      // "Tại cuộc hội đàm, …" naming no one: the day's story the article last told (a background
      // month or an arrival passed over), if it was such talks; else (an agreement reached at
      // talks not told) it stays undated
      const last = [...dated].reverse().find((m) => m.date!.precision === 'day' && m.type !== 'visit');
      // ("… gặp Thủ tướng Sri Lanka … tại Colombo. ¶ Hôm qua (8/6), ông Modi có mặt tại Malé, … Tại cuộc hội đàm, …": a stay the
      // paragraph opened, elsewhere than those talks of another paragraph, is where these were)
      const stay = [...dated].reverse().find((m) => m.type === 'visit' && m.date!.precision === 'day' && m.paragraph === paragraph && m.location);
      if (stay && last && mentions.indexOf(stay) > mentions.indexOf(last) && last.paragraph !== paragraph && last.location?.name !== stay.location!.name) return span(stay.date!, end);
      return last && kinds.includes(last.type) ? span(last.date!, end) : null;
    }
    const fits = [...dated].reverse().filter((m) => (!kinds.length || kinds.includes(m.type)) && (!inside.length || m.participants.some((p) => inside.includes(personKey(p.name)))));
    // ("Trước phiên họp ba bên, …" after a look back to the last such summit, in 2016: naming no one, the story's own, the latest)
    if (!inside.length && kinds.length) fits.sort((a, b) => b.date!.start.localeCompare(a.date!.start));
    // "cuộc điện đàm thứ ba trong tháng này" also tells the call; its day is told elsewhere
    // ("phiên họp bốn bên": the one of four parties)
    const parties = partiesSaid(told);
    const counted = parties ? fits.filter((m) => m.participants.length === parties) : [];
    const hit = counted.find((m) => m.date!.precision === 'day') ?? fits.find((m) => m.date!.precision === 'day') ?? fits[0];
    if (hit && (inside.length || kinds.length || /^(?:lễ|buổi|phiên)/u.test(told))) return span(hit.date!, end);
    // ("Ngày 4/11, Giáo hoàng phát biểu bế mạc Diễn đàn Đối thoại Bahrain … Sau diễn đàn, …": the latest event told at that forum)
    // ("Vài giờ sau cuộc họp báo ở Brussels, …": the press conference the article told by its day)
    const forum = /^(?:(?:cuộc|buổi)\s+)?(diễn đàn|hội thảo|họp báo)(?!\p{L})/u.exec(told)?.[1];
    const atForum = forum ? [...dated].reverse().find((m) => m.date!.precision === 'day' && m.quote.toLowerCase().includes(forum)) : undefined;
    if (atForum) return span(atForum.date!, end);
    // ("Tại cuộc hội đàm với Quốc vương Salman, ông Putin khẳng định …", the king not at any talks told: talks on the day of
    // the subject's stay the story just told, "Chuyên cơ chở ông Putin hạ cánh xuống … Riyadh … ngày 14/10")
    const subject = fronted[2] !== undefined && inside.length ? persons.find((p) => p.start > end && !p.person.source)?.person.key : undefined;
    const stay = subject ? [...dated].reverse().find((m) => m.date!.precision === 'day' && paragraph - (m.paragraph ?? -9) <= 2 && m.participants.some((p) => personKey(p.name) === subject)) : undefined;
    return stay ? span(stay.date!, end) : null;
  }
  // "Chỉ một ngày trước khi Seoul công bố quyết định, …": so many days from the event of that kind told last
  const apart = DAYS_FROM_EVENT.exec(text);
  if (apart) {
    // (the event told in the same words: "công bố quyết định" names the announcement, not any statement)
    const named = findTriggers(apart[4]).map((t) => ({ type: t.type, words: /^\S+(?:\s+\S+){0,2}/u.exec(apart[4].slice(t.start))![0].toLowerCase() }));
    // ("Hai ngày sau tuyên bố của Tổng thống Ghani, …": an event named as a noun, by whose it was, told with its day)
    const whose = apart[3] ? [] : persons.filter((p) => p.end <= apart[0].length && !p.person.source).map((p) => p.person.key);
    const byWhom = (m: EventMention) => whose.length > 0 && m.participants.some((p) => whose.includes(personKey(p.name)));
    const last = [...dated].reverse().find((m) => m.date!.precision === 'day' && named.some((n) => n.type === m.type && (m.quote.toLowerCase().includes(n.words) || byWhom(m))));
    const days = countOf(apart[1]) * (apart[2] === 'trước' ? -1 : 1);
    return last ? span({ ...last.date!, start: isoAddDays(last.date!.start, days), anchoring: 'previous', borrowed: undefined }, apart[0].length - 1) : null;
  }
  // "Tuyên bố chung sau hội đàm tại Nhà khách Hyderabad nêu rõ …": the talks of the day the paragraph just told
  const outcome = OUTCOME_OF_TALKS.exec(text);
  const told = outcome ? [...dated].reverse().find((m) => m.paragraph === paragraph && m.date!.precision === 'day' && m.participants.length > 1) : undefined;
  if (told) return span(told.date!, outcome![0].length);
  // "Phát biểu này được đưa ra đúng vào ngày …": the day of the statement just told
  if (THIS_STATEMENT.test(text)) {
    const said = [...dated].reverse().find((m) => m.type === 'statement' && m.date!.precision === 'day');
    if (said) return span(said.date!, 0);
  }
  // "Phát biểu khai mạc, ông Tập cho biết …": on the first (or, closing, the last) day of the summit just told
  const opening = OPENING_SPEECH.exec(text);
  const summits = opening ? recent(mentions, (m) => m.type === 'summit' && m.date?.precision === 'day') : [];
  // (one told as opening, or closing: "Hội nghị … khai mạc hôm 4/12"; not one told as closing for an opening speech)
  const opened = summits.filter((m) => m.quote.includes(opening![1])).pop();
  if (opened) return span({ ...opened.date!, start: opening![1] === 'bế mạc' ? opened.date!.end ?? opened.date!.start : opened.date!.start, end: undefined }, opening![0].length);
  // "Bên lề hội nghị, …": during the summit just told
  const summit = summitOnSidelines(text, mentions, contextSummitKnown);
  // ("Sự kiện đáng chú ý nhất bên lề hội nghị là cuộc gặp giữa …": up to what it names)
  if (summit) return span(summit.date!, /^(?:Cũng\s+b|B)ên lề/u.test(text) ? text.indexOf(',') : SIDELINES.exec(text)![0].length);
  // "Tại Beirut, ông Macron đã hội đàm với …": during the stay at that place just told
  const at = AT_PLACE.exec(text);
  if (at) {
    // (the subject's stay: "Tại Suva, bà Wong gặp ông Bainimarama" is not during the talks Bainimarama chaired at Suva three days later)
    const who = persons.filter((p) => !p.person.source).slice(0, 1).map((p) => p.person.key);
    const hit = [...dated].reverse().find((m) => m.location && at[1].includes(m.location.nameVi ?? m.location.name.split(',')[0]) && m.participants.some((p) => who.includes(personKey(p.name))));
    if (hit) return span(hit.date!, at[0].length - 1);
  }
  // "Trước khi rời Hà Nội, ông Pompeo còn gặp …": on the last day told of the subject's stay there
  const leaving = LEAVING.exec(text);
  if (leaving) {
    const where = findPlaces(leaving[1])[0]?.location.name;
    const who = persons.filter((p) => p.start >= leaving[0].length && !p.person.source).slice(0, 1).map((p) => p.person.key);
    const his = dated.filter((m) => m.participants.some((p) => who.includes(personKey(p.name))));
    const stay = where ? his.findIndex((m) => m.location && (m.location.name === where || m.location.name.endsWith(`, ${where}`))) : -1;
    const last = stay < 0 ? undefined : his.slice(stay).filter((m) => m.date!.precision === 'day' && m.type !== 'summit').pop();
    if (last) return span(last.date!, leaving[0].length - 1);
  }
  // "Trong ngày, Tổng thống Obama cũng đã hội kiến …": on the day the article reports, its lede's
  const day = NEWS_DAY.exec(text);
  const lede = day ? mentions.find((m) => m.date?.precision === 'day' && !m.date.end && !m.date.borrowed) : undefined;
  if (lede) return span(lede.date!, day![0].length - 1);
  const also = ALSO.exec(text);
  const last = dated[dated.length - 1];
  if (also && last && last.paragraph === paragraph) {
    const subject = persons.filter((p) => p.end <= also[0].length && !p.person.source).map((p) => p.person.key);
    if (subject.length && last.participants.some((p) => subject.includes(personKey(p.name)))) return span(last.date!, 0);
  }
  // "Ông Obama đến Hannover chiều chủ nhật 24/4 … Thủ tướng Angela Merkel đón vị khách tại …": the
  // guest's welcome is on the day of the arrival just told in the paragraph
  const guest = GUEST.exec(text);
  if (guest && last && last.paragraph === paragraph && last.type === 'visit' && last.date!.precision === 'day' && !last.date!.end && WELCOMED.test(text.slice(Math.max(0, guest.index - 20), guest.index + 1))) return span(last.date!, 0);
  return null;
}
/** "đón vị khách", "tiếp vị khách": the guest welcomed. */
const WELCOMED = /(?:đón|tiếp|chào đón|đón tiếp)\s+$/u;

/** "Bên lề hội nghị, …", "Sự kiện đáng chú ý nhất bên lề hội nghị là …": what the sentence tells happened at a summit it does not name. */
const SIDELINES = /^(?:(?:Cũng\s+b|B)ên lề (?:hội nghị|thượng đỉnh)|(?:Sự kiện|Điểm nhấn)(?:\s+[^\s,.;]+){0,4}?\s+bên lề (?:hội nghị|thượng đỉnh)\s+là\s)/u;
/** "Hội nghị CICA, …": a sentence opening on a conference by its acronym. */
const BY_ACRONYM = /^(?:Hội nghị|Thượng đỉnh)\s+(\p{Lu}{2,8})(?![\p{L}\d-])/u;
/** "bên lề": on the sidelines of. */
const SIDELINES_OF = /(?:^|\s)bên lề(?!\p{L})/iu;
/** "dự Hội nghị …", "tham dự hội nghị …": a conference attended. */
export const CONFERENCE_ATTENDED = /(?:^|\s)(?:tham\s+)?dự\s+[Hh]ội nghị(?!\p{L})/u;
/** "Phát biểu khai mạc,", "Phát biểu tại phiên bế mạc hội nghị,": a speech opening or closing the summit just told. */
const OPENING_SPEECH = /^Phát biểu\s+(?:tại\s+(?:lễ|phiên|buổi)\s+)?(khai mạc|bế mạc)(?:\s+(?:hội nghị|thượng đỉnh))?\s*,/u;

/**
 * The summit just told, for a sentence on its sidelines ("Bên lề hội nghị, …"). A summit the
 * gazetteer knows (`contextSummitKnown`) is dated and placed by its own data (see unnamedSummit).
 */
function summitOnSidelines(text: string, mentions: EventMention[], contextSummitKnown: boolean): EventMention | undefined {
  if (contextSummitKnown) return undefined;
  // ("… hội đàm tại … Astana chiều 13/10, bên lề Hội nghị thượng đỉnh lần thứ 6 … (CICA). … Hội nghị CICA, với sự tham dự của …, diễn ra …":
  // the conference named again by its acronym, where the talks on its sidelines were)
  const acronym = BY_ACRONYM.exec(text)?.[1];
  if (acronym) return recent(mentions, (m) => !!m.location && m.quote.includes(`(${acronym})`) && SIDELINES_OF.test(m.quote)).pop();
  if (!SIDELINES.test(text)) return undefined;
  // (or a conference attended, told as a meeting: "dự Hội nghị Bộ trưởng … đồng khai mạc sáng 9/12. Bên lề hội nghị, …")
  return recent(mentions, (m) => (m.type === 'summit' || (m.type === 'meeting' && CONFERENCE_ATTENDED.test(m.quote))) && !!m.date).pop();
}

/** "Bên lề hội nghị, ông Zelensky và ông Putin có cuộc gặp": where the summit just told took place. */
export function sidelinesPlace(text: string, mentions: EventMention[], contextSummitKnown = false): EventLocation | null {
  return summitOnSidelines(text, mentions, contextSummitKnown)?.location ?? null;
}

/**
 * "Phát biểu tại Nhà Trắng, ông Trump gọi …" without a date of its own: the statement its
 * speaker made just before, and the end of the fronted clause that says where it was made.
 */
export function speechJustTold(text: string, persons: PersonMention[], mentions: EventMention[]): { said: EventMention; end: number } | null {
  const speech = SPEAKING_AT.exec(text);
  if (!speech) return null;
  const speaker = persons.find((p) => p.start >= speech[0].length && !p.person.source)?.person.key;
  const said = recent(mentions, (m) => m.type === 'statement' && !!m.date).pop();
  return speaker && said && said.participants.some((p) => personKey(p.name) === speaker) ? { said, end: speech[0].length } : null;
}

/** Event types that one back-reference may stand for: "cuộc hội đàm" for a meeting or the agreement it reached. */
const FAMILIES: Record<string, string> = { meeting: 'talks', agreement: 'talks', summit: 'talks', call: 'call', visit: 'visit', statement: 'statement', attack: 'attack', other: 'other' };
const sameFamily = (a: EventType, b: EventType) => FAMILIES[a] === FAMILIES[b];

/** "Cuộc hội đàm bắt đầu lúc 19h45 tối 15/11": a dated back-reference takes the people (and place) of the event just told. */
export function resolveBackReference(m: EventMention, mentions: EventMention[]): void {
  if (!m.anaphoric || !m.date) return;
  // (one already named is among the told event's people: "… dành cho vị khách Colombia")
  const named = m.participants.map((p) => personKey(p.name));
  // (not a look back to another year: "… kể từ chuyến thăm của Tổng Bí thư Đỗ Mười năm 1997")
  const sameYear = (x: EventMention) => !x.date || x.date.start.slice(0, 4) === m.date!.start.slice(0, 4);
  const told = recent(mentions, (x) => x.document === m.document && x.participants.length > named.length && sameFamily(x.type, m.type) && sameYear(x) && named.every((k) => x.participants.some((p) => personKey(p.name) === k))).pop();
  if (told) Object.assign(m, { participants: told.participants, anaphoric: false, location: m.location ?? told.location, summit: m.summit ?? told.summit });
}
