/**
 * Sentence structure for events, by the shapes Vietnamese news uses: who is the subject of an
 * event word ("A và B ra tuyên bố"), who its counterpart ("hội đàm với X", "tiếp X"), which of
 * several statement words is the one said ("Erdogan cam kết", not "Đáp lại lời kêu gọi"), and
 * when a sentence tells two events ("Sau cuộc hội đàm …, X tuyên bố"; "…, người đang có chuyến
 * thăm … từ ngày 12 đến 13/11"). Offsets are relative to the sentence.
 */
import { DECISION_BY, findTriggers, mainTrigger, RECOGNISED, type Trigger } from './event-type.js';
import type { PersonMention } from './people.js';
import type { DatedSpan } from './temporal.js';
import { countOf, HOURS_LATER } from './time-expressions.js';

/** The comma-delimited clause around `at`. */
export function clauseAround(text: string, at: number): { from: number; to: number } {
  const left = Math.max(text.lastIndexOf(',', at), text.lastIndexOf(';', at));
  const right = [',', ';'].map((c) => text.indexOf(c, at)).filter((i) => i >= 0);
  return { from: left + 1, to: right.length ? Math.min(...right) : text.length };
}

/** "và hai nhà lãnh đạo ", "hai bên ": a clause whose subject is the pair just named. */
const PAIR_SUBJECT = /^\s*(?:và\s+)?(?:hai nhà lãnh đạo|hai vị lãnh đạo|hai ông|hai bà|hai người|hai bên)\s/u;
/** The mentions of the last two different people named, or none. */
function lastTwo(before: PersonMention[]): PersonMention[] {
  const keys = [...new Set(before.map((a) => a.person.key))].slice(-2);
  return keys.length === 2 ? before.filter((a) => keys.includes(a.person.key)) : [];
}
/**
 * "trước ", "trước thềm " right before an event noun or a summit, and "trước hội nghị thượng đỉnh "
 * right before a summit's name ("chỉ một tuần trước hội nghị thượng đỉnh BRICS"): the occasion
 * something came ahead of.
 */
export const AHEAD_OF = /(?:^|\s)trước(?:\s+thềm)?\s+(?:(?:hội nghị|cuộc gặp|cuộc họp)\s+)?(?:(?:thượng đỉnh|cấp cao)\s+)?$/u;
/** "trước thềm ", right before a summit word: on its eve. */
const EVE_OF = /(?:^|\s)trước\s+thềm\s+$/u;
/** ", và " opening a clause, right before its subject. */
const AND_CLAUSE = /^\s*và\s/u;
/** The clause around `at`; one opened by ", và" after the main event word runs to the sentence's end (or its semicolon). */
function joinedClause(text: string, at: number, mainAt: number): { from: number; to: number } {
  const c = clauseAround(text, at);
  if (mainAt >= c.from || !AND_CLAUSE.test(text.slice(c.from, at))) return c;
  const semicolon = text.indexOf(';', at);
  return { from: c.from, to: semicolon < 0 ? text.length : semicolon };
}

/**
 * A second event told in a clause of its own, with its own date: "X hội đàm với Y, người đang
 * có chuyến thăm cấp nhà nước tới Việt Nam từ ngày 12 đến 13/11". Its people are those of the
 * clause, or else the person the clause hangs on (the one named right before it).
 */
export function clauseEvent(triggers: Trigger[], main: Trigger, actors: PersonMention[], text: string, dates: DatedSpan[]): { t: Trigger; actors: PersonMention[]; from: number; to: number; sameDay?: boolean; daysBefore?: number } | null {
  const mainClause = clauseAround(text, main.start);
  for (const x of triggers) {
    if (x === main || x.type === 'attack') continue;
    // ("…, và hai nhà lãnh đạo gặp nhau bên lề Hội nghị COP26 ở Glasgow, Anh, ngày 2/11 năm ngoái": a clause of its own runs on past the commas of its place)
    const c = joinedClause(text, x.start, main.start);
    if (c.from === mainClause.from) continue;
    // "…, chỉ vài giờ sau khi hai nhà lãnh đạo lần lượt phát biểu tại …": hours before, the same day
    const sameDay = HOURS_BEFORE.test(text.slice(c.from, x.start));
    // ("…, chỉ vài giờ trước khi Tổng thống Mỹ Donald Trump phát biểu … vào sáng 28/6": what came after, on its own day)
    const after = !sameDay && TIME_BEFORE.test(text.slice(c.from, x.start));
    // ("…, ngay sau khi dự Hội nghị Bộ trưởng Quốc phòng ASEAN mở rộng … hôm 18-11": what the subject did just before, a weak word but dated)
    const justAfter = x.type !== 'statement' && AFTER_DOING.test(text.slice(c.from, x.start));
    // ("bà May đã gặp ông Buhari tại Abuja, một ngày sau khi hội đàm với Tổng thống Nam Phi …": what the subject did so many days before)
    const gap = x.type !== 'statement' ? DAYS_AFTER_DOING.exec(text.slice(c.from, x.start)) : null;
    const daysBefore = gap ? countOf(gap[1]) : 0;
    if (!sameDay && !after && !justAfter && !daysBefore && (x.type === 'statement' || x.strength < 4)) continue;
    // the same kind of event only when the clause sets it apart in time: "…, sau hai cuộc gặp … hôm 27/4 và 26/5"
    if (x.type === main.type && !daysBefore && !/^\s*(?:ngay\s+)?(?:sau|trước|kể từ|tiếp sau)\s/u.test(text.slice(c.from, x.start))) continue;
    // ("…, ngay sau hội nghị thượng đỉnh NATO kéo dài hai ngày tại Brussels": a summit, dated by what is known of it)
    const summitJustBefore = x.type === 'summit' && /^\s*(?:ngay|chỉ)\s+sau\s+$/u.test(text.slice(c.from, x.start));
    if (!sameDay && !daysBefore && !summitJustBefore && !dates.some((d) => d.date && d.start >= x.end && d.end <= c.to)) continue;
    // (a visit's inviter, "theo lời mời của Tổng thống X", is its host, not the visitor)
    const inside = actors.filter((a) => a.start >= c.from && a.end <= c.to && !(x.type === 'visit' && invitedBy(a, text)));
    // the person the clause hangs on (or the pair named together there: "thượng đỉnh liên Triều")
    // ("…, trong khuôn khổ chuyến thăm chính thức Nga": the frame of what the subject did, not the counterpart's)
    const framing = FRAME.test(text.slice(c.from, x.start));
    const last = framing ? actors.find((a) => a.end <= c.from && !isObject(text, a.start)) : actors.filter((a) => a.end <= c.from).pop();
    const antecedent = last ? actors.filter((a) => a.start === last.start) : [];
    // ("…, và hai nhà lãnh đạo gặp nhau …": the two named before in the sentence)
    const pair = !inside.length && PAIR_SUBJECT.test(text.slice(c.from, x.start)) ? lastTwo(actors.filter((a) => a.end <= c.from)) : [];
    const who = inside.length ? inside : pair.length ? pair : antecedent;
    // (with no subject of its own, the clause's doer is the main clause's subject)
    if (daysBefore) {
      const subject = actors.filter((a) => a.end <= Math.min(main.start, c.from) && !isObject(text, a.start)).slice(0, 1);
      const doers = [...subject, ...inside.filter((a) => !subject.some((b) => b.person === a.person))];
      if (doers.length > 1) return { t: x, actors: doers, ...c, daysBefore };
      continue;
    }
    if (who.length) return { t: x, actors: who, ...c, ...(sameDay ? { sameDay } : {}) };
  }
  return null;
}

