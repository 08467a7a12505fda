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
  /** Lower-case words one of which every match contains: a rule whose words are absent is not run. */
  needles: string[];
  /** A further condition on a match at `at` of the (first-letter-lowered) sentence. */
  accept?: (sentence: string, at: number) => boolean;
}

const W = WORD_START; // syllable start
const E = WORD_END; // syllable end
// No `i` flag: under /iu, \p{Lu} would match lower-case letters too, and the look-aheads
// that ask for a following name ("tiếp Tổng thống…") rely on case. Sentence-initial capitals
// are handled by lower-casing the first letter before matching (same length, same offsets).
const rule = (src: string, type: EventType, strength: number, needles: string[], accept?: Rule['accept']): Rule =>
  ({ re: new RegExp(W + src + E, 'gu'), type, strength, needles, accept });
/** "Các nhà lãnh đạo EU … đã họp khẩn": a meeting of leaders, not any emergency meeting. */
const LEADERS_BEFORE = /(?:nhà lãnh đạo|nguyên thủ|lãnh đạo các nước)[^,.;]{0,60}$/u;

/**
 * "thỏa thuận" as the object of another act is no agreement reached: leaving, keeping,
 * breaking or judging a deal ("rút Mỹ khỏi thỏa thuận", "tuân thủ thỏa thuận", "vi phạm thỏa
 * thuận", "gọi thỏa thuận là thảm họa"); the act's own word (tuyên bố…) tells the event.
 */
const DEAL_AS_OBJECT = String.raw`(?<!(?:khỏi|tuân thủ|vi phạm|giữ|giữ nguyên|duy trì|cứu vãn|bảo vệ|hủy|hủy bỏ|xé bỏ|phá vỡ|từ bỏ|chấm dứt|đình chỉ|gọi|chỉ trích|phản đối|bác bỏ|đàm phán lại|thực thi|thực hiện|theo|về|của|trong|ngoài)\s+(?:các\s+|những\s+|bản\s+)?thỏa thuận)`;

/**
 * The rules, strongest kinds first. Attacks need a noun head ("vụ/cuộc tấn công") or a
 * completed verb ("bắn hạ"), so threats and conditionals ("nếu Nga tấn công") do not count.
 */
const RULES: Rule[] = [
  rule(String.raw`(?:vụ|cuộc|các vụ|các cuộc|loạt|hai vụ)\s+(?:tấn công(?:\s+khủng bố|\s+liên hoàn)?|khủng bố|xả súng|đánh bom|nổ bom|đâm dao|ám sát|không kích|đâm xe|lao xe|nổ)`, 'attack', 9, ['vụ', 'cuộc', 'loạt']),
  // completed attacks told by their verb: a shoot-down, a ramming, a missile strike, a killing
  rule(String.raw`bắn hạ|bắn rơi|bắn nhầm|đánh bom liều chết|bị ám sát|bị\s+(?:[^\s,.;]+\s+){0,7}?bắn chết|nổ súng(?=\s+(?:vào|và|nhằm))|(?:lao|đâm)\s+(?:xe\s+)?vào\s+(?:đám đông|người đi bộ|dòng người)|(?<=(?:xe tải|ô tô|xe hơi|chiếc xe)\s+(?:[^\s,.;]+\s+){0,3})(?:lao|đâm)\s+(?:thẳng\s+)?vào|phóng\s+(?:\d+|hàng chục|hàng loạt)\s+(?:quả\s+)?tên lửa|(?<!(?:chiến dịch|đợt|các đợt)\s)không kích(?=\s+(?:\p{Lu}|căn cứ|tỉnh|thành phố|vào|các mục tiêu))`, 'attack', 9, ['bắn', 'đánh bom', 'ám sát', 'lao', 'đâm', 'phóng', 'không kích', 'nổ súng']),
  rule(String.raw`điện đàm|(?:trò chuyện|nói chuyện|trao đổi)\s+qua\s+điện thoại|gọi điện(?:\s+thoại)?\s+cho|cuộc gọi`, 'call', 8, ['điện', 'gọi']),
  // a working meal is a meeting: "ăn tối cùng Thủ tướng Abe"
  rule(String.raw`(?:ăn|dùng bữa)\s+(?:tối|trưa|sáng)(?:\s+làm việc)?\s+(?:cùng|với)`, 'meeting', 7, ['ăn', 'bữa']),
  rule(String.raw`hội đàm|hội kiến|cuộc gặp(?: gỡ)?|gặp gỡ|gặp nhau|gặp(?=\s+(?:\p{Lu}|người|ông|bà|lãnh đạo|Tổng|Thủ|Ngoại|Bộ|Chủ))|(?<!(?:trực|liên|kế|chuyển|nghênh)\s)tiếp(?=\s+(?:\p{Lu}|người đồng|đoàn|ông|bà|cựu\s+\p{Lu}|nguyên\s+\p{Lu}|ứng (?:cử )?viên\s))|trò chuyện|tiếp kiến|đàm phán|cuộc trao đổi|cuộc đối thoại`, 'meeting', 7, ['hội', 'gặp', 'tiếp', 'trò chuyện', 'đàm phán', 'trao đổi', 'đối thoại']),
  // an official act signed alone: "ký sắc lệnh rút Mỹ khỏi TPP", "ký sắc lệnh công nhận …"
  rule(String.raw`ký\s+(?:sắc lệnh|lệnh|đạo luật|dự luật|luật)`, 'other', 6, ['ký']),
  rule(String.raw`ký kết|đã ký(?!\s+(?:sắc lệnh|lệnh|đạo luật|dự luật|luật))|nhất trí|thống nhất(?=\s+(?:về|rằng|tăng|thúc|thực|các|sẽ|cùng|phối))|đồng ý|đồng thuận|đạt được thỏa thuận|thỏa thuận${DEAL_AS_OBJECT}`, 'agreement', 6, ['ký', 'nhất trí', 'thống nhất', 'đồng ý', 'đồng thuận', 'thỏa thuận']),
  rule(String.raw`[hH]ội nghị [tT]hượng đỉnh|[tT]hượng đỉnh|[hH]ội nghị\s+(?:[cC]ấp cao\s+)?(?:G-?\d+|APEC|ASEAN|COP\s?\d+|NATO)|[tT]uần lễ [cC]ấp cao(?:\s+APEC)?|[hH]ội nghị [cC]ấp cao(?!\s+(?:bộ trưởng|quan chức))`, 'summit', 5, ['thượng đỉnh', 'hội nghị', 'tuần lễ']),
  rule(String.raw`họp\s+(?:khẩn|khẩn cấp|thượng đỉnh)`, 'summit', 5, ['họp'], (sentence, at) => LEADERS_BEFORE.test(sentence.slice(Math.max(0, at - 80), at))),
  rule(String.raw`chuyến thăm|công du|thăm chính thức|thăm cấp nhà nước|(?<!thăm\s)thăm(?!\s+dò|\s+hỏi|\s+khám)`, 'visit', 4, ['thăm', 'công du']),
  rule(String.raw`ra tuyên bố|tuyên bố|phát biểu|kêu gọi|cam kết|hối thúc|thông báo|lên án|cảnh báo|công bố|trả lời phỏng vấn|cuộc phỏng vấn`, 'statement', 3, ['tuyên bố', 'phát biểu', 'kêu gọi', 'cam kết', 'hối thúc', 'thông báo', 'lên án', 'cảnh báo', 'công bố', 'phỏng vấn']),
  // "đã tới thủ đô Beirut": an arrival is a visit, when nothing stronger is told
  rule(String.raw`(?<!(?:lên đường|khởi hành|rời)\s+(?:ngay\s+)?)(?:đã|vừa|đến|sẽ)?\s*(?:tới|đến)(?=\s+(?:thăm\s+)?(?:thủ đô|thành phố|sân bay|hiện trường|\p{Lu}))`, 'visit', 2, ['tới', 'đến']),
  rule(String.raw`cho biết|cho hay|khẳng định|nhấn mạnh`, 'statement', 1, ['cho biết', 'cho hay', 'khẳng định', 'nhấn mạnh']),
];

