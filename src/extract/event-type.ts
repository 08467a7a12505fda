/**
 * Event words → event types. Vietnamese news names diplomatic events with a small set of
 * verbs and nouns (hội đàm, điện đàm, thăm, tuyên bố, nhất trí, tấn công…). Each trigger is
 * matched on whole syllables, and the ones that are also ordinary words ("tiếp" in "tiếp tục",
 * "thăm dò", "gặp khó khăn", "tấn công" in a threat) are fenced in by their context.
 */
import type { EventType } from '../events-schema.js';
import { WORD_END, WORD_START } from './word-chars.js';

/** One event word found in a sentence. */
export interface Trigger {
  start: number;
  end: number;
  text: string;
  type: EventType;
  /** The trigger's own word, lower-cased ("hội đàm", "phát biểu"), for titles. */
  lemma: string;
  /** Higher wins when a sentence has several triggers. */
  strength: number;
}

interface Rule {
  re: RegExp;
  type: EventType;
  strength: number;
}

const W = WORD_START; // syllable start
const E = WORD_END; // syllable end
// No `i` flag: under /iu, \p{Lu} would match lower-case letters too, and the look-aheads
// that ask for a following name ("tiếp Tổng thống…") rely on case. Sentence-initial capitals
// are handled by lower-casing the first letter before matching (same length, same offsets).
const rule = (src: string, type: EventType, strength: number): Rule => ({ re: new RegExp(W + src + E, 'gu'), type, strength });

/**
 * The rules, strongest kinds first. Attacks need a noun head ("vụ/cuộc tấn công") or a
 * completed verb ("bắn hạ"), so threats and conditionals ("nếu Nga tấn công") do not count.
 */
const RULES: Rule[] = [
  rule(String.raw`(?:vụ|cuộc|các vụ|các cuộc|loạt|hai vụ)\s+(?:tấn công(?:\s+khủng bố|\s+liên hoàn)?|khủng bố|xả súng|đánh bom|nổ bom|đâm dao|ám sát)`, 'attack', 9),
  rule(String.raw`bắn hạ|đánh bom liều chết|bị ám sát`, 'attack', 9),
  rule(String.raw`điện đàm|(?:trò chuyện|nói chuyện|trao đổi)\s+qua\s+điện thoại|gọi điện(?:\s+thoại)?\s+cho|cuộc gọi`, 'call', 8),
  rule(String.raw`hội đàm|hội kiến|cuộc gặp(?: gỡ)?|gặp gỡ|gặp nhau|gặp(?=\s+(?:\p{Lu}|người|ông|bà|lãnh đạo|Tổng|Thủ|Ngoại|Bộ|Chủ))|(?<!(?:trực|liên|kế|chuyển|nghênh)\s)tiếp(?=\s+(?:\p{Lu}|người đồng|đoàn|ông|bà))|trò chuyện|tiếp kiến|đàm phán`, 'meeting', 7),
  rule(String.raw`ký kết|đã ký|nhất trí|thống nhất(?=\s+(?:về|rằng|tăng|thúc|thực|các|sẽ|cùng|phối))|đồng ý|đồng thuận|đạt được thỏa thuận|thỏa thuận`, 'agreement', 6),
  rule(String.raw`[hH]ội nghị [tT]hượng đỉnh|[tT]hượng đỉnh|[hH]ội nghị\s+(?:[cC]ấp cao\s+)?(?:G-?\d+|APEC|ASEAN|COP\s?\d+|NATO)`, 'summit', 5),
  rule(String.raw`chuyến thăm|công du|thăm chính thức|thăm cấp nhà nước|(?<!thăm\s)thăm(?!\s+dò|\s+hỏi|\s+khám)`, 'visit', 4),
  rule(String.raw`ra tuyên bố|tuyên bố|phát biểu|kêu gọi|cam kết|hối thúc|thông báo|lên án|cảnh báo`, 'statement', 3),
  rule(String.raw`cho biết|cho hay|khẳng định|nhấn mạnh`, 'statement', 1),
];

/** Every trigger in a sentence, left to right (overlaps resolved in favour of the stronger). */
export function findTriggers(input: string): Trigger[] {
  const sentence = lowerFirst(input);
  const all: Trigger[] = [];
  for (const r of RULES) {
    r.re.lastIndex = 0;
    for (const m of sentence.matchAll(r.re)) {
      all.push({ start: m.index!, end: m.index! + m[0].length, text: input.slice(m.index!, m.index! + m[0].length), type: r.type, lemma: m[0].toLowerCase().replace(/\s+/g, ' '), strength: r.strength });
    }
  }
  all.sort((a, b) => b.strength - a.strength || a.start - b.start);
  const kept: Trigger[] = [];
  for (const t of all) if (!kept.some((k) => t.start < k.end && k.start < t.end)) kept.push(t);
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * The sentence's main trigger: the strongest kind present. "trò chuyện" is a meeting unless the
 * sentence says it was by telephone (that case is its own "call" rule above).
 */
export function mainTrigger(triggers: Trigger[]): Trigger | null {
  let best: Trigger | null = null;
  for (const t of triggers) if (t.type !== 'attack' && (!best || t.strength > best.strength)) best = t;
  return best;
}

/** Lower-cases the first letter of the sentence (after opening quotes or brackets). */
function lowerFirst(s: string): string {
  const m = /^[\s“"‘'(\[]*/u.exec(s)!;
  const i = m[0].length;
  return i < s.length ? s.slice(0, i) + s[i].toLowerCase() + s.slice(i + 1) : s;
}