/** "…, một ngày sau khi ", "hai ngày sau khi đã " opening a clause, right before its event word (no subject of its own). */
const DAYS_AFTER_DOING = /^\s*(?:đúng\s+|chỉ\s+|chưa đầy\s+)?(một|hai|ba|bốn|năm|sáu|bảy|\d{1,2})\s+ngày\s+sau\s+khi\s+(?:(?:đã|vừa)\s+)?$/u;

/** "…, ngay sau khi " opening a clause, right before its event word. */
const AFTER_DOING = /^\s*(?:ngay|chỉ)\s+sau\s+khi\s+(?:(?:đã|vừa)\s+)?$/u;

/** "theo lời mời của [office]": the inviting host comes next. */
const INVITED_BY = /lời mời của\s+(?:[^\s,.;]+\s+){0,6}$/u;
/** Is `a` named as the one who invited ("theo lời mời của Phó Chủ tịch nước X")? */
export const invitedBy = (a: PersonMention, text: string) => INVITED_BY.test(text.slice(Math.max(0, a.start - 60), a.start));

/** "chỉ vài giờ sau khi …": a clause of what happened hours before the main event. */
const HOURS_BEFORE = new RegExp(String.raw`^\s*(?:chỉ\s+)?${HOURS_LATER}\s+khi\s`, 'u');

/** "chỉ vài giờ trước khi …", "một ngày trước khi …": a clause of what happened hours or days after the main event. */
const TIME_BEFORE = /^\s*(?:đúng|chỉ|chưa đầy|gần|hơn)?\s*(?:một|hai|ba|vài|mấy|\d+)\s+(?:giờ|tiếng|ngày)\s+trước khi\s/u;

/** "trong khuôn khổ", "nhân dịp": a clause giving the frame of the main event. */
const FRAME = /^\s*(?:trong khuôn khổ|nhân dịp|nhân|trong)\s/u;

/** "được X tiếp/đón/hội kiến": a part told in the passive, its doer named before the event word. */
export const PASSIVE_TURN = /^được\s/u;

/** A run of capitalised words: a place's name ("Doha", "Nhà Trắng"), as a pattern source. */
const CAPITALISED = String.raw`\p{Lu}[^\s,.;]*(?:\s+\p{Lu}[^\s,.;]*)*`;
/** The words of a day, before its number ("hôm 8/8", "chiều 26/6"), as a pattern source. */
const DAY_WORD = String.raw`(?:hôm|ngày|sáng|chiều|tối|trưa|đêm)`;
/** "tới Doha ", "bay sang Berlin ": the trip on to a place, before what was done there, as a pattern source. */
export const TRIP_ON = String.raw`(?:tới|đến|sang|bay tới|bay sang)\s+${CAPITALISED}\s+`;
/** Where a coordinated sentence turns to its next event: "; ", ", rồi ", ", sau đó ", ", hai ngày sau, ", " và " before an event word. */
const TURN = new RegExp(String.raw`;\s*|,?\s+rồi\s+|,\s+(?:và\s+)?sau đó\s+|,\s+(?:(?:một|hai|ba|bốn|năm|vài|\d+)\s+(?:ngày|tuần|tháng)|hôm|ngày hôm)\s+sau(?:\s+đó)?(?:,\s+|\s+(?!khi(?!\p{L})))|,\s+trước khi\s+(?=(?:${TRIP_ON})?(?:hội đàm|gặp|hội kiến))|,?\s+(?:và|cùng với)\s+|,\s+(?=\p{Ll})`, 'gu');
/** ", còn " before a new subject: the sentence turns to someone else's part. */
const CONTRAST = /,\s+còn\s+(?=(?:ông|bà|Thủ tướng|Tổng thống|Chủ tịch|Ngoại trưởng|Bộ trưởng|Chánh văn phòng|Tổng thư ký|Tổng Thư ký|Phó|Quốc vương|Nhà vua|Thái tử|Giáo hoàng|Thủ hiến|Đại sứ|Người phát ngôn|người phát ngôn)\s)/u;
/** A day leading a part: "hôm 8/8, ", "ngày 3/5 ". */
const DAY_LEAD = new RegExp(String.raw`^${DAY_WORD}\s+\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?(?:\s*\([^()]{1,20}\))?,?\s+`, 'u');
/** A part's own subject by office or pronoun: "Ngoại trưởng Mỹ …", "ông …". */
const NEW_SUBJECT = /^,?\s*(?:Ngoại trưởng|Tổng thống|Thủ tướng|Bộ trưởng|Chủ tịch|Quốc vương|Thái tử|Phó tổng thống|ông|bà)\s/u;
/** Adverbs between "và" and the next event word ("và đã hội đàm", "và cũng gặp", "và hôm 16/11 đã gặp"). */
const TURN_ADVERBS = new RegExp(String.raw`^(?:(?:đã|cũng|đồng thời|sau đó|sau|tiếp đó|tiếp tục|có|tới|đến|cùng chứng kiến|chứng kiến|${DAY_WORD}\s+\d{1,2}(?:[/.-]\d{1,2}){1,2})\s+)*`, 'u');

