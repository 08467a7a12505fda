/**
 * Which of a sentence's dates belongs to an event word: the nearest one that says when
 * something happened, leaving out a date about a person ("Ông Zelensky, nhậm chức hồi tháng
 * 5, …"), a subordinate clause's ("…, khi ông trở thành … năm 1945"), a deadline ("trước ngày
 * 15/10"), what a statement announces ("tuyên bố để quốc tang ba ngày, từ 16 đến 18/7") and a
 * date another event word in the sentence owns. Then the span of a multi-day event and the
 * further days of a plural one. Offsets are relative to the sentence.
 */
import { IN_FORCE, type Trigger } from './event-type.js';
import { ANNIVERSARY_SPAN, SAID_TODAY, SINCE_BEFORE, type DatedSpan, type ResolvedDate } from './temporal.js';
import { isQuoted, quotationEnd } from './quotes.js';
import { countOf } from './time-expressions.js';
import { isoAddDays } from './resolve-date.js';

/** "dự kiến diễn ra tại thị trấn Ghadames từ ngày ": a plan, up to its date, in the same clause. */
const PLANNED_DATE_BEFORE = /(?:^|\s)(?:dự kiến|dự định|theo kế hoạch|sẽ)\s[^,.;]{0,50}$/u;
/**
 * "kể từ Hội nghị Berlin lần thứ nhất hồi ", "kể từ khi nhậm chức Thủ tướng vào ": a phrase of what something is
 * counted from, up to its date (a "khi" clause without a date of its own before: not "kể từ khi Mỹ tấn công
 * Afghanistan năm 2001 được khởi động hôm 7/6", where the main clause goes on).
 */
const SINCE_PHRASE_BEFORE = /(?:^|\s)kể từ\s+(?:khi\s[^,.;\d]{1,70}|(?!khi\s)[^,.;]{1,70})$/u;
/**
 * "một ngày sau khi …", "hai ngày trước khi …", "bốn ngày sau vụ đánh bom …": what the clause (or the
 * attack named right after) tells happened that many days before (after) the sentence's event.
 */
// ("…, một ngày sau khi các tay súng xông lên xe buýt ở thành phố Karachi, bắn chết …": the clause's verbs after a comma, its subject kept)
const DAYS_APART = /(?:^|\s)(một|hai|ba|bốn|năm|sáu|bảy|\d{1,2})\s+ngày\s+(sau|trước)\s+(?:khi\s[^,.;]*(?:,\s*)?)?$/u;

/**
 * An event told in a clause of so many days from the sentence's day (see DAYS_APART): `from`,
 * the day told before the clause, and `apart`, the event's own day counted from it.
 */
export function dayCountedApart(trigger: Trigger, dates: DatedSpan[], text: string): { from: ResolvedDate; apart: ResolvedDate } | null {
  const window = Math.max(0, trigger.start - 120);
  const clause = DAYS_APART.exec(text.slice(window, trigger.start));
  if (!clause) return null;
  const from = dateFor(trigger, dates.filter((d) => d.end <= window + clause.index && d.date?.precision === 'day' && !d.date.end));
  return from ? { from, apart: dayBeforeOrAfter(from, clause[1], clause[2]) } : null;
}

/** The day of what "một ngày sau khi …" ("hai ngày trước khi …") tells, from the day `told`: `count` days before (`sau`) or after (`trước`) it. */
export function dayBeforeOrAfter(told: ResolvedDate, count: string, direction: string): ResolvedDate {
  return { ...told, start: isoAddDays(told.start, countOf(count) * (direction === 'sau' ? -1 : 1)), anchoring: 'previous' };
}

/**
 * The time expression that dates the event at `trigger`: the nearest one with a date. With
 * `shared`, an event told in a later part of a coordinated sentence without a date of its own
 * takes the date the sentence gave before it ("Chiều 27/2, Trump hội kiến A … và hội đàm với B").
 */
