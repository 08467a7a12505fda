/**
 * A visitor calling on several leaders of the host country, told in one breath: "Tổng thống
 * Obama gặp Thủ tướng Nguyễn Xuân Phúc và Chủ tịch Quốc hội Nguyễn Thị Kim Ngân". Each holds
 * a different top office of one country, and protocol receives a visitor office by office, so
 * each counterpart met is a meeting of its own. Counterparts from different countries ("gặp
 * Thủ tướng Nhật Bản … và Tổng thống Hàn Quốc …") or of lower rank (a minister sitting in)
 * make one meeting. Offsets are relative to the sentence.
 */
import type { Trigger } from './event-type.js';
import type { PersonMention } from './people.js';
import { isObject } from './sentence-roles.js';

/** Verbs of a call on someone, rather than talks between delegations ("hội đàm"). */
const CALL_ON = /^(?:gặp|gặp gỡ|hội kiến|tiếp|tiếp kiến|chào xã giao|chào)$/u;
/** The offices a state receives a visitor in one by one: head of party, state, government, parliament. */
const TOP_OFFICES = new Set(['General Secretary', 'President', 'Prime Minister', 'Chairman of the National Assembly', 'Chairwoman of the National Assembly', 'Speaker', 'King', 'Queen']);
/** A government's ministers for foreign affairs and defence. */
const MINISTERS = new Set(['Foreign Minister', 'Secretary of State', 'Defence Minister']);

/**
 * The people of each separate meeting the call word `t` tells (its subject with one
 * counterpart each), or null when it tells one meeting.
 */
export function meetingsApart(t: Trigger, who: PersonMention[], text: string): PersonMention[][] | null {
  if (t.type !== 'meeting' && t.type !== 'call') return null;
  const subject = who.filter((a) => a.end <= t.start && !isObject(text, a.start));
  const counterparts = who.filter((a) => a.start >= t.end);
  const each = () => counterparts.map((c) => [...subject, c]);
  if (subject.length && counterparts.length >= 2) {
    // "ông Trump dành ngày 28/6 cho một loạt cuộc gặp song phương: với A, B và C": one each
    // ("lần lượt điện đàm với A, B, C và D": one call each)
    if (isSeriesOfBilaterals(t, text)) return each();
    // what stands between one counterpart and the next
    const gaps = counterparts.slice(1).map((c, i) => text.slice(counterparts[i].end, c.start));
    // "có cuộc gặp riêng với ông Trudeau, rồi với ông Macron": one after the other
    if (t.type === 'meeting' && gaps.every((g) => THEN_WITH.test(g))) return each();
    // "hội đàm trực tuyến với ông A hôm 26/4 và với ông B hôm 7/5", "hội đàm với A và với B": each "với" its own event
    if (gaps.every((g) => AND_WITH.test(g))) return each();
    // "tiếp Thủ tướng Pakistan Shehbaz Sharif hôm 2/11 và Tổng thống Tanzania Samia Suluhu Hassan ngày 3/11": each on a day of their own
    if (t.type === 'meeting' && gaps.every((g) => OWN_DAY_AND.test(g)) && DAY_AFTER.test(text.slice(counterparts[counterparts.length - 1].end))) return each();
    // "tiếp tục điện đàm với Quốc vương Saudi Arabia … và Thủ tướng Israel …": a phone call is with one
    // leader at a time, unless told as joint ("điện đàm ba bên", "cuộc gọi chung")
    if (t.type === 'call' && new Set(counterparts.map((c) => c.person.country)).size === counterparts.length && counterparts.every((c) => c.person.country && c.person.country !== subject[0].person.country) && !JOINT_CALL.test(text)) return each();
  }
  // ("cả ông Suga và ông Morrison đều đã có cuộc điện đàm đầu tiên với Tổng thống đắc cử Mỹ Joe Biden": each their own call)
  if (t.type === 'call' && subject.length >= 2 && counterparts.length && EACH_BEFORE.test(text.slice(0, t.start)) && new Set(subject.map((a) => a.person.country)).size === subject.length) {
    return subject.map((a) => [a, ...counterparts]);
  }
  if (t.type !== 'meeting' || !CALL_ON.test(t.lemma)) return null;
  // "Chủ tịch nước X và Thủ tướng Y lần lượt tiếp Bộ trưởng Z": the hosts, office by office
  if (subject.length >= 2 && counterparts.length && topOfficesOfOneCountry(subject) && counterparts.every((a) => a.person.country !== subject[0].person.country)) {
    return subject.map((h) => [h, ...counterparts]);
  }
  if (counterparts.length < 2 || !subject.length) return null;
  // ("gặp nguyên Tổng Bí thư, Chủ tịch nước Lào Bounnhang Vorachith và nguyên Thủ tướng … Thongsing Thammavong": former holders, met together)
  if (counterparts.some((c) => FORMER_TITLE.test(text.slice(Math.max(0, c.start - 80), c.start)))) return null;
  // (or its ministers one visitor called on, "ông Bennett đã gặp Ngoại trưởng Antony Blinken và Bộ trưởng Quốc phòng Lloyd Austin";
  // not two ministers meeting their two counterparts, "2+2"; nor two received together, guests who came as one,
  // "Tổng thống Volodymyr Zelensky tiếp Ngoại trưởng Mỹ Antony Blinken và Bộ trưởng Quốc phòng Lloyd Austin")
  const apart = (topOfficesOfOneCountry(counterparts) || (subject.length === 1 && !/^tiếp/u.test(t.lemma) && topOfficesOfOneCountry(counterparts, MINISTERS))) && subject.every((a) => a.person.country !== counterparts[0].person.country);
  return apart ? counterparts.map((c) => [...subject, c]) : null;
}