/**
 * A sentence that tells several events one after the other, each with its own event word:
 * "Trump hội kiến Tổng Bí thư … và hội đàm với Thủ tướng …", "ông tới Kiev gặp Zelensky, rồi
 * tới Berlin dự cuộc gặp với Scholz", "ông dự Hội nghị G7 …, và Hội nghị NATO …", "…; hôm 14/1,
 * ông hội đàm với …". Returns the segments (sentence offsets), or null when it tells one event.
 * A "và" only divides where an event word of its own (a meeting, call, visit, summit or
 * agreement) follows it; a segment without one joins the segment before it.
 */
export function coordinatedSegments(text: string, triggers: Trigger[]): { from: number; to: number }[] | null {
  // "Chủ tịch Hội đồng châu Âu Charles Michel nói …, còn Chánh văn phòng Nội các Nhật Bản Suga gọi đây là …": two speakers, two statements
  // ("… từng tới Kyiv ngày 14/2 và hội đàm với Tổng thống Nga … ở Moscow một ngày sau đó": an arrival with its place and day is a part of its own)
  // ("…, rồi tới Israel và dự cuộc họp nội các của Thủ tướng Naftali Bennett ở Jerusalem ngày 10/10": a session attended on its own day too)
  const dated = (t: Trigger) => (t.type === 'visit' && DATED_ARRIVAL.test(text.slice(t.end, t.end + 50))) || (t.type === 'meeting' && t.lemma === 'dự' && DATED_SESSION.test(text.slice(t.end, t.end + 120)));
  const contrast = CONTRAST.exec(text);
  if (contrast) {
    const cut = contrast.index + contrast[0].length;
    const said = (from: number, to: number) => triggers.some((t) => t.type === 'statement' && t.start >= from && t.end <= to);
    if (said(0, contrast.index) && said(cut, text.length) && !triggers.some((t) => t.type !== 'statement')) return [{ from: 0, to: contrast.index + 1 }, { from: cut, to: text.length }];
    // ("Trong ngày, ông Modi cũng gặp Tổng thống Uzbekistan …, còn ông Sharif có cuộc gặp … với Tổng thống Ghani": two meetings)
    // ("Thủ tướng Séc Andrej Babis tới Nhà Trắng ngày 7/3, còn Thủ tướng Slovakia … hội đàm với ông hôm 3/5": a dated arrival, then talks)
    const met = (from: number, to: number) => triggers.some((t) => t.type !== 'statement' && t.type !== 'attack' && (t.strength >= 3 || dated(t)) && t.start >= from && t.end <= to);
    if (met(0, contrast.index) && met(cut, text.length)) return [{ from: 0, to: contrast.index + 1 }, { from: cut, to: text.length }];
  }
  const strong = triggers.filter((t) => t.type !== 'attack' && t.type !== 'statement' && (t.strength >= 4 || dated(t)));
  if (strong.length < 2 && !text.includes(';')) return null;
  const cuts: number[] = [];
  /** Cuts opening on a subject of their own, whose part runs on to the next event word. */
  const leadIns = new Set<number>();
  for (const m of text.matchAll(TURN)) {
    const after = m.index + m[0].length;
    if (m[0].trim() !== ';') {
      const lead = TURN_ADVERBS.exec(text.slice(after))![0].length;
      // "… và được Chủ tịch nước Nguyễn Xuân Phúc tiếp": received by someone named first
      const passive = PASSIVE_TURN.test(text.slice(after));
      // (", hai ngày sau, ông Imran Khan làm lễ khởi công …": days later, a subject of its own first)
      // (", và hôm 8/8, Ngoại trưởng Mỹ Antony Blinken tới Pretoria, đồng chủ trì …": a dated clause with a subject of its own)
      const dayLead = /^,?\s*và\s*$/u.test(m[0]) ? DAY_LEAD.exec(text.slice(after))?.[0].length ?? 0 : 0;
      const ownSubject = dayLead > 0 && NEW_SUBJECT.test(text.slice(after + dayLead));
      const next = strong.find((t) => t.start >= after && t.start <= after + lead + (/rồi|sau(?: đó)?,?\s*$|trước khi\s*$/u.test(m[0]) || passive || ownSubject ? 60 : 0));
      if (!next) continue;
      if (ownSubject) leadIns.add(after);
    }
    cuts.push(after);
  }
  if (!cuts.length) return null;
  const bounds = [0, ...cuts, text.length];
  const segments: { from: number; to: number }[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const seg = { from: bounds[i], to: bounds[i + 1] };
    const has = triggers.some((t) => t.type !== 'attack' && t.start >= seg.from && t.end <= seg.to && (t.strength >= 3 || dated(t)));
    if (!has && segments.length && !leadIns.has(seg.from)) segments[segments.length - 1].to = seg.to;
    else if (!has) bounds[i + 1] = seg.from; // a lead-in without an event word joins the next segment
    else segments.push(seg);
  }
  return segments.length > 1 ? segments : null;
}

/** " cuộc họp nội các … ở Jerusalem ngày 10/10": a session, then its day, right after "dự". */
const DATED_SESSION = new RegExp(String.raw`^\s+(?:cuộc|phiên|buổi)\s+họp[^,.;]{0,90}?\s${DAY_WORD}\s+\d`, 'u');
/** " Kyiv ngày 14/2": a place, then the day, right after an arrival word. */
const DATED_ARRIVAL = new RegExp(String.raw`^\s+(?:thủ đô\s+)?${CAPITALISED}\s+(?:vào\s+)?${DAY_WORD}\s+\d`, 'u');

