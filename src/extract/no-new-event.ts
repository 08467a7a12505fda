/**
 * Mentions that look like events but tell none of their own: an event already told placed
 * relative to another occasion, a comparison with an earlier occasion of other people, a
 * fronted back-reference to the visit already told, a count of the occasion just told ("Đây là
 * lần thứ hai …"), a known summit still ahead, and a date after the article's own (a
 * target or a plan). Pure checks on one mention.
 */
import { wordAt, type EventMention } from './event-mention.js';
import { knownSummit } from './summits.js';
import { findTimeExpressions } from './time-expressions.js';
import { writtenForms } from './titles.js';

/**
 * "Chuyến công du diễn ra chỉ vài ngày trước cuộc bầu cử tổng thống Mỹ ngày 3/11, trong đó …",
 * "Cuộc gặp diễn ra hơn hai tháng trước cuộc bầu cử …": a sentence that opens with the event
 * already told and places it some time before or after another occasion tells no new event;
 * its date and its people are the other occasion's.
 */
const PLACED_BY_ANOTHER = /^(?:Cuộc|Buổi|Chuyến)\s+(\p{Ll}+(?:\s+\p{Ll}+)?)\s+(?:(?:này|đó|trên)\s+)?(?:của\s+(?:ông|bà)\s+(\p{Lu}\p{Ll}*)\s+)?(?:cũng\s+)?(?:(?:diễn ra|được tổ chức)\s+(?:[^\s,.;:]+\s+){0,4}?(?:ngày|tuần|tháng|năm|giờ|tiếng)\s+(?:trước|sau)\s+|(?:diễn ra|được tổ chức)\s+(?:đúng\s+)?(?:khi|trong bối cảnh|vào lúc|vào thời điểm|nhân dịp|đúng dịp)\s|(?:đã\s+)?được\s[^,.;:]{0,80}?(?:công bố|thông báo|xác nhận|loan báo|tiết lộ)(?!\p{L})|(?:cũng\s+)?được\s+(?:xem|coi|đánh giá|nhìn nhận)\s+(?:là|như)\s)/u;
/**
 * … and "Cuộc gặp được người phát ngôn … bất ngờ công bố vào tối 3/11": the day the event just
 * told was announced, not a new event; nor is "Chuyến thăm được xem là bước hàn gắn sau căng thẳng
 * … hồi cuối tháng 1": what the event just told is seen as.
 */
function placedByAnother(m: EventMention): boolean {
  const open = PLACED_BY_ANOTHER.exec(m.quote.trimStart());
  // ("Chuyến thăm diễn ra … sau chuyến thăm … Lào của Chủ tịch nước … hồi tháng 8/2021": the other visit, dated on its own, is told)
  if (!open || !open[0].toLowerCase().includes(m.lemma) || m.date?.anchoring === 'absolute') return false;
  // ("Chuyến thăm của ông Lavrov được xem là …": his visit, not "… chuyến thăm … của ông Obama" told after it)
  if (open[2] && !m.participants.some((p) => writtenForms(p).some((n) => n.split(' ').includes(open[2])))) return false;
  // ("Chuyến thăm diễn ra … sau khi Phó tổng thống Mỹ Kamala Harris thăm Việt Nam …": after "khi", only the opening noun's own event is the one told already)
  const clause = m.quote.trimStart().slice(open[0].length);
  if (!/^khi(?!\p{L})/u.test(clause)) return true;
  // ("… sau khi ông Modi kết thúc chuyến thăm Trung Quốc 14-16/5": the clause's own event of that kind is not the one told already)
  return !clause.toLowerCase().includes(` ${m.lemma} `) && m.lemma === `${open[0].split(/\s/u)[0].toLowerCase()} ${open[1]}`;
}

/**
 * "Lần gần nhất lãnh đạo hai bên ngồi cùng bàn là năm 1945, khi Mao Trạch Đông và Tưởng Giới
 * Thạch đàm phán tại Trùng Khánh": an earlier occasion told in a "khi …" clause after its time is
 * the doing of the people that clause names; one that names none of the event's people is a
 * comparison with others, not an event of theirs.
 */
const THEN_CLAUSE = /(?:là|từ|vào)\s+(?:vào\s+)?(?:năm|tháng)\s+[\d/]+\s*,\s+khi\s+([^;]+)$/u;
function comparedOccasion(m: EventMention): boolean {
  const then = THEN_CLAUSE.exec(m.quote);
  // ("…, khi ông thăm cấp Nhà nước …": "ông" is the one just named; "…, khi ông Lý Tiên Niệm thăm Dhaka" names another)
  if (!then || !m.participants.length || /^(?:ông|bà)\s(?!\p{Lu})/u.test(then[1])) return false;
  return !m.participants.some((p) => writtenForms(p).some((n) => then[1].includes(n)));
}

/**
 * "Trong chuyến thăm kéo dài tới ngày 1/11, Tổng Bí thư dự kiến hội kiến A, B và C": a fronted
 * "Trong chuyến thăm …," that names no one is the visit already told, whose people are not those
 * of the clause after it; it tells no event of its own.
 */