/**
 * Words that make the event word after them an event that has not happened: called off
 * ("hủy cuộc gặp"), planned or invited ("kế hoạch thăm", "nhận lời mời thăm"), or ahead
 * ("sẽ gặp nhau"). News puts such events on no timeline.
 */
const NOT_HAPPENED = /(?:^|[^\p{L}])(?:(?:hủy(?:\s+bỏ)?|hoãn(?:\s+lại)?|từ chối|kế hoạch|dự kiến|dự định|sẽ|sắp|chuẩn bị|đề xuất|muốn|mong muốn|hy vọng|sẵn sàng|có thể)\s+(?:\p{Ll}+\s+)?|(?:lời\s+)?mời\s+(?:[^\s,.;:]+\s+){0,5}|(?:không|chưa)(?!\s+(?:chỉ|quên|ngừng|ngần ngại|bao giờ quên))\s+(?:có\s+)?(?:[^\s,.;:]+\s+){0,4}(?:được|nào|bị)\s+)$/u;

/** Every trigger in a sentence, left to right (overlaps resolved in favour of the stronger). */
export function findTriggers(input: string): Trigger[] {
  const sentence = lowerFirst(input);
  const low = input.toLowerCase();
  const all: Trigger[] = [];
  for (const r of RULES) {
    if (!r.needles.some((w) => low.includes(w))) continue;
    r.re.lastIndex = 0;
    for (const m of sentence.matchAll(r.re)) {
      if (r.accept && !r.accept(sentence, m.index!)) continue;
      all.push({ start: m.index!, end: m.index! + m[0].length, text: input.slice(m.index!, m.index! + m[0].length), type: r.type, lemma: m[0].toLowerCase().replace(/\s+/g, ' '), strength: r.strength });
    }
  }
  all.sort((a, b) => b.strength - a.strength || a.start - b.start);
  const kept: Trigger[] = [];
  // an event not (yet) held does not count; its span still hides weaker readings of the same words
  const held = (t: Trigger) => t.type === 'attack' || !NOT_HAPPENED.test(clauseBefore(sentence, t.start));
  for (const t of all) if (!kept.some((k) => t.start < k.end && k.start < t.end)) kept.push(t);
  return kept.filter(held).sort((a, b) => a.start - b.start);
}

/** The stretch of the clause before `at` (back to a comma, semicolon or colon), at most 60 characters. */
function clauseBefore(text: string, at: number): string {
  const from = Math.max(0, at - 60);
  const piece = text.slice(from, at);
  const cut = Math.max(piece.lastIndexOf(','), piece.lastIndexOf(';'), piece.lastIndexOf(':'));
  return cut >= 0 ? piece.slice(cut + 1) : piece;
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