/** Words that may stand between a subject and its verb ("Obama đã ra tuyên bố"). */
const SUBJECT_GAP = /^[\s,]*(?:(?:đã|cũng|vừa|mới|sẽ|đang|liên tục|tiếp tục|lại|hôm nay|ra|đưa ra|công khai|chính thức|mạnh mẽ|cùng ngày|(?:(?:hồi|hôm|ngày|vào|sáng|trưa|chiều|tối|đêm|rạng sáng)\s+)+(?:tháng\s+)?\d{1,2}(?:[/.]\d{1,2})?)\s+)*$/u;

/** The people directly before `t` as its grammatical subject ("A và B ra tuyên bố"). */
export function subjectOf(t: Trigger, actors: PersonMention[], text: string): PersonMention[] {
  // "gửi thư cho ông Kim thông báo": whom something is addressed to is not its subject
  const before = actors.filter((a) => a.end <= t.start && !isObject(text, a.start));
  if (!before.length) return [];
  const last = before[before.length - 1];
  if (!SUBJECT_GAP.test(text.slice(last.end, t.start))) return [];
  // "hai nhà lãnh đạo ra tuyên bố chung": one phrase standing for a pair is both of them
  const out = before.filter((a) => a.start === last.start);
  // "A và B …": walk back over people joined by "và" / ","
  for (let i = before.length - 1 - out.length; i >= 0; i--) {
    const gap = text.slice(before[i].end, out[0].start);
    // ("A và Tổng Bí thư, Chủ tịch Trung Quốc B": a comma between two offices one person holds)
    if (!/^(?:\s*(?:và|,)\s*)(?:[^,.;]|,(?=\s\p{Lu})){0,60}$/u.test(gap) || gap.length > 80) break;
    out.unshift(before[i]);
  }
  return out;
}

/**
 * The trigger a sentence is about: the strongest kind; among statements, the one a named
 * person says ("Erdogan cam kết") rather than one merely referred to ("Đáp lại lời kêu gọi của Mỹ").
 */
export function pickTrigger(triggers: Trigger[], actors: PersonMention[], text: string): Trigger | null {
  // ("Chuyến thăm diễn ra chỉ một tuần sau khi ông Modi … tới Ramallah, hôm 10/2": the event told already, placed after
  // another one, which is the sentence's news)
  const placed = PLACED_AFTER_ANOTHER.exec(text);
  const other = placed ? mainTrigger(triggers.filter((x) => x.start >= placed[0].length)) : null;
  if (other) return other;
  const t = mainTrigger(triggers);
  // "đã tới Bangkok chiều 16/11, bắt đầu chuyến thăm chính thức … kết hợp tham dự Tuần lễ Cấp cao APEC": a visit
  // combined with a summit is the visit (the summit is told on its own days)
  if (t?.type === 'summit') return triggers.find((x) => x.type === 'visit' && x.end <= t.start && COMBINED_WITH.test(text.slice(x.end, t.start))) ?? t;
  if (!t || t.type !== 'statement') return t;
  // ("Thủ tướng Đức Angela Merkel tới Điện Élysée và cam kết Berlin sẽ …": the visit told first, what was said on it after)
  const went = triggers.find((x) => x.type === 'visit' && x.end <= t.start && VISITED_AND.test(text.slice(x.end, t.start)));
  if (went) return went;
  const same = triggers.filter((x) => x.type === 'statement' && x.strength === t.strength);
  return same.find((x) => subjectOf(x, actors, text).length) ?? t;
}

/** " Điện Élysée và ": the place of a visit word, then "và" right before a statement word. */
const VISITED_AND = /^\s+\p{Lu}[^,.;]{0,50}?\s+và\s+(?:đã\s+|cũng\s+)?$/u;
/** "Chuyến thăm diễn ra chỉ một tuần sau khi ", "Cuộc gặp diễn ra vài ngày trước khi ": the event told, placed by another after it. */
const PLACED_AFTER_ANOTHER = /^(?:Cuộc|Buổi|Chuyến)\s+\p{Ll}+(?:\s+\p{Ll}+)?\s+(?:(?:này|đó)\s+)?(?:diễn ra|được tổ chức)\s+[^,.;:]{0,40}?(?:sau|trước)\s+khi\s/u;
/** "… kết hợp tham dự " right before a summit word, after a visit word. */
const COMBINED_WITH = /^[^.;]{0,80}\skết hợp\s+(?:tham\s+)?dự\s+$/u;

/** A fronted subordinate clause "Sau (khi) …," / "Trước (khi) …," / "Kết thúc hội đàm," / "(Sáng 3/12,) trong cuộc gặp …," / "Phát biểu trước cuộc hội đàm …," at the start of a sentence. */
export function frontedClause(text: string): { end: number } | null {
  // (a short one only when an event word: "Sau hội đàm,", "Ngay sau hội đàm,", not "Sau đó,")
  // ("Sáng 3/12, trong cuộc gặp ăn sáng với ông Stoltenberg …, ông Trump chỉ trích …": the event the main one was told in)
  // ("Phát biểu trước cuộc hội đàm với Quốc vương Jordan …, ông Putin gọi …": the talks the statement was made beside)
  // ("Chính trong chuyến thăm đó, ngày 23/5, ông Obama tuyên bố …": the visit just told, as the frame of what was done on it)
  // ("Hai ngày sau tuyên bố của Tổng thống Ghani, Taliban … công bố …": so many days from an event named as a noun)
  const m = /^(?:Ngay\s+(?:sau|trước)|Sau|Trước|Kết thúc)(?:\s+khi)?\s+(?:[^,;:]{8,200}|hội đàm|hội kiến|điện đàm|cuộc gặp),|^(?:Phát biểu|Trả lời báo giới|Nói với báo giới)\s+(?:ngay\s+)?(?:trước|sau|bên lề)\s+(?:cuộc|buổi)\s+[^,;:]{8,200},|^(?:(?:Sáng|Trưa|Chiều|Tối|Đêm|Ngày|Hôm)\s+[^,;:]{1,25},\s*)?[Tt]rong\s+(?:cuộc|buổi)\s+[^,;:]{8,200},|^(?:Chính\s+|Cũng\s+)?[Tt]rong\s+chuyến\s+(?:thăm|công du)\s+(?:đó|này|lần này)\s*,|^(?:Chỉ\s+|Đúng\s+)?(?:[Mm]ột|[Hh]ai|[Bb]a|[Bb]ốn|[Nn]ăm|[Vv]ài|[Mm]ấy|\d+)\s+(?:ngày|giờ|tiếng|tuần)\s+(?:sau|trước)\s+(?:tuyên bố|lời kêu gọi|thông báo|cuộc|chuyến|buổi|vụ)\s[^,;:]{4,120},/u.exec(text);
  return m ? { end: m[0].length } : null;
}