/** People who each hold a different top office (or another of `offices`) of the same country. */
function topOfficesOfOneCountry(people: PersonMention[], offices = TOP_OFFICES): boolean {
  const country = people[0].person.country;
  const roles = new Set(people.map((a) => a.person.role));
  return !!country && roles.size === people.length && people.every((a) => a.person.country === country && offices.has(a.person.role ?? ''));
}

/** "nguyên Thủ tướng, nguyên Chủ tịch Quốc hội Lào " before a name: a former holder's titles. */
const FORMER_TITLE = /(?:^|\s)(?:nguyên|cựu)\s+\p{Lu}[^.;]*?\p{Lu}[^\s,.;]*\s+$/u;
/** "cả A và B đều …": the same done by each, apart. */
const EACH_BEFORE = /(?:^|\s)cả\s[^.;]{2,80}?\sđều\s/u;
/** A call told as one with several: "ba bên", "bốn bên", "chung", "trực tuyến", "video", "nhóm". */
const JOINT_CALL = /(?:ba|bốn|năm|các)\s+bên|(?:cuộc gọi|điện đàm|hội nghị)\s+(?:\S+\s+)?(?:chung|trực tuyến|video|nhóm)|định dạng|Normandy/u;

/** "một loạt cuộc gặp song phương", "các cuộc hội đàm song phương", "lần lượt gặp": several meetings, one per counterpart. */
const SERIES_BEFORE = /(?:loạt|các|những|nhiều|mấy)\s+$/u;
const BILATERAL_AFTER = /^\s+(?:song phương|riêng|riêng rẽ)(?=[\s,:;.]|$)/u;
/** ", rồi với ông", ", sau đó với": the next counterpart met after the last. */
const THEN_WITH = /^[^.;]{0,30}?,?\s*(?:rồi|sau đó|tiếp đó)\s+(?:(?:gặp|hội đàm|tiếp)\s+)?(?:riêng\s+)?với\s+(?:\S+\s+){0,4}$/u;
/** "… (hôm 26/4) và với ông B": another counterpart, with "với" said again (on a day of its own, or the same). */
const AND_WITH = /^\s+(?:(?:hôm|ngày|vào)\s+[^.;,]{1,20}?\s+)?(?:và|rồi)\s+(?:cuộc\s+\S+\s+)?với\s+(?:[^\s.;]+\s+){0,20}$/u;
/** " hôm 2/11 và ", " ngày 2/11, ": a counterpart's own day, then the next counterpart. */
const OWN_DAY_AND = /^\s+(?:hôm|ngày|sáng|chiều|tối|trưa)\s+\d{1,2}[/.]\d{1,2}\s*(?:,|và|,\s*và)\s+(?:\S+\s+){0,6}$/u;
/** " ngày 3/11": the last counterpart's own day, right after the name. */
const DAY_AFTER = /^\s+(?:hôm|ngày|sáng|chiều|tối|trưa)\s+\d{1,2}[/.]\d{1,2}(?![\d/]|\.\d)/u;
/** "ông lần lượt gặp A, B và C": one after the other. */
const IN_TURN = /lần lượt\s+(?:(?:đã|có)\s+)?$/u;
function isSeriesOfBilaterals(t: Trigger, text: string): boolean {
  if (IN_TURN.test(text.slice(Math.max(0, t.start - 16), t.start))) return true;
  return SERIES_BEFORE.test(text.slice(Math.max(0, t.start - 12), t.start)) && BILATERAL_AFTER.test(text.slice(t.end, t.end + 16));
}