export function dateFor(trigger: Trigger, dates: DatedSpan[], limit?: { from: number; to: number }, shared = false, text?: string): ResolvedDate | null {
  // "…, khi ông trở thành … năm 1945": a date in a subordinate clause after the event word is that clause's
  // ("Lần đầu hai người điện đàm kể từ khi ông Trump nhậm chức là hôm 28/1": after "là", the main clause's again)
  // ("… có cuộc gặp trực tiếp đầu tiên kể từ khi xung đột nổ ra, tại thành phố Antalya … ngày 10/3": what it is the first since ends at its comma)
  // ("Phát biểu sau khi hội nghị bế mạc hôm 15/3, Ngoại trưởng …": words spoken right after what closed that day, that day)
  const subordinate = (d: DatedSpan) => text !== undefined && d.start >= trigger.end && SUBORDINATE.test(text.slice(trigger.end, d.start)) && !/\slà\s+(?:vào\s+)?$/u.test(text.slice(trigger.end, d.start))
    && !FIRST_SINCE_THEN.test(text.slice(trigger.end, d.start)) && !(trigger.lemma === 'phát biểu' && SPOKE_AFTER.test(text.slice(trigger.end, d.start)));
  // ("… chứng kiến lễ ký Chương trình hành động …, hướng tới kỷ niệm 10 năm … vào năm 2023": a goal's date, after the event word)
  // (and a deadline set in its purpose clause: "nhất trí thúc đẩy đàm phán … để hoàn tất trước cuối tháng 10")
  const goal = (d: DatedSpan) => text !== undefined && d.start >= trigger.end && (GOAL_BETWEEN.test(text.slice(trigger.end, d.start)) || DEADLINE_BETWEEN.test(text.slice(trigger.end, d.start)));
  /** Whether `d` is in a phrase `opening` matches up to it (within `reach` characters), closed by a comma before the word. */
  const inPhraseClosedBefore = (d: DatedSpan, opening: RegExp, reach: number) => text !== undefined && d.end <= trigger.start && opening.test(text.slice(Math.max(0, d.start - reach), d.start)) && /,/u.test(text.slice(d.end, trigger.start));
  // ("… những bước tiến kể từ Hội nghị Berlin lần thứ nhất hồi tháng 1-2020, gồm thỏa thuận ngừng bắn được ký …": what is counted from)
  const since = (d: DatedSpan) => inPhraseClosedBefore(d, SINCE_PHRASE_BEFORE, 80);
  // ("… chuẩn bị cho hội nghị … dự kiến diễn ra tại Ghadames từ ngày 14 đến 16/4, và đã hội đàm với …": a plan's date)
  const plansDate = (d: DatedSpan) => inPhraseClosedBefore(d, PLANNED_DATE_BEFORE, 60);
  let usable = dates.filter((d) => d.date && !since(d) && !plansDate(d) && (!limit || (d.start >= limit.from && d.end <= limit.to) || (text !== undefined && ofTalksFollowed(trigger, d, text))) && !subordinate(d) && !goal(d) && (text === undefined || ((trigger.lemma === IN_FORCE || !notWhen(d, text)) && !inApposition(d, trigger, text) && !inClauseBefore(d, trigger, text) && !ofPersonAfter(d, trigger, text))));
  // "Đến ngày 2/2, ngay sau khi Đại hội … (25/1-1/2/2021) bế mạc, hai nhà lãnh đạo tiếp tục điện đàm": with
  // a day told before it, a "ngay sau khi" clause's dates are its own (without one, "Trước đó, ngay sau
  // khi tới Moskva ngày 5/9, Tổng Bí thư đã hội kiến …", the day of arriving is the event's too)
  if (text !== undefined) {
    const rightAfter = usable.filter((d) => inClauseBefore(d, trigger, text, RIGHT_AFTER_CLAUSE));
    if (rightAfter.length && usable.some((d) => d.end <= rightAfter[0].start && !rightAfter.includes(d))) usable = usable.filter((d) => !rightAfter.includes(d));
  }
  // "Ngày 8/1, … đã hội đàm và ra lời kêu gọi các bên ngừng bắn từ nửa đêm 12/1": with a date
  // before the event word, one after what it goes on to call for or announce is that content's
  // ("Tại cuộc họp báo hôm qua (29/9), Trung tướng X cho biết các đơn vị đã vượt LoC trong đêm 28/9": what was said, after the saying
  // word; not when a "khi" clause comes first: "kể từ khi nhậm chức hồi tháng 1, ông Trump đã có bài phát biểu … hôm 21/5")
  if (text !== undefined && usable.some((d) => d.end <= trigger.start)) {
    const said = trigger.type === 'statement' && !WHEN_CLAUSE.test(text.slice(0, trigger.start));
    usable = usable.filter((d) => d.start < trigger.end || (!said && !ASKED_BETWEEN.test(text.slice(trigger.end, d.start))) || AT_PLACE_THEN.test(text.slice(trigger.end, d.start)));
  }
  // ("Tại cuộc họp báo chung sau hội đàm, ông Johnson cho biết … hoàn tất … trước lễ hội Diwali vào tháng 10": what was said after the talks named is no day of theirs)
  // (an event told in the words quoted is dated by their saying: '"Tôi vừa có cuộc điện đàm với …", Tổng thống Mỹ Donald Trump nói … hôm 20/3')
  if (text !== undefined && trigger.type !== 'statement' && !isQuoted(text, trigger.start)) usable = usable.filter((d) => !(d.start >= trigger.end && SAID_BETWEEN.test(text.slice(trigger.end, d.start))));
  // "Trả lời câu hỏi … tại cuộc họp báo thường kỳ tuần trước, Người phát ngôn … cho biết chuyến thăm diễn ra …": a briefing's
  // date is the briefing's; an event told in what was said there is not on it
  if (text !== undefined && trigger.type !== 'statement') {
    usable = usable.filter((d) => !(d.end <= trigger.start && BRIEFING_BEFORE.test(text.slice(0, d.start)) && SAID_BETWEEN.test(text.slice(d.end, trigger.start))));
  }
  // With a date before the event word, one after it in a clause of what followed from it is that clause's:
  // "Hôm 21/4, các tay súng Taliban … sát hại hơn 140 binh sĩ, khiến Bộ trưởng Quốc phòng … phải từ chức vài ngày sau đó"
  // (what it led to), "Hôm 1/4, … thông báo các bên đã đồng ý ngừng bắn …, bắt đầu từ 19h ngày 2/4" (when what was agreed starts)
  if (text !== undefined && usable.some((d) => d.end <= trigger.start)) {
    usable = usable.filter((d) => d.start < trigger.end || !(CONSEQUENCE.test(text.slice(trigger.end, d.start)) || STARTS_FROM_BEFORE.test(text.slice(Math.max(trigger.end, d.start - 30), d.start))));
  }
  // With a date after the event word, one right before it belongs to another verb: "Thỏa thuận được … công bố hôm 27/6 và được
  // ký tại Ankara … ngày 28/6" (a coordinated verb), "KCNA sáng nay đưa tin tên lửa được phóng … chiều 24/3" (a report of it)
  if (text !== undefined && usable.some((d) => d.start >= trigger.end)) {
    usable = usable.filter((d) => !(d.end <= trigger.start && (COORDINATED_BEFORE.test(text.slice(d.end, trigger.start)) || (trigger.type !== 'statement' && REPORTED_BETWEEN.test(text.slice(d.end, trigger.start))))));
  }
  // "Một ngày sau đó, tức 9/2, …": the date restated after "tức" is the one meant
  // ("điện đàm ngay trong ngày ông Moon nhậm chức, 10/5": the day named by what fell on it, then restated)
  const restated = text === undefined ? [] : usable.filter((d) => d.relative && usable.some((x) => !x.relative && x.start > d.end && (RESTATED.test(text.slice(d.end, x.start)) || (/ngày$/u.test(d.text) && DAY_NAMED_THEN.test(text.slice(d.end, x.start))))));
  // "Ngày 17/3, chỉ một ngày trước cuộc gặp ở Alaska, …": a distance to another event, beside the date itself
  if (text !== undefined) restated.push(...usable.filter((d) => d.relative && TO_ANOTHER_EVENT.test(text.slice(d.end)) && usable.some((x) => !x.relative && x.date?.precision === 'day')));
  if (restated.length) usable.splice(0, usable.length, ...usable.filter((d) => !restated.includes(d)));
  // ("… về việc bà không được xếp ghế ngang hàng trong cuộc gặp … ở Ankara gần ba tuần trước": a time of its own in its clause,
  // too loose to date it, and not the day told before it)
  if (text !== undefined && usable.every((d) => d.end <= trigger.start) && dates.some((d) => !d.date && d.relative && AGO.test(d.text) && d.start >= trigger.end && d.start - trigger.end < 90 && !/[,.;:]/u.test(text.slice(trigger.end, d.start)))) return null;
  usable.sort((a, b) => distance(a, trigger) - distance(b, trigger));
  // (not a date that says no time: "chiều 26/6 (giờ Washington, tức rạng sáng nay giờ Hà Nội) …, gồm cuộc gặp riêng … và hội đàm mở rộng")
  // (nor when something of another part began: "Cùng ngày, ông Tập, đang ở Kazakhstan trong chuyến thăm … từ ngày 7/6, hội đàm …, còn ông Modi có cuộc gặp riêng …")
  if (!usable.length && shared && limit) return dates.filter((d) => d.date && d.end <= limit.from && (text === undefined || (!notWhen(d, text) && !(!d.date.end && SINCE_BEFORE.test(text.slice(Math.max(0, d.start - 8), d.start)))))).pop()?.date ?? null;
  // ("Lần gặp … trong năm nay là cuộc thượng đỉnh tại Geneva ngày 16/6": the year frames it, the day after "là" says when)
  const identified = text !== undefined && usable[0]?.date?.precision === 'year' ? usable.find((d) => d.date!.precision !== 'year' && d.start > trigger.end && /\slà\s/u.test(text.slice(trigger.end, d.start))) : undefined;
  if (identified) return identified.date;
  // "Hồi tháng 8, Ngoại trưởng … công bố chiến lược … tại Pretoria, ngày 8/8": the day told of that month says it closer
  // (and of a year: "Tiến trình được thúc đẩy mạnh trong năm nay: tại cuộc hội đàm ở Phòng Bầu dục, Nhà Trắng, hôm 7/7, …")
  const framing = usable[0]?.date;
  if ((framing?.precision === 'month' || framing?.precision === 'year') && !framing.end) return usable.find((d) => d.date!.precision === 'day' && !d.date!.end && d.date!.start.startsWith(framing.start))?.date ?? framing;
  // ("Rời Hà Nội hôm 8/3, ông Sang tới Tanzania, nơi ông hội đàm với …": the day of leaving; what came after it, in that month)
  const first = usable[0];
  const left = text !== undefined && first?.date?.precision === 'day' && !first.date.end && trigger.type !== 'visit' ? DEPARTURE_OPENING.exec(text) : null;
  if (left && first.date && first.end <= left[0].length && trigger.start >= left[0].length) return { ...first.date, start: first.date.start.slice(0, 7), precision: 'month' };
  return first?.date ?? null;
}