/** A statement in the main clause (after `from`), said by the subject right before it. */
export function statementAfter(triggers: Trigger[], actors: PersonMention[], text: string, from: number): { t: Trigger; subject: PersonMention[] } | null {
  for (const x of triggers) {
    if (x.type !== 'statement' || x.strength < 3 || x.start < from) continue;
    const subject = subjectOf(x, actors, text).filter((a) => a.start >= from);
    if (subject.length) return { t: x, subject };
  }
  return null;
}

/**
 * The event the main clause tells after a fronted "Sau/Trước …," clause: a statement (see
 * {@link statementAfter}) or else the strongest meeting, call, visit or agreement word whose
 * subject is named after the fronted clause ("Sau cuộc điện đàm với ông Putin, ông Macron cũng
 * điện đàm với Tổng thống Zelensky").
 */
export function mainAfter(triggers: Trigger[], actors: PersonMention[], text: string, from: number): { t: Trigger; subject: PersonMention[]; actors: PersonMention[] } | null {
  const said = statementAfter(triggers, actors, text, from);
  if (said) return { ...said, actors: said.subject };
  const later = triggers.filter((x) => x.start >= from && x.type !== 'attack' && x.type !== 'statement' && x.strength >= 4);
  const t = later.sort((a, b) => b.strength - a.strength || a.start - b.start)[0];
  if (!t) return null;
  const subject = actors.filter((a) => a.start >= from && a.end <= t.start && !isObject(text, a.start));
  return subject.length ? { t, subject, actors: actors.filter((a) => a.start >= from) } : null;
}

/**
 * A fronted "Trong chuyến thăm X," (the occasion of what its subject then did) or "tại cuộc họp báo
 * kết thúc Hội nghị thượng đỉnh G20 …," (where what follows was said), a clause telling
 * a detail of the event just named (", trong đó …", to the end) or of a person
 * (", người kêu gọi …"), the
 * circumstance of the main one ("khi đang …,", ", đang ở Havana trong chuyến thăm …,") or what
 * came hours before it (", sau khoảng một giờ hội đàm …") or after it (", chỉ vài giờ trước khi ông Putin … tuyên bố …").
 */
/** A trip as the frame of what follows: "(trong) chuyến thăm X, [subject] …" (regex source, after "trong"). */
const TRIP_FRAME = String.raw`(?:chuyến thăm|chuyến công du|chuyến đi)\s[^,;]*(?=,\s*(?:\p{Lu}|ông\s|bà\s))`;
// (", sau khi nhận được cuộc gọi của chính ông Morales": what moved the main clause's act, told at its end)
// (", đang ở Lausanne, Thụy Sĩ, để đàm phán hạt nhân với nhóm P5+1,": where the subject was and why, up to the main verb)
// ("Ngay cả khi đàm phán còn đang diễn ra, Tổng thống Park … vẫn tuyên bố …": what was going on as the main clause's act was done)
const ASIDE_CLAUSE = new RegExp(String.raw`(?:^|,\s*)[Tt]rong\s+${TRIP_FRAME}|(?:^|,\s*)[Tt]ại\s+(?:cuộc\s+|buổi\s+)?họp báo\s[^,;]*(?=,)|,\s*trong đó\s.*$|,\s*người\s+(?!đồng\s)[^,;]*|(?:^|,\s*)(?:[Hh]iện\s+)?[Đđ]ang\s+(?:ở|có mặt (?:ở|tại)|tại)\s[^,;]*(?:,\s*\p{Lu}[^,;]*)*,\s*(?:để|nhằm)\s[^,;]*(?=,)|(?:^|,\s*)(?:(?:khi|trong khi|lúc)\s+(?:đang|còn)|(?:[Hh]iện\s+)?[Đđ]ang)\s[^,;]*(?=,)|^(?:[Nn]gay cả\s+)?(?:[Kk]hi|[Tt]rong khi|[Ll]úc)\s+(?:cuộc\s+|các cuộc\s+)?\p{Ll}+(?:\s+\p{Ll}+)?\s+(?:(?:vẫn|còn)\s+)?đang\s+diễn ra[^,;]*(?=,)|,\s*(?:ngay\s+)?sau\s+(?:khoảng\s+)?(?:một|hai|ba|vài|\d+)\s+(?:giờ|tiếng|ngày)\s[^,;]*|,\s*(?:đúng|chỉ|chưa đầy|gần|hơn)?\s*(?:một|hai|ba|vài|\d+)\s+(?:giờ|tiếng|ngày|tuần|tháng|năm)\s+(?:sau|trước) khi\s[^,;]*|(?:,\s*|\s(?=ngay\s))(?:ngay\s+)?(?:sau|trước)\s+khi\s+(?:dự|tham dự)\s[^,;]*|,\s*(?:ngay\s+)?sau\s+khi\s+nhận(?:\s+được)?\s[^,;]*$|,\s*sau\s+lần\s+(?:dự|thăm|tới|đến)\s[^,;]*|,\s*(?:ngay|chỉ)\s+sau\s+(?:hội nghị|thượng đỉnh|cuộc|chuyến)\s[^;]*$`, 'gu');