const FRONTED_IN = /^Trong\s+(?:chuyến|cuộc)\s+((?:thăm|công du)[^,]{0,80}),/u;
/** Right before the day a fronted visit runs to ("kéo dài tới ngày 1/11"): no time of its own. */
const RUNS_TO = /(?:tới|đến)\s+(?:ngày\s+)?$/u;
/** A time of its own in a fronted visit ("tháng 11-2017", "hôm 24 và 25-1"), not the day it runs to. */
const ownTime = (clause: string) => findTimeExpressions(clause).some((e) => e.kind === 'calendar' && (e.month !== undefined || e.year !== undefined) && !RUNS_TO.test(clause.slice(0, e.start)));
function frontedBackReference(m: EventMention): boolean {
  const fronted = FRONTED_IN.exec(m.quote.trimStart());
  if (!fronted || m.anaphoric || !m.participants.length || !fronted[1].toLowerCase().startsWith(m.lemma.replace(/^(?:cuộc|chuyến|buổi)\s+/u, ''))) return false;
  // ("Trong chuyến thăm cấp nhà nước Việt Nam tháng 11-2017, …": a visit the clause dates itself is one of its own)
  if (ownTime(fronted[1])) return false;
  return !m.participants.some((p) => writtenForms(p).some((n) => fronted[1].includes(n)));
}

/**
 * "Tại hội đàm, hai bên nhất trí phấn đấu nâng kim ngạch thương mại lên 100 tỉ USD vào năm 2020"
 * in an article of 2018: news tells what has happened, so a day, month or year after the
 * article's own date is a target or a plan, not the date of the event told.
 */
function afterPublication(m: EventMention, published: string | null): boolean {
  if (!m.date || !published) return false;
  return m.date.start > published.slice(0, m.date.start.length);
}

/**
 * "Đây là lần thứ hai trong năm nay hai nhà lãnh đạo gặp nhau", "Đây là chuyến thăm đầu tiên
 * của ông …": a sentence that counts or ranks the occasion just told tells no new one.
 */
export const COUNTS_THE_LAST = /^(?:Đây|Đó)\s+(?:cũng\s+)?là\s+(?:lần|cuộc|chuyến|buổi|hội nghị)(?!\p{L})/u;
// (an earlier occasion it names with its day or month, "…, sau hai cuộc gặp hôm 27/4 và 26/5", is one)
// (nor does a time told of what it is the first since: "… chuyến thăm đầu tiên … kể từ cuộc tổng tuyển cử hồi tháng 5")
const countsTheLast = (m: EventMention) => (!m.date || m.date.precision === 'year' || onlySince(m)) && COUNTS_THE_LAST.test(m.quote.trimStart());
/** Whether the event word is the one counted, before "kể từ", and every time the sentence tells comes after it. */
function onlySince(m: EventMention): boolean {
  const since = m.quote.search(/(?:^|\s)kể từ\s/u);
  if (since < 0) return false;
  const lemma = m.lemma.toLowerCase();
  const [counted, after] = [m.quote.slice(0, since).toLowerCase(), m.quote.slice(since).toLowerCase()];
  const times = findTimeExpressions(m.quote);
  return counted.includes(lemma) && !after.includes(lemma) && times.length > 0 && times.every((e) => e.start > since);
}

/**
 * "… bước đệm quan trọng trước hội nghị COP21 tại Paris vào cuối năm nay" in an article of
 * September 2015: a known summit that began after the article's date has not been held.
 */
function summitAhead(m: EventMention, published: string | null): boolean {
  // (a visit to attend it that began on a day told: "đã tới Bangkok chiều 16/11, bắt đầu chuyến thăm … kết hợp tham dự Tuần lễ Cấp cao APEC")
  if (!m.summit || (m.type === 'visit' && m.date?.precision === 'day' && !m.date.borrowed) || !published || published.length < 10) return false;
  // ("ngày 24/4/2021, Thủ tướng … đã tới Jakarta dự Hội nghị các nhà lãnh đạo ASEAN": a day written out in full, gone by, is no summit still ahead)
  if (m.date?.anchoring === 'absolute' && !m.date.yearInferred && m.date.start <= published) return false;
  // ("Ngày 31/10, ông Trump viết trên Twitter rằng …, sau khi APEC ở Chile bị hủy": an act of its own day, gone by, that only names the summit)
  if (m.type !== 'summit' && m.date?.precision === 'day' && !m.date.borrowed && !m.date.end && m.date.start <= published) return false;
  const known = knownSummit(m.summit);
  return !!known && known.start > published;
}

/** True when the mention tells no event of its own (see the checks above). */
export function tellsNoNewEvent(m: EventMention, published: string | null): boolean {
  return placedByAnother(m) || comparedOccasion(m) || frontedBackReference(m) || countsTheLast(m) || afterPublication(m, published) || summitAhead(m, published) || tollReported(m);
}

/** " vụ tấn công khiến 7 người chết", " lực lượng cứu hộ đã kéo được 15 thi thể": a toll, right after the reporting verb. */
const TOLL_TOLD = /^\s[^.;:"“”]{0,80}?(?:\d+|hàng chục|hàng trăm)\s+(?:người\s+(?:chết|thiệt mạng|tử vong|bị thương)|thi thể)(?!\p{L})/u;
/**
 * "Ông Kim hôm nay cho biết lực lượng cứu hộ đã kéo được 15 thi thể …": an official telling the toll of
 * an attack reports on it; the telling is no event of its own.
 */
function tollReported(m: EventMention): boolean {
  if (m.type !== 'statement' || !/^(?:cho biết|thông báo|xác nhận)$/u.test(m.lemma)) return false;
  const at = wordAt(m);
  return at >= 0 && TOLL_TOLD.test(m.quote.slice(at + m.lemma.length));
}