/** "… để hoàn tất trước ": a purpose clause, then the deadline it sets, right before its date. */
const DEADLINE_BETWEEN = /\s(?:để|nhằm)\s[^.;:,]*\strước\s+$/u;
/** ", hướng tới …", ", nhằm …" opening the clause a date is in: what the event aims at. */
const GOAL_BETWEEN = /,\s*(?:hướng tới|nhằm)\s[^.;:,]*$/u;
/** "(chung) sau cuộc hội đàm " right after a statement's word, up to the talks' date. */
const JOINT_AFTER_TALKS = /^(\s+chung)?\s+sau\s+(?:cuộc\s+|buổi\s+)?(?:hội đàm|hội kiến|gặp|gặp gỡ)\s+/u;
/** "Tuyên bố chung sau cuộc hội đàm hôm nay …": the date of the talks a joint statement followed, which is its own. */
export function ofTalksFollowed(trigger: Trigger, d: { start: number }, text: string): boolean {
  if (!/^(?:tuyên bố|thông cáo)/u.test(trigger.lemma)) return false;
  const talks = JOINT_AFTER_TALKS.exec(text.slice(trigger.end));
  return !!talks && (!!talks[1] || /chung$/u.test(trigger.lemma)) && d.start === trigger.end + talks[0].length;
}
/** " sau khi hội nghị bế mạc ": right after "phát biểu", what the words came after, up to its date. */
const SPOKE_AFTER = /^\s+(?:ngay\s+)?sau khi\s[^,.;:]{0,60}$/u;
/** " và được ", ", rồi ", " và các bộ trưởng ": between a date and the event word coordinated after the verb the date went with (with a subject of its own). */
const COORDINATED_BEFORE = /^\s*,?\s+(?:và|rồi)\s+(?:(?:các|những|hai|ba)\s+[^\s,.;]+(?:\s+[^\s,.;]+)?\s+)?(?:(?:được|đã|sau đó|cũng)\s+)*$/u;
/** " đầu tiên kể từ khi xung đột nổ ra, tại …": the first since something, that clause closed by a comma, then the main clause again (no other clause opening). */
const FIRST_SINCE_THEN = /^(?:\s+[^\s,.;]+){0,3}?\s+(?:đầu tiên|lần đầu)\s+kể từ khi\s[^,.;]{1,60},\s(?![^,.;]*(?:sau khi|trước khi|kể từ khi|khi|mà)\s)[^.;]*$/u;
/** A "khi" clause ("sau khi", "kể từ khi"): a date before it may be another event's. */
const WHEN_CLAUSE = /(?:^|\s)khi\s/u;
/** "… công bố chiến lược … trong bài phát biểu tại Pretoria, Nam Phi, ngày 8/8", "… nói với phóng viên tại Wilmington, bang Delaware, tối 10/11": where, then when, the event's own. */
// ("tuyên bố tại sân golf của ông ở Bedminster, bang New Jersey, hôm thứ Sáu (11/8)": a site first, then its town;
// "tại Bedminster, New Jersey hôm 11/8": the town's state with no comma after it)
const AT_PLACE_THEN = /\stại\s+(?:[^,.;:"“”]{1,30}?\s(?:tại|ở)\s+)?\p{Lu}[^,.;:"“”]*(?:,\s*(?:bang\s+|tỉnh\s+|thành phố\s+)?\p{Lu}[^,.;:"“”]*,\s*|,\s*(?:bang\s+|tỉnh\s+)?\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*){0,2}\s+|,\s*)$/u;
/** "tại cuộc họp báo thường kỳ ", "tại buổi họp báo chiều": right before a press briefing's date. */
const BRIEFING_BEFORE = /(?:cuộc|buổi)\s+họp báo(?:\s+thường kỳ)?(?:\s+(?:của\s+)?Bộ Ngoại giao)?\s+(?:(?:chiều|sáng|tối|trưa|hôm|ngày|vào)\s+)*$/u;
/** A saying verb, between a briefing's date and an event word told in what was said. */
const SAID_BETWEEN = /(?:^|\s)(?:cho biết|nói|khẳng định|nhấn mạnh|thông báo|tuyên bố|xác nhận)(?!\p{L})/u;
/** "bắt đầu từ 19h ", "có hiệu lực từ ", right before a day: when something agreed or decided starts. */
const STARTS_FROM_BEFORE = /(?:bắt đầu|có hiệu lực|áp dụng)\s+(?:kể\s+)?từ\s+(?:\d{1,2}\s*(?:h|giờ)(?:\d{2})?\s+)?(?:(?:sáng|trưa|chiều|tối|đêm|nửa đêm|0h)\s+)?(?:ngày\s+)?$/u;
/** A news agency's report, between its date and the event word it reports: "sáng nay đưa tin tên lửa được phóng". */
const REPORTED_BETWEEN = /^\s+(?:đưa tin|dẫn nguồn tin|loan tin|cho hay)\s/u;
/** A call, demand or announcement told after the event word: what follows it is its content. */
const ASKED_BETWEEN = /(?:^|\s)(?:kêu gọi|yêu cầu|đề nghị|cam kết|thông báo|tuyên bố|nhất trí|thống nhất)\s/u;

/**
 * A date in an apposition to a name, before the event word ("Ông Zelensky, nhậm chức hồi tháng 5,
 * đã điện đàm … hôm 11/7"): it tells about the person, not when the event happened. A fronted
 * time between commas ("Tại Paris, ngày 9/12, …") opens with a time word and is not one.
 */
export function inApposition(d: DatedSpan, trigger: Pick<Trigger, 'start'>, text: string): boolean {
  if (d.end > trigger.start) return false;
  return aboutAName(d, text, trigger.start);
}

/** "tại cuộc họp báo …", "bên lề …", "trong cuộc gặp …": an aside that tells the occasion of an act, not who someone is. */
const OCCASION_OPENING = /^\s*(?:tại|bên lề|trong\s+(?:cuộc|buổi))\s/u;

/**
 * A date (or a summit) in an apposition between commas right after a name ("Tổng thống Rodrigo Duterte,
 * nhậm chức hôm 30.6, …"), closed before `before`: it tells about that person.
 */
export function aboutAName(d: { start: number; end: number }, text: string, before = text.length): boolean {
  const open = text.lastIndexOf(',', d.start);
  const close = text.indexOf(',', d.end);
  if (open < 0 || close < 0 || close > before) return false;
  const inside = text.slice(open + 1, d.start);
  // (an office in apposition opens with capitals: "Đại sứ Pháp François Delattre, Chủ tịch luân phiên Hội đồng Bảo an tháng 3, …")
  if (/[.;:]/u.test(inside) || !/^\s*(?:\p{Ll}|\p{Lu}\p{Ll}*\s+\p{Ll})/u.test(inside) || TIME_WORD.test(inside)) return false;
  // ("Chủ tịch Trung Quốc Tập Cận Bình, tại cuộc họp báo chung … hôm 25/9/2015, tuyên bố …": where and when the act told next was done)
  if (OCCASION_OPENING.test(inside)) return false;
  // ("Ông Raab, Bộ trưởng Ngoại giao … Vương quốc Anh, tới Hà Nội ngày 29/9, …": the clause after the subject's own apposition is its predicate)
  const subject = Math.max(text.lastIndexOf('. ', open), text.lastIndexOf('\n', open)) + 1;
  const appositionOpen = text.lastIndexOf(',', open - 1);
  if (appositionOpen >= subject && /^\s*\p{Lu}/u.test(text.slice(appositionOpen + 1, open)) && NAMED_SUBJECT.test(text.slice(subject, appositionOpen))) return false;
  // ("Hoàng tử William, 34 tuổi, người thứ hai … ngai vàng Anh, tới … sáng hôm qua": and after an age and a "người …" clause in apposition)
  const [head, ...appositions] = text.slice(subject, open).split(',');
  if (appositions.length >= 2 && NAMED_HEAD.test(head) && appositions.every((a) => APPOSITION.test(a)) && !/^\s*người\s/u.test(inside)) return false;
  // (a name in quotes too: 'nhóm "Tỉnh Sinai", vốn tuyên bố trung thành với IS hồi tháng 11 năm ngoái, …')
  return /\p{Lu}[\p{L}-]*["”)]?\s*$/u.test(text.slice(Math.max(0, open - 40), open));
}
/** A subject ending on a name: "Hoàng tử William", "Tổng thống Mỹ Barack Obama". */
const NAMED_HEAD = /^\s*\p{Lu}[^,]*\s\p{Lu}[\p{L}-]*\s*$/u;
/** What stands in apposition to a subject: an age, a "người …" clause, an office. */
const APPOSITION = /^\s*(?:\d{1,3}\s+tuổi\s*$|người\s|\p{Lu})/u;
/** A sentence's subject named alone: "Ông Raab", "Thủ tướng Abe", "Kim Jong-un". */
const NAMED_SUBJECT = /^\s*(?:(?:Ông|Bà)\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3}\s*$/u;
/**
 * A date in a ", người …" clause after a name, past the event word ("… vào ông Ouattara, người
 * vừa tái đắc cử hồi tháng 10/2015"), or in a ", chức vụ …" clause after an office: it tells about that person.
 */
export function ofPersonAfter(d: DatedSpan, trigger: Pick<Trigger, 'end'>, text: string): boolean {
  if (d.start < trigger.end) return false;
  const open = text.lastIndexOf(',', d.start);
  if (open < trigger.end) return false;
  // (or an office's: "… trên cương vị Ngoại trưởng, chức vụ ông đảm nhận từ tháng 9 năm ngoái")
  return (/^,\s*người\s/u.test(text.slice(open, d.start)) && /\p{Lu}[\p{L}-]*\s*$/u.test(text.slice(Math.max(0, open - 30), open))) || /^,\s*(?:chức vụ|cương vị)\s/u.test(text.slice(open, d.start));
}

/**
 * A date in a "sau khi …" / "trước khi …" / "khi …" clause that ends before the event word
 * ("Về TPP, sau khi Mỹ tuyên bố rút khỏi hiệp định hồi tháng 1, hai bên nhất trí …", "Ngày 8/5, đúng một năm sau
 * khi ông Trump tuyên bố rút Mỹ khỏi … ngày 8/5/2018, Tổng thống Rouhani thông báo …"): the
 * clause's event's, not the main one's.
 */
function inClauseBefore(d: DatedSpan, trigger: Trigger, text: string, clause = CLAUSE_BEFORE): boolean {
  if (d.end > trigger.start) return false;
  const close = text.indexOf(',', d.end);
  if (close < 0 || close > trigger.start) return false;
  const open = text.lastIndexOf(',', d.start) + 1;
  return clause.test(text.slice(open, d.start));
}
const CLAUSE_BEFORE = /^\s*(?:(?:Về|Tuy nhiên|Nhưng)\s[^,]*?\s)?(?:(?:(?:đúng|chỉ|chưa đầy|gần|hơn)\s+)?(?:một|hai|ba|vài|\d+)\s+(?:giờ|tiếng|ngày|tuần|tháng|năm)\s+(?=sau|trước))?(?:sau khi|trước khi|kể từ khi|khi)\s/iu;
/** "…, ngay sau khi …": a clause of what the event came right after, whose day is often the event's own. */
const RIGHT_AFTER_CLAUSE = /^\s*(?:ngay|chỉ|không lâu|ít lâu)\s+sau khi\s/iu;

/** Words that open a fronted time between commas ("Tại Paris, ngày 9/12, …"), which is no apposition. */
const TIME_WORD = /^\s*(?:hôm|ngày|ngay|trong|vào|hồi|từ|sáng|chiều|tối|trưa|đêm|rạng sáng|tháng|năm|tuần|cuối|đầu|giữa|cùng|trước|sau|lúc|khi)(?!\p{L})/u;

/** " - hợp đồng … sẽ hết hạn vào ngày 31/12": a lower-case clause after a dash, an aside with its own dates (not "Nga - châu Phi", "Trung Quốc - các đảo quốc Thái Bình Dương", a pair of names). */
export const DASH_ASIDE = /\s[-–]\s+(?!châu\s|các\s+(?:nước|đảo quốc|quốc gia|nền kinh tế)\s)\p{Ll}/u;
/** ", khiến …", ", buộc …": a clause of what the event led to. */
export const CONSEQUENCE = /,\s*(?:khiến|buộc)\s/u;
/** A clause that hangs off what precedes it: "…, khi …", "…, nơi …", "…, vốn …", "… sau khi …", "… mà hai bên khởi động từ …", a dash's aside. */
const SUBORDINATE = new RegExp(String.raw`,\s*(?:khi|nơi|vốn|lúc)\s|(?:^|\s|,)(?:sau khi|trước khi|kể từ khi|mà)\s|\sviệc\s+\p{Lu}|${DASH_ASIDE.source}`, 'u');
/** "giờ Hà Nội", "theo giờ Việt Nam" with a date (or right after it): a time restated in Vietnam's time zone. */
const IN_VIETNAM_TIME = /^[^.;()]{0,40}?(?:theo\s+)?giờ\s+(?:Hà Nội|Việt Nam|VN)(?!\p{L})/u;
/**
 * Dates that do not say when something happened: "kể từ năm 1997" (since), and a bare year
 * qualifying a noun ("bầu cử Mỹ năm 2016") rather than introduced as a time ("vào năm 2016",
 * "Năm 2016, …").
 */
export function notWhen(d: DatedSpan, text: string): boolean {
  const before = text.slice(Math.max(0, d.start - 12), d.start);
  // (not a time then told with what happened at it: "kể từ năm 2016, khi ông Tập gặp thủ tướng Australia khi đó là Malcolm Turnbull")
  if (SINCE.test(before) && !WHEN_THEN_AFTER.test(text.slice(d.end))) return true;
  // "tức gần 90 năm trước": a rough distance back, not a date
  if (d.relative && ROUGHLY.test(before)) return true;
  if (DEADLINE.test(before) && /^(?:ngày|hôm)?\s*\d/u.test(d.text)) return true;
  // "chiều 26/6 (giờ Washington, tức rạng sáng nay giờ Hà Nội)": the same moment told in Vietnam's time
  if (/(?:^|[\s(,])tức(?:\s+là)?\s+(?:vào\s+)?$/u.test(before) && IN_VIETNAM_TIME.test(text.slice(d.start, d.end + 30))) return true;
  // "kỷ niệm 65 năm thiết lập quan hệ ngoại giao (18/1/1950 - 18/1/2015)": the anniversary's dates
  // ("nhân kỷ niệm 74 năm ngày giải phóng bán đảo Triều Tiên (15-8)": a bare day alone in the brackets is the occasion's, today's)
  if (ANNIVERSARY_SPAN.test(text.slice(Math.max(0, d.start - 120), d.start)) && !(d.date?.yearInferred && /^\s*\)/u.test(text.slice(d.end)) && /\(\s*$/u.test(text.slice(0, d.start)))) return true;
  // ("… kỷ niệm sự kiện cố Tổng thống Heydar Aliyev … trở lại nắm quyền ngày 15/6/1993": the day of what is commemorated, its year told)
  if (d.date && !d.date.yearInferred && COMMEMORATED.test(text.slice(Math.max(0, d.start - 120), d.start))) return true;
  // "công dân Nga sinh năm 1995": a birth, no event of the story
  if (BORN.test(before)) return true;
  // "nhất trí lấy ngày 6/12 … làm Ngày Hữu nghị": a day named for something, not the day of agreeing
  if (NAMED_FOR.test(before)) return true;
  if (d.date?.precision !== 'year' || !/^năm\s/u.test(d.text)) return false;
  // "Thủ tướng Malaysia Najib Razak, Chủ tịch ASEAN năm 2015, …": a chair's year is part of a title
  if (CHAIR_OF.test(text.slice(Math.max(0, d.start - 40), d.start))) return true;
  // ("kể từ chuyến thăm của Tổng Bí thư Đỗ Mười năm 1997": the year of the event whose maker it names)
  if (EVENT_OF_SOMEONE.test(text.slice(Math.max(0, d.start - 80), d.start))) return false;
  // ("… ông để lại khi thăm thành phố Hiroshima năm 2003": the year of going there)
  if (WENT_TO_PLACE.test(text.slice(Math.max(0, d.start - 60), d.start))) return false;
  return /\p{Ll}\s+$/u.test(before) && !YEAR_AS_TIME.test(before);
}
/** ", khi …" right after a date: what happened at that time. */
const WHEN_THEN_AFTER = /^\s*,\s*khi\s/u;
/** "thăm thành phố Hiroshima ", "tới Bình Nhưỡng ", right before a year: a visit's place, then when. */
const WENT_TO_PLACE = /(?:^|\s)(?:thăm|tới|đến|sang)\s+(?:(?:thành phố|thủ đô|tỉnh|nước)\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}\s+$/u;
/** "chuyến thăm của Tổng Bí thư Đỗ Mười ", right before a year: an event told by whose it was. */
const EVENT_OF_SOMEONE = /(?:chuyến thăm|chuyến công du|cuộc gặp|cuộc hội đàm|cuộc điện đàm)\s+(?:[^\s,.;:]+\s+){0,3}?của\s+(?:(?:ông|bà)\s+|\p{Lu}[^\s,.;:]*\s+|(?:Tổng|Bí|thư|thống|Thủ|tướng|Chủ|tịch|nước)\s+){1,7}$/u;
/** "Chủ tịch ASEAN (năm) 2015", "Năm APEC 2017": the year of a chair or a host, part of a title. */
const CHAIR_OF = /(?:[Cc]hủ tịch|[Nn]ăm|[Nn]hiệm kỳ)\s+(?:luân phiên\s+)?(?:ASEAN|APEC|G-?20|G-?7|EU|Liên minh châu Âu|Hội đồng Bảo an)\s*$/u;
/** "lấy ngày 6/12 (…) làm", "chọn ngày": a day named for something. */
const NAMED_FOR = /(?:^|\s)(?:lấy|chọn)\s+$/u;
/** "kỷ niệm sự kiện …", "kỷ niệm 30 năm ngày …" before a date in its clause: what an anniversary marks. */
const COMMEMORATED = /kỷ niệm\s+(?:\d+\s+năm\s+)?(?:sự kiện|ngày)\s[^.;]{0,100}$/u;
/** "sinh năm 1995", "sinh ra vào": a birth date. */
export const BORN = /(?:^|\s)sinh\s+(?:ra\s+)?(?:vào\s+)?$/u;
/** A birth ("sinh năm 1995") or a since ("lần đầu tiên kể từ năm 1982"): a date that tells when no attack was. */
export const bornOrSince = (d: DatedSpan, text: string) => {
  const before = text.slice(Math.max(0, d.start - 12), d.start);
  return BORN.test(before) || SINCE.test(before);
};
/** "Rời Hà Nội hôm 8/3,", "Sau khi rời Bắc Kinh sáng 16/11,": a sentence opening on a departure and its day. */
const DEPARTURE_OPENING = /^(?:Sau khi\s+|Ngay sau khi\s+)?[Rr]ời(?:\s+khỏi)?\s+[^,.;]{2,60}?\s(?:hôm|ngày|sáng|trưa|chiều|tối|đêm)\s+[^,.;]{1,20},/u;
/** "ba tuần trước", "vài tháng trước": a time so long ago (not "trước đó", before the event told). */
const AGO = /\s(?:ngày|tuần|tháng|năm)\s+trước$/u;
/** "kể từ năm 1997", "có hiệu lực từ tối 15/7": since when, or from when something applies. */
const SINCE = /kể từ\s*$|từ sau\s*$|hiệu lực\s+(?:từ\s+)?(?:(?:sáng|trưa|chiều|tối|đêm)\s+)?$|(?:đình trệ|bế tắc|gián đoạn|đóng băng|tạm dừng|ngừng)\s+(?:từ|kể từ)\s+$/u;
/** What follows "một ngày trước" when it measures from another event: "cuộc gặp", "hội nghị", "vụ tấn công". */
const TO_ANOTHER_EVENT = /^\s+(?:khi\s+)?(?:cuộc|hội nghị|chuyến|vụ|lễ|phiên)\s/u;
/** ", tức " between a relative time and the date it is: "Một ngày sau đó, tức 9/2". */
const RESTATED = /^\s*[,(]?\s*(?:tức|tức là|nghĩa là|tức ngày|tức hôm)\s+(?:ngày\s+|hôm\s+)?$/u;
/** "gần", "hơn", "khoảng", "chưa đầy" right before a relative time: an approximate distance. */
const ROUGHLY = /(?:^|\s)(?:gần|hơn|khoảng|chừng|ngót|tức|chưa đầy|chưa tới|chưa đến)\s*$/u;
/** "sẽ được thiết lập … trước ngày 15/10": a deadline. */
const DEADLINE = /(?:^|\s)(?:trước|cho tới|cho đến|hạn chót|chậm nhất|đến hết|tới hết)\s*$/u;
/** "vào năm 2016", "cuối năm 2015": words that introduce a year as a time, not as a noun's qualifier. */
const YEAR_AS_TIME = /(?:vào|trong|hồi|từ|đến|tới|sau|trước|cuối|đầu|giữa|là|của)\s+$/u;

const distance = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.end <= b.start ? b.start - a.end : a.start >= b.end ? a.start - b.end : 0;

/**
 * Dates after a statement word that tell what it announced, not when it was made ("tuyên bố
 * để quốc tang ba ngày, từ 16 đến 18/7", "… rằng ngày 15/10"). A statement verb is dated before
 * it ("Ngày 2/12, X cam kết") or right after it ("tuyên bố hôm 15/7 rằng"); a speech told as a
 * noun carries its date with it ("bài phát biểu … từ Nhà Trắng ngày 7/12").
 */
/** " nhân Ngày tưởng niệm các nạn nhân, ": on an occasion, named right before its day. */
const ON_OCCASION = /^\s+nhân\s+(?:dịp\s+)?[^,.;:"“]{2,80},\s*(?:vào\s+)?$/u;
/** " trên Twitter tối 23/6": the day of a saying, told right after its word. */
const SAYING_DAY_AFTER = /^[^.;:"“”,]{0,30}?(?:hôm|ngày|sáng|trưa|chiều|tối|đêm)\s+(?:nay\s+|qua\s+)?\(?\d{1,2}[/.-]\d{1,2}/u;
/** "được Điện Kremlin công bố vào", "chỉ được tiết lộ hôm": told of later, in the passive, right before a date. */
const MADE_KNOWN = /(?:^|\s)(?:được|bị)\s+(?:[^,.;]{0,40}\s)?(?:công bố|thông báo|tiết lộ|xác nhận|đưa tin)\s+(?:vào\s+)?(?:(?:sáng|trưa|chiều|tối|đêm|ngày|hôm)\s+)?$/u;
export function announcedBy(t: Trigger, text: string): (d: DatedSpan) => boolean {
  const noun = /(?:bài|cuộc|buổi|lời|bản)\s+$/u.test(text.slice(Math.max(0, t.start - 6), t.start));
  return (d) => {
    // "Cuộc gặp Putin-Assad … chỉ được Điện Kremlin công bố vào sáng 21/11": the day it was made known, not held
    // (a deal's is its day: "Thỏa thuận ngừng bắn … được các nhóm vũ trang ở Gaza công bố chiều 13.11")
    if (t.type !== 'statement' && t.type !== 'agreement' && d.start >= t.end && MADE_KNOWN.test(text.slice(t.end, d.start))) return true;
    // ('"… trước cuối tháng 10", nhà lãnh đạo Ireland nói': a date in the words quoted is what was said;
    // so is a span counted back, '"71 năm trước, …", Tổng thống Obama mở đầu bài phát biểu'; a quoted "hôm nay" is the day it was said)
    // (unless the saying is told with its own day: '"… Hôm nay đánh dấu …", Charles Michel viết trên Twitter tối 23/6')
    if (t.type === 'statement' && d.end <= t.start && (!(d.relative && SAID_TODAY.test(d.text)) || SAYING_DAY_AFTER.test(text.slice(t.end)))) {
      const close = quotationEnd(text, d.start);
      if (close >= 0 && close < t.start) return true;
    }
    if (t.type !== 'statement' || d.start < t.end) return false;
    const between = text.slice(t.end, d.start);
    // a range, a quotation or "rằng …", "có hiệu lực từ …", and "(X) sẽ tổ chức … vào ngày 25/2", "sẵn sàng gặp … vào ngày 11/11": what was said
    if (d.date?.end || /rằng|[:“"]|(?:^|\s)(?:sẽ|sắp|dự kiến|sẵn sàng)\s|(?:đến|tới|trước|kể từ|hiệu lực)\s+(?:(?:sáng|trưa|chiều|tối|đêm|ngày|hôm)\s+)?$/u.test(between)) return true;
    // "… có hiệu lực từ ngày 1/7" is what was announced; "phát biểu tại Nhà Trắng từ sáng 14/7", when it was said
    // ("… kêu gọi các bên ngừng bắn từ 0h ngày 12/1": from an hour of that day, what was called for)
    if (t.lemma !== 'phát biểu' && /(?:^|\s)từ\s+(?:(?:\d{1,2}\s*(?:h|giờ)(?:\s*\d{2})?|nửa đêm|rạng sáng)\s+)?(?:(?:sáng|trưa|chiều|tối|đêm|ngày|hôm)\s+)?$/u.test(between)) return true;
    // ("… công nhận Jerusalem là thủ đô của Israel, được đưa ra ngày 6/12/2017": when it was made, restated after the comma)
    if (MADE_ON.test(between)) return false;
    // ("Ông Abe thì nhấn mạnh phán quyết của Tòa Trọng tài … hôm 12/7 là …": the day of the ruling spoken of)
    if (RULING_BEFORE.test(between)) return true;
    // ("Phát biểu tại Cincinnati, bang Ohio, cũng trong ngày 31/8, bà Clinton …": a fronted speech, its day set off before the speaker)
    if (t.lemma === 'phát biểu' && t.start === 0 && /^\s*,/u.test(text.slice(d.end))) return false;
    if (AT_PLACE_THEN.test(between)) return false;
    // ("Trong tuyên bố nhân Ngày tưởng niệm các nạn nhân, ngày 24.4, ông Biden viết …": the occasion's day, the statement's)
    if (ON_OCCASION.test(between)) return false;
    return !noun && between.includes(',');
  };
}
/** " ông Moon nhậm chức, " between "trong ngày" and a day/month: what fell on the day, before the day itself. */
const DAY_NAMED_THEN = /^\s+(?!(?:và|rồi|nhưng)\s)(?![^,]*(?:hôm|sáng|chiều|tối|trưa|đêm)\s)[^,.;\d]{1,40},\s*$/u;
/** "phán quyết của Tòa …", "nghị quyết …": a ruling or resolution, whose day follows it. */
const RULING_BEFORE = /(?:phán quyết|nghị quyết|bản án)[^,.;]{0,60}$/u;
/** ", được đưa ra ngày", ", công bố hôm": a clause saying when the statement or decision just told was made. */
const MADE_ON = /,\s*(?:được\s+)?(?:đưa ra|công bố|ban hành)\s+(?:vào\s+)?(?:(?:sáng|trưa|chiều|tối|đêm|ngày|hôm)\s+)?$/u;

/** A date within an attack's own stretch (up to the next event word) is the attack's, not the event word `t`'s. */
export function ownedByAttack(d: DatedSpan, attacks: Trigger[], triggers: Trigger[], t: Trigger, text: string): boolean {
  // ("Hai tên lửa đã đánh trúng … tối 28/4, ít lâu sau khi … Guterres kết thúc hội đàm …": what had just ended, that day too)
  if (t.start > d.end && SHORTLY_AFTER.test(text.slice(d.end, t.start))) return false;
  // ("Vài giờ sau vụ nổ, sáng 3/7, Thủ tướng … tới thị sát …": past the clause of an attack named as the time anchor, the main clause's)
  // ("\"Tôi rất đau buồn trước vụ tấn công khủng bố hôm nay …\", Thủ tướng … viết trên Twitter": the speaker's today is when they spoke)
  if (t.type === 'statement' && d.start < t.start && /^hôm nay$/iu.test(d.text) && quotationEnd(text, d.start) >= 0 && quotationEnd(text, d.start) < t.start) return false;
  const anchorClosed = (a: Trigger) => ANCHOR_BEFORE.test(text.slice(Math.max(0, a.start - 12), a.start)) && /,/u.test(text.slice(a.end, d.start));
  return attacks.some((a) => d.start > a.start && !anchorClosed(a) && !triggers.some((x) => x !== a && x.type !== 'attack' && x.start > a.start && x.start < d.start));
}
/** "sau ", "trước khi ": right before an attack named as the time anchor of the sentence. */
const ANCHOR_BEFORE = /(?:^|\s)(?:[Ss]au|[Tt]rước)(?:\s+khi)?\s+$/u;
/** ", ít lâu sau khi …", ", chỉ vài giờ sau khi …" up to an event word: a clause of what had just happened. */
const SHORTLY_AFTER = /^[^.;,]{0,20},\s*(?:ít lâu|ngay|chỉ vài giờ|vài giờ|chỉ ít phút|ít phút)\s+sau khi\s[^.;,]*$/u;

/** "Cuộc gặp … diễn ra tám tháng sau hội nghị thượng đỉnh … hồi tháng 6/2018": June is the summit's, told after a strong event word between. */
export function ownedByLaterEvent(d: DatedSpan, t: Trigger, triggers: Trigger[], text = ''): boolean {
  // ("hội đàm bên lề hội nghị thượng đỉnh G20 tại Hamburg, hôm 8/7": the summit it was held at shares its day)
  // ("Lần gặp trực tiếp duy nhất … là cuộc thượng đỉnh tại Geneva ngày 16/6": the summit the meeting is said to be)
  // ("… và gặp trực tiếp tại Hội nghị thượng đỉnh các nhà lãnh đạo Bắc Mỹ ở Washington hôm 18/11": at the summit, on the day told of it)
  // (not one some words on: "Các cuộc đàm phán về AfCFTA được chính thức khởi động tại hội nghị thượng đỉnh AU …")
  // ("… gặp người đồng cấp … bên lề các hội nghị ASEAN tại Vientiane, Lào, hôm 24/7": the meetings of a series, as one occasion)
  const heldAt = (x: Trigger) => x.type === 'summit' && (/(?:bên lề|trong khuôn khổ|nhân dịp|\slà\s+cuộc)\s+(?:các\s+)?$/u.test(text.slice(Math.max(0, x.start - 24), x.start)) || (x.start - t.end <= 24 && /(?<!\p{L})tại\s+$/u.test(text.slice(t.end, x.start))));
  return d.start > t.end && triggers.some((x) => x !== t && x.strength >= 4 && x.start > t.end && x.end <= d.start && !heldAt(x));
}

/** A fronted report: "Theo báo Washington Post hôm 1/2 (giờ Mỹ), …", "Dẫn lời Reuters ngày 3/5, …". */
const REPORTED = /^(?:Theo|Dẫn lời|Dẫn nguồn)\s[^,.;:]{2,80}?,\s/u;

/**
 * The date of a fronted report ("Theo báo Washington Post hôm 1/2, cuộc điện đàm diễn ra tối
 * thứ bảy tuần trước (28/1)") is when it was reported, not the event's, when the event is told
 * after it with a date of its own.
 */
export function reportedOn(t: Trigger, text: string, dates: DatedSpan[]): (d: DatedSpan) => boolean {
  const report = REPORTED.exec(text);
  if (!report || t.start < report[0].length || !dates.some((d) => d.date && d.start >= report[0].length)) return () => false;
  return (d) => d.end <= report[0].length;
}

/** Number words before "ngày" in "kết thúc hai ngày hội đàm". */
const DAY_COUNT: Record<string, number> = { hai: 2, ba: 3, bốn: 4, năm: 5 };
/** "kết thúc hai ngày hội đàm": how many days, right before the event word. */
const DAYS_OF = /(\d|hai|ba|bốn|năm)\s+ngày\s+$/u;

/** "kết thúc hai ngày hội đàm … ngày 7/4": the talks began the day before the day stated. */
export function spanOfEndedEvent(t: Trigger, date: ResolvedDate | null, text: string): ResolvedDate | null {
  const days = DAYS_OF.exec(text.slice(Math.max(0, t.start - 12), t.start));
  if (days && date && date.precision === 'day' && !date.end && /kết thúc|bế mạc/u.test(text.slice(0, t.start))) {
    const n = DAY_COUNT[days[1]] ?? +days[1];
    if (n > 1) return { ...date, start: shiftDay(date.start, 1 - n), end: date.start };
  }
  return date;
}

/** An ISO day moved by `n` days. */
function shiftDay(iso: string, n: number): string {
  const t = new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000);
  return t.toISOString().slice(0, 10);
}

/** The further days of a plural event word ("hai cuộc gặp … hôm 27/4 và 26/5"), beyond `taken`, the one its mention took. */
export function moreDays(t: Trigger, taken: ResolvedDate | null, dates: DatedSpan[], text: string, limit?: { from: number; to: number }): ResolvedDate[] {
  if (!taken || taken.precision !== 'day') return [];
  const after = dates.filter((d) => d.date && d.date.precision === 'day' && !d.date.end && d.start >= t.end && (!limit || d.end <= limit.to));
  // "Hai ông từng điện đàm hôm 10/2 và ngày 9/9": days joined by "và" or commas, one occasion each
  const listed: DatedSpan[] = [];
  for (const d of after) {
    if (listed.length && !/^\s*(?:,|và)\s*$/u.test(text.slice(listed[listed.length - 1].end, d.start))) break;
    if (!listed.length && /[,.;]/u.test(text.slice(t.end, d.start))) break;
    listed.push(d);
  }
  return listed.length > 1 ? listed.map((d) => d.date!).filter((d) => d.start !== taken.start) : [];
}