/** A count right before an event word: "ba vòng", "hai cuộc", "một loạt". */
const COUNTED_BEFORE = /(?:^|\s)(?:hai|ba|bốn|năm|nhiều|loạt|các|những|\d+)\s+(?:vòng|cuộc|chuyến|buổi)?\s*$/u;
/** "việc" and a capitalised subject ("chỉ trích việc Hạ viện Mỹ …"): an act of someone else, named as what is judged. */
export const ANOTHERS_ACT = /\s+việc\s+\p{Lu}/u;
/** "của ", "về ", "vì nội dung " right before an event word: it qualifies a noun, or is what is talked about or a cause. */
const OF_BEFORE = /(?:^|\s)(?:của|về|(?:vì|do)(?:\s+nội dung)?)\s+(?:(?:cuộc|chuyến|buổi)\s+)?$/u;
/** "bị bắn chết khi đang phát biểu": what a victim was doing when attacked. */
const WHILE_BEFORE = /(?:^|\s)(?:khi|trong khi|lúc)\s+(?:đang|còn)\s+(?:\S+\s+){0,2}$/u;

/** " khẳng định ", " cho biết ": a second saying verb right after a statement's word ("ra thông cáo khẳng định"), what was said after it. */
const SAYING_AFTER = /^\s+(?:khẳng định|cho biết|nêu rõ|nhấn mạnh|nói)\s/u;
/** '"đã ': "đã" opening words quoted, right before the event word. */
const QUOTED_DONE_BEFORE = /["“](?:vừa|đã)\s+$/u;
/** "vừa có cuộc", "đã": an event reported as done. */
const DONE_BEFORE = /(?:vừa|đã)\s+(?:có\s+)?(?:một\s+)?(?:cuộc\s+)?$/u;

/** Where the sentence's {@link ASIDE_CLAUSE}s are. */
function asideClauses(text: string): { from: number; to: number }[] {
  const spans = [...text.matchAll(ASIDE_CLAUSE)].map((m) => ({ from: m.index, to: m.index + m[0].length }));
  // ("phát biểu tại Nicosia trong chuyến thăm Cyprus, Chủ tịch … cho biết": the trip, the frame of what was said)
  if (text.includes('phát biểu tại')) for (const m of text.matchAll(TRIP_OF_SPEECH)) spans.push({ from: m.index + m[0].length - m[1].length, to: m.index + m[0].length });
  return spans;
}
const TRIP_OF_SPEECH = new RegExp(String.raw`phát biểu tại [^,;]{2,40}?\s(trong\s+${TRIP_FRAME})`, 'gu');

/**
 * The sentence's event words, most telling first: the one {@link pickTrigger} picks, then the
 * others by strength (attacks and bare reporting verbs left out).
 */
export function rankTriggers(triggers: Trigger[], actors: PersonMention[], text: string): Trigger[] {
  // "…chuyến thăm Việt Nam 5-6/11, trong đó ông hội đàm với …": a detail of the event told
  // before it is not what the sentence is about
  // "Sáng 29/6, khi đang dự hội nghị G20 tại Osaka, ông Trump viết …": a circumstance neither
  const asides = asideClauses(text);
  // "bài phát biểu … của chuyến công du đầu tiên": an event word qualifying a noun is a frame too
  // "ba vòng đàm phán liên tiếp diễn ra: A và B gặp nhau ngày 10/1, …": a count summed up before a colon, told one by one after it
  const colon = text.indexOf(':');
  const summed = (t: Trigger) => colon > t.end && COUNTED_BEFORE.test(text.slice(Math.max(0, t.start - 20), t.start));
  // "Guterres phát biểu … rằng vấn đề phải được giải quyết qua đàm phán": what was said, not an
  // event told (unless reported as done: "rằng ông vừa có cuộc điện đàm")
  const said = triggers.find((x) => x.type === 'statement' && x.strength >= 3);
  // ("chỉ trích việc Hạ viện Mỹ hôm 29/10 thông qua nghị quyết": what was criticised, another's act)
  // ("ra thông cáo khẳng định 10 ngoại trưởng "đã nhất trí"": what the statement said, told by a second saying verb)
  const sayingAfter = !said ? null : SAYING_AFTER.exec(text.slice(said.end));
  const saidFrom = !said ? -1 : ANOTHERS_ACT.exec(text.slice(said.end))?.index === 0 ? said.end : sayingAfter ? said.end + sayingAfter[0].length : text.indexOf(' rằng ', said.end);
  // (a word the speaker is quoted saying, "đã" and all, is their words, not an event reported as done)
  const content = (t: Trigger) => saidFrom >= 0 && t.start > saidFrom && !/[,;]/u.test(text.slice(saidFrom, t.start))
    && (!DONE_BEFORE.test(text.slice(Math.max(0, t.start - 24), t.start)) || (!!sayingAfter && QUOTED_DONE_BEFORE.test(text.slice(Math.max(0, t.start - 24), t.start))));
  // "Sau tuyên bố của ông Trump, ông Abbas …": a statement fronted as the time of another's
  const fronted = frontedClause(text);
  const before = (t: Trigger) => !!fronted && t.type === 'statement' && t.end <= fronted.end;
  // "Đại sứ X bị bắn chết khi đang phát biểu": the speech is no event beside the attack
  if (triggers.some((t) => t.type === 'attack')) triggers = triggers.filter((t) => t.type === 'attack' || !WHILE_BEFORE.test(text.slice(Math.max(0, t.start - 30), t.start)));
  // ("… họp thượng đỉnh bất thường ở Niamey để thống nhất lập trường trước cuộc gặp với Paris": the occasion ahead of the event told)
  // ("… kết thúc chuyến thăm Triều Tiên trước thềm thượng đỉnh Mỹ - Triều": a summit on whose eve it was; not "trước thượng đỉnh G7 khai mạc hôm 26/6", told with a day of its own)
  const ahead = (t: Trigger) => (/^(?:cuộc|chuyến|hội nghị)\s/u.test(t.lemma) && AHEAD_OF.test(text.slice(Math.max(0, t.start - 14), t.start))) || (t.lemma === 'thượng đỉnh' && EVE_OF.test(text.slice(Math.max(0, t.start - 14), t.start)));
  // ("… thông báo đồng ý rút lực lượng …, chỉ một tuần trước hội nghị thượng đỉnh BRICS": an occasion still ahead is no event of that day at all)
  if (triggers.some((t) => !ahead(t))) triggers = triggers.filter((t) => !ahead(t));
  // (and what a speaker did before speaking, after words quoted and who said them: '"…", bà Pelosi nói trong cuộc họp báo hôm 18/9, sau khi viếng đài tưởng niệm …')
  const quotedThenSaid = (t: Trigger) => t.type === 'statement' && QUOTE_THEN_SPEAKER.test(text.slice(0, t.start));
  const doneBeforeSaying = (t: Trigger) => AFTER_DOING_BEFORE.test(text.slice(Math.max(0, t.start - 12), t.start)) && triggers.some((x) => x.end <= t.start && quotedThenSaid(x));
  const aside = (t: Trigger) => asides.some((c) => c.from <= t.start && t.start < c.to) || OF_BEFORE.test(text.slice(Math.max(0, t.start - 20), t.start)) || summed(t) || content(t) || before(t) || doneBeforeSaying(t);
  // ("Bà May tới Nhà Trắng hôm thứ sáu (27/1), đúng một tuần sau khi ông Trump tuyên thệ nhậm chức …": an arrival outranks an aside; so does the saying of words quoted)
  if (triggers.some(aside) && triggers.some((t) => !aside(t) && t.type !== 'attack' && (t.strength >= 3 || t.type === 'visit' || quotedThenSaid(t)))) {
    return [...byStrength(triggers.filter((t) => !aside(t)), actors, text), ...byStrength(triggers.filter(aside), actors, text)];
  }
  return byStrength(triggers, actors, text);
}

/** A sentence opening on words quoted, then their speaker, up to the saying verb: '"…", bà Pelosi '. */
const QUOTE_THEN_SPEAKER = /^["“][^"”]{10,}["”],\s+(?:ông|bà)?\s*\p{Lu}[^\s,.;]*(?:\s+\p{Lu}[^\s,.;]*){0,3}\s+$/u;
/** ", sau khi " right before an event word: what the speaker did before speaking. */
const AFTER_DOING_BEFORE = /,\s+sau khi\s+$/u;

function byStrength(triggers: Trigger[], actors: PersonMention[], text: string): Trigger[] {
  const first = pickTrigger(triggers, actors, text);
  if (!first) return [];
  const rest = triggers.filter((t) => t !== first && t.type !== 'attack' && t.strength >= 3).sort((a, b) => b.strength - a.strength || a.start - b.start);
  return [first, ...rest];
}

/** ", sau " right before "cuộc hội đàm giữa …": talks that came just before the event told. */
const TALKS_JUST_BEFORE = /,\s*(?:ngay\s+)?sau\s+(?:các\s+)?(?:cuộc\s+)?$/u;
/** An event told as a noun phrase: its word, its people, the stretch that is its own, and whether it is dated by the day the sentence told before it. */
export interface NounPhraseEvent {
  t: Trigger;
  actors: PersonMention[];
  limit: { from: number; to: number };
  onDayTold?: boolean;
}

/** Noun forms of event words that can carry their own people and date. */
const EVENT_NOUN = /^(?:chuyến thăm|cuộc (?:gặp|hội đàm|điện đàm|hội kiến|trò chuyện|trao đổi|đối thoại))/u;

/** "đang " right before a visit word: a visit under way, told of its guest. */
const ONGOING = /(?:^|\s)đang\s+$/u;
/** How far before "đang thăm" the guest may be named ("Tổng Bí thư Nguyễn Phú Trọng và đoàn đại biểu cấp cao Việt Nam đang thăm"). */
const GUEST_GAP = 50;
/**
 * Events told as a noun phrase inside a sentence about something else, with their own people
 * after "của"/"giữa" and their own date: "sự đáp lễ cho chuyến thăm lịch sử tới Hiroshima của
 * ông Obama hồi tháng 5", "sau cuộc điện đàm giữa ông và lãnh đạo Đài Loan … hồi tháng 12"; and a
 * leader's decision to recognise, told as a topic ("quyết định của Tổng thống Mỹ Donald Trump công
 * nhận Jerusalem là thủ đô của Israel hôm 6/12").
 */
export function nounPhraseEvents(text: string, triggers: Trigger[], actors: PersonMention[], dates: DatedSpan[]): NounPhraseEvent[] {
  const out: NounPhraseEvent[] = [];
  for (const t of triggers) {
    let end = triggers.find((x) => x.start >= t.end && x.strength >= 3)?.start ?? text.length;
    const stop = /[,.;:]|\s(?:khi|nhưng|sau khi|trước khi|để|nhằm|là)\s/u.exec(text.slice(t.end, end));
    if (stop) end = t.end + stop.index;
    // "… thảo luận về quyết định của Tổng thống Mỹ Donald Trump công nhận Jerusalem là thủ đô của Israel hôm 6/12":
    // a leader's decision told as a topic, with a day of its own, is that leader's act
    // (whose decision it was: the people between "quyết định của" and the event word)
    const decision = RECOGNISED.test(t.lemma) ? DECISION_BY.exec(text.slice(Math.max(0, t.start - 80), t.start)) : null;
    if (decision) {
      const from = Math.max(0, t.start - 80) + decision.index;
      const who = actors.filter((a) => a.start >= from && a.end <= t.start);
      const to = text.slice(t.end).search(/[,.;:]/u);
      const limit = { from, to: to < 0 ? text.length : t.end + to };
      if (who.length && dates.some((d) => d.date && !d.relative && d.start >= t.end && d.end <= limit.to)) out.push({ t, actors: who, limit });
      continue;
    }
    // "… lễ đón chính thức Tổng Bí thư Nguyễn Phú Trọng và đoàn đại biểu cấp cao Việt Nam đang thăm chính thức Cuba từ
    // ngày 29 đến 31/3": the guest's visit, told with its own days, beside the welcome
    // (the guest stays one of the welcome's people; a sentence that tells only the visit tells it as its own)
    if (t.type === 'visit' && ONGOING.test(text.slice(Math.max(0, t.start - 6), t.start)) && triggers.some((x) => x.end <= t.start && x.type !== 'visit')) {
      const guest = actors.filter((a) => a.end <= t.start && t.start - a.end <= GUEST_GAP).pop();
      const limit = { from: t.start, to: end };
      if (guest && dates.some((d) => d.date?.end && !d.relative && d.start >= t.end && d.end <= end)) out.push({ t, actors: [guest], limit });
      continue;
    }
    if (!EVENT_NOUN.test(t.lemma) && !/(?:cuộc|chuyến)\s+$/u.test(text.slice(Math.max(0, t.start - 6), t.start))) continue;
    // ("theo lời mời của X" names the host who invited, not whose trip it was)
    const link = /(?:^|\s)(?<!lời mời\s)(?:của|giữa)\s/u.exec(text.slice(t.end, end));
    if (!link) continue;
    const from = t.end + link.index;
    const who = actors.filter((a) => a.start >= from && a.end <= end);
    // ("Putin tiếp … Pompeo tại … Sochi tối 14/5, sau cuộc hội đàm giữa ông Pompeo và người đồng cấp Nga Sergei Lavrov": the talks just before, that day, between others)
    const talksBefore = who.length >= 2 && /^\s*giữa\s/u.test(text.slice(t.end)) && TALKS_JUST_BEFORE.test(text.slice(Math.max(0, t.start - 20), t.start)) && triggers.some((x) => x.end <= t.start && x.type === 'meeting');
    if (talksBefore) { out.push({ t, actors: who, limit: { from: t.start, to: end }, onDayTold: true }); continue; }
    if (!who.length || !dates.some((d) => d.date && !d.relative && d.start >= t.end && d.end <= end)) continue;
    out.push({ t, actors: who, limit: { from: t.start, to: end } });
  }
  return out;
}

/** Words that introduce the counterpart of a meeting: "hội đàm với X", "tiếp X", "đón X". */
const OBJECT_WORD = /(?:^|[^\p{L}])(?:với|tiếp|đón|mời|gặp|cho|(?<=^)(?:Tiếp|Đón|Gặp))\s+((?:[^\s,.;:()]+\s+){0,8})$/u;
/** Lower-case words that may sit inside an office and country before a name. */
const OFFICE_WORDS = new Set('thống tướng trưởng thư ký bí người đồng cấp nhiệm ông bà và nước tịch giao phòng ngoại quốc hội thủ tổng chủ vương hoàng nữ của'.split(' '));

/** Is the person at `start` introduced as a counterpart ("với người đồng cấp Italy …")? */
export function isObject(text: string, start: number): boolean {
  // the same people of the same sentence are asked about again and again: remember its answers
  if (text !== objectText) {
    objectText = text;
    objectAnswers.clear();
  }
  let answer = objectAnswers.get(start);
  if (answer === undefined) {
    const m = OBJECT_WORD.exec(text.slice(Math.max(0, start - 80), start));
    answer = !!m && m[1].split(/\s+/).filter(Boolean).every((w) => /^\p{Lu}/u.test(w) || OFFICE_WORDS.has(w));
    objectAnswers.set(start, answer);
  }
  return answer;
}
/** The text {@link isObject} was last asked about, and its answers by offset. */
let objectText: string | null = null;
const objectAnswers = new Map<number, boolean>();

/** Participants, subject first: the people a sentence puts after "với"/"tiếp" are the counterparts. */
export function orderParticipants(who: PersonMention[], text: string): PersonMention[] {
  // "vị khách được Chủ tịch nước X tiếp": X, the doer of a passive, is the host and comes first
  const agent = (a: PersonMention) => PASSIVE_AGENT.test(text.slice(Math.max(0, a.start - 40), a.start)) && RECEIVES_AFTER.test(text.slice(a.end, a.end + 12));
  const rank = (a: PersonMention) => (agent(a) ? 0 : isObject(text, a.start) ? 2 : 1);
  return [0, 1, 2].flatMap((r) => who.filter((a) => rank(a) === r));
}
/** "được [office] " right before a name, and "tiếp" right after it: the host of a reception told in the passive. */
const PASSIVE_AGENT = /(?:^|\s)được\s+(?:[^\s,.;]+\s+){0,5}$/u;
const RECEIVES_AFTER = /^\s+(?:tiếp đón|đón tiếp|tiếp|hội kiến|đón)(?!\s+tục)(?!\p{L})/u;

/** ", trong khi ": a contrasting clause after the event word, with a subject of its own. */
const MEANWHILE_AFTER = /,\s+(?:trong khi|trong lúc)\s/u;
/** ", còn ": a clause of another subject, who did something else when it tells an event of its own ("…, còn ông Modi có cuộc gặp riêng với …"). */
const WHEREAS_AFTER = /,\s+còn(?!\s+(?:có|là|được|lại|nhiều|hơn|chưa|đang|phải)(?!\p{L}))\s/u;

/** Where a contrasting clause after the event word begins (offset in `text`), or -1. */
/**
 * Where the clause of the event word at `t` opens when a clause of another event comes before it,
 * joined by ", còn" ("Thủ tướng Đức Angela Merkel tới Budapest hôm 2/2, còn hôm thứ Sáu … ông Orbán
 * tới Kiev hội đàm với …"); -1 when none does.
 */
export function otherClauseBefore(t: Pick<Trigger, 'start'>, text: string): number {
  const before = text.slice(0, t.start);
  const last = [...before.matchAll(WHEREAS_ALL)].pop();
  const at = last ? last.index + last[0].length : -1;
  return at >= 0 && findTriggers(text.slice(0, at)).some((o) => o.type !== 'statement') ? at : -1;
}
const WHEREAS_ALL = new RegExp(WHEREAS_AFTER.source, 'gu');

export function otherClauseAt(t: Pick<Trigger, 'end'>, text: string): number {
  const meanwhile = MEANWHILE_AFTER.exec(text.slice(t.end));
  if (meanwhile) return t.end + meanwhile.index;
  const whereas = WHEREAS_AFTER.exec(text.slice(t.end));
  if (!whereas) return -1;
  const from = t.end + whereas.index;
  const rest = text.slice(from + whereas[0].length).split(/[.;]/u)[0];
  // ("…, còn tướng John Nicholson … thì nói chuyện với …": talking with someone, a contact of its own)
  return findTriggers(rest).some((o) => o.type !== 'statement') || /(?<!\p{L})nói chuyện\s+(?:\S+\s+){0,2}với\s/u.test(rest) ? from : -1;
}
