/**
 * Sentence structure for events, by the shapes Vietnamese news uses: who is the subject of an
 * event word ("A và B ra tuyên bố"), who its counterpart ("hội đàm với X", "tiếp X"), which of
 * several statement words is the one said ("Erdogan cam kết", not "Đáp lại lời kêu gọi"), and
 * when a sentence tells two events ("Sau cuộc hội đàm …, X tuyên bố"; "…, người đang có chuyến
 * thăm … từ ngày 12 đến 13/11"). Offsets are relative to the sentence.
 */
import { mainTrigger, type Trigger } from './event-type.js';
import type { PersonMention } from './people.js';
import type { DatedSpan } from './temporal.js';

/** The comma-delimited clause around `at`. */
export function clauseAround(text: string, at: number): { from: number; to: number } {
  const left = Math.max(text.lastIndexOf(',', at), text.lastIndexOf(';', at));
  const right = [',', ';'].map((c) => text.indexOf(c, at)).filter((i) => i >= 0);
  return { from: left + 1, to: right.length ? Math.min(...right) : text.length };
}

/**
 * A second event told in a clause of its own, with its own date: "X hội đàm với Y, người đang
 * có chuyến thăm cấp nhà nước tới Việt Nam từ ngày 12 đến 13/11". Its people are those of the
 * clause, or else the person the clause hangs on (the one named right before it).
 */
export function clauseEvent(triggers: Trigger[], main: Trigger, actors: PersonMention[], text: string, dates: DatedSpan[]): { t: Trigger; actors: PersonMention[]; from: number; to: number } | null {
  const mainClause = clauseAround(text, main.start);
  for (const x of triggers) {
    if (x === main || x.type === main.type || x.type === 'attack' || x.type === 'statement' || x.strength < 4) continue;
    const c = clauseAround(text, x.start);
    if (c.from === mainClause.from) continue;
    if (!dates.some((d) => d.date && d.start >= x.end && d.end <= c.to)) continue;
    const inside = actors.filter((a) => a.start >= c.from && a.end <= c.to);
    const antecedent = actors.filter((a) => a.end <= c.from).slice(-1);
    const who = inside.length ? inside : antecedent;
    if (who.length) return { t: x, actors: who, ...c };
  }
  return null;
}

/** Words that may stand between a subject and its verb ("Obama đã ra tuyên bố"). */
const SUBJECT_GAP = /^[\s,]*(?:(?:đã|cũng|vừa|mới|sẽ|đang|liên tục|tiếp tục|lại|hôm nay|ra|đưa ra|công khai|chính thức|mạnh mẽ)\s+)*$/u;

/** The people directly before `t` as its grammatical subject ("A và B ra tuyên bố"). */
export function subjectOf(t: Trigger, actors: PersonMention[], text: string): PersonMention[] {
  const before = actors.filter((a) => a.end <= t.start);
  if (!before.length) return [];
  const last = before[before.length - 1];
  if (!SUBJECT_GAP.test(text.slice(last.end, t.start))) return [];
  // "A và B …": walk back over people joined by "và" / ","
  const out = [last];
  for (let i = before.length - 2; i >= 0; i--) {
    const gap = text.slice(before[i].end, out[0].start);
    if (!/^(?:\s*(?:và|,)\s*)(?:[^,.;]{0,60})$/u.test(gap) || gap.length > 80) break;
    out.unshift(before[i]);
  }
  return out;
}

/**
 * The trigger a sentence is about: the strongest kind; among statements, the one a named
 * person says ("Erdogan cam kết") rather than one merely referred to ("Đáp lại lời kêu gọi của Mỹ").
 */
export function pickTrigger(triggers: Trigger[], actors: PersonMention[], text: string): Trigger | null {
  const t = mainTrigger(triggers);
  if (!t || t.type !== 'statement') return t;
  const same = triggers.filter((x) => x.type === 'statement' && x.strength === t.strength);
  return same.find((x) => subjectOf(x, actors, text).length) ?? t;
}

/** A fronted subordinate clause "Sau (khi) …," / "Trước (khi) …," at the start of a sentence. */
export function frontedClause(text: string): { end: number } | null {
  const m = /^(?:Ngay\s+)?(?:Sau|Trước)(?:\s+khi)?\s+[^,;:]{8,200},/u.exec(text);
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

/** Words that introduce the counterpart of a meeting: "hội đàm với X", "tiếp X", "đón X". */
const OBJECT_WORD = /(?:^|[^\p{L}])(?:với|tiếp|đón|mời|gặp)\s+((?:[^\s,.;:()]+\s+){0,8})$/u;
/** Lower-case words that may sit inside an office and country before a name. */
const OFFICE_WORDS = new Set('thống tướng trưởng thư ký bí người đồng cấp nhiệm ông bà và nước tịch giao phòng ngoại quốc hội thủ tổng chủ vương hoàng nữ của'.split(' '));

/** Is the person at `start` introduced as a counterpart ("với người đồng cấp Italy …")? */
export function isObject(text: string, start: number): boolean {
  const m = OBJECT_WORD.exec(text.slice(Math.max(0, start - 80), start));
  return !!m && m[1].split(/\s+/).filter(Boolean).every((w) => /^\p{Lu}/u.test(w) || OFFICE_WORDS.has(w));
}

/** Participants, subject first: the people a sentence puts after "với"/"tiếp" are the counterparts. */
export function orderParticipants(who: PersonMention[], text: string): PersonMention[] {
  return [...who.filter((a) => !isObject(text, a.start)), ...who.filter((a) => isObject(text, a.start))];
}

