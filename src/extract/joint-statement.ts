/**
 * Joint statements ("tuyên bố chung"): a statement several parties made together. Its parties
 * are the people named as its subject ("hai nhà lãnh đạo ra tuyên bố chung"), the countries
 * named as its subject ("Mỹ và Trung Quốc ra tuyên bố chung", an event without people), or,
 * when it names none ("Theo tuyên bố chung, các bên cam kết …"), everyone at the meeting or
 * summit just told, on its day. Offsets are relative to the sentence.
 */
import { findCountries } from './countries.js';
import { placeWithin } from './event-place.js';
import type { EventMention } from './event-mention.js';
import type { Trigger } from './event-type.js';
import { recent } from './referred-event.js';

/** "tuyên bố chung", "ra tuyên bố chung": the statement word followed by "chung" (joint). */
const JOINT = /^\s+chung(?!\p{L})/u;

/** The lemma of a joint statement, for its headline ("X and Y issue a joint statement"). */
export const JOINT_LEMMA = 'tuyên bố chung';

/** "chuẩn bị dự thảo ", "bản dự thảo " right before: a draft of the statement, not one issued. */
const DRAFT_OF = /(?:^|\s)(?:bản\s+)?dự thảo\s+$/u;
/** "mà không có tuyên bố chung nào", "chưa ra được tuyên bố chung": a joint statement that was not made. */
const NEGATED = /(?:^|\s)(?:không|chưa)\s+(?:\p{Ll}+\s+){0,3}$/u;

/** Is the statement word `t` a joint statement ("tuyên bố chung") that was made? */
export function isJointStatement(t: Trigger, text: string): boolean {
  if (t.type !== 'statement' || !/tuyên bố$/u.test(t.lemma) || !JOINT.test(text.slice(t.end))) return false;
  const before = text.slice(Math.max(0, t.start - 30), t.start);
  return !NEGATED.test(before) && !DRAFT_OF.test(before);
}

/** "Mỹ và Trung Quốc bất ngờ ra tuyên bố chung": two countries joined by "và" as the subject, a few words before. */
const COUNTRY_PAIR_GAP = /^\s+(?:và|cùng)\s+$/u;
/** (a day may stand between: "Quân đội Ấn Độ và Pakistan ngày 25/2 đưa ra tuyên bố chung") */
const SUBJECT_TO_VERB = /^\s+(?:(?:ngày|hôm|sáng|chiều|tối|trưa)\s+\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{4})?\s+)?(?:[\p{Ll}]+\s+){0,4}$/u;

/**
 * "các nước Nhóm Lima cùng Mỹ ", "Ngoại trưởng các nước thành viên EU … đã ": a group of states opening the clause, its subject;
 * or a group named ("Ngoại trưởng nhóm G7 đang họp tại Dinard, miền tây bắc nước Pháp, hôm 5/4 "), asides between commas and all.
 */
const STATES_AS_GROUP = /(?:^|[,;:]\s*)(?:(?:Ngoại trưởng|Bộ trưởng(?:\s+\p{Lu}\p{Ll}*)*|lãnh đạo|Lãnh đạo|nhà lãnh đạo)\s+)?(?:(?:các|Các)\s+(?:nước|quốc gia|thành viên)\s[^,.;:]{2,90}|(?:nhóm|Nhóm|khối|Khối)\s+(?:G\d+|\p{Lu}{2,})\s[^.;:]{2,100})$/u;

/** Are the parties of the joint statement at `t` countries named as its subject ("Mỹ và Trung Quốc ra tuyên bố chung")? */
export function countriesAsParties(t: Trigger, text: string): boolean {
  // ("Ngày 14-4, các nước Nhóm Lima cùng Mỹ ra tuyên bố chung", "Ngoại trưởng các nước EU nhóm họp tại Luxembourg hôm 14/10 đã ra tuyên bố chung": states as a group)
  if (STATES_AS_GROUP.test(text.slice(Math.max(0, t.start - 120), t.start))) return true;
  const before = findCountries(text.slice(0, t.start));
  for (let i = 0; i + 1 < before.length; i++) {
    const [a, b] = [before[i], before[i + 1]];
    if (COUNTRY_PAIR_GAP.test(text.slice(a.end, b.start)) && SUBJECT_TO_VERB.test(text.slice(b.end, t.start))) return true;
  }
  return false;
}

/** Event types whose participants make a joint statement: a meeting, summit or the agreement it reached. */
const MADE_AT = new Set(['meeting', 'summit', 'agreement']);

/**
 * "Theo tuyên bố chung, các bên cam kết …": a joint statement naming no one (`m`, marked as a
 * back-reference) was made by everyone at the meeting or summit just told, on its day unless
 * the sentence gives one (and one naming its parties without a date, when they are the people of
 * that meeting). Without such a meeting ("các nhà lãnh đạo G7 ra tuyên bố chung khi
 * bế mạc hội nghị") it is the summit's own outcome, no event of its own: null.
 */
export function resolveJointStatement(m: EventMention | null, mentions: EventMention[]): EventMention | null {
  if (!m || m.lemma !== JOINT_LEMMA) return m;
  // the latest meeting or summit: one naming no one ("các nhà lãnh đạo G7 … bế mạc hội nghị") lends none
  // ("… bầu không khí tại Panmunjom, nhưng lưu ý tuyên bố chung …": the one held where the sentence says, if any)
  const made = (x: EventMention) => x.document === m.document && MADE_AT.has(x.type);
  // ("Đây là hội nghị thứ hai …, sau cuộc gặp tại Ankara hồi tháng 4": one told by its day, a background month passed over)
  const told = (m.location ? mentions.filter((x) => made(x) && placeWithin(x.location, m.location)).pop() : undefined)
    ?? recent(mentions, (x) => made(x) && x.date?.precision === 'day').pop() ?? recent(mentions, made).pop();
  // "Hai Thủ tướng nhất trí … và ra Tuyên bố chung" without a date: at the talks of theirs just told
  if (!m.anaphoric) {
    const talks = m.date ? undefined : recent(mentions, (x) => x.document === m.document && MADE_AT.has(x.type) && !!x.date).pop();
    const theirs = talks && m.participants.length && m.participants.every((p) => talks.participants.some((q) => q.name === p.name));
    return theirs ? Object.assign(m, { date: talks.date, location: m.location ?? talks.location }) : m;
  }
  return told?.participants.length ? Object.assign(m, { participants: told.participants, anaphoric: false, date: m.date ?? told.date, location: m.location ?? told.location }) : null;
}
