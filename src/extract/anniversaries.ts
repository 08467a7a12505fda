/**
 * Anniversaries said of the present, which give the year of writing: "kỷ niệm 45 năm thiết lập
 * quan hệ ngoại giao Việt Nam – Nhật Bản" (1973 + 45 = 2018), "sự kiện năm nay đánh dấu 100 năm
 * Mỹ tham gia Chiến tranh thế giới thứ nhất" (1917 + 100 = 2017), "kỷ niệm 70 năm … (1950 –
 * 2020)", "tròn 25 năm kể từ năm 1995". The anchors (`knowledge/anniversaries.json`: years
 * diplomatic relations were established, historical events) are general knowledge with a
 * source each. A count of years that is not an anniversary ("100 năm tù", "trong 25 năm qua")
 * names no anchor, or lacks the words that say it is celebrated now, and gives nothing.
 */
import data from './knowledge/anniversaries.json' with { type: 'json' };
import { WORD_CLASS, escapeRegExp } from './word-chars.js';

/** Diplomatic relations between two countries (ISO codes; "EU" for the Union), or ASEAN's dialogue relations with a partner. */
export interface RelationAnchor {
  between: [string, string];
  kind: 'established' | 'normalised' | 'restored' | 'dialogue';
  /** ISO day, or the year alone when only the year is on record (ASEAN's dialogue relations). */
  date: string;
  source: string;
}

/** A historical event anniversaries are counted from. */
export interface EventAnchor {
  name: string;
  /** ISO day. */
  date: string;
  /** Groups of lower-case phrases; each group must have one in the words after "N năm". */
  all: string[][];
  /** Lower-case phrases that rule the anchor out. */
  none?: string[];
  source: string;
}

/** An anniversary found in a text and the year it puts the writing in. */
export interface Anniversary {
  /** Anchor year + N. */
  year: number;
  /** The number of years counted. */
  count: number;
  /** What is counted from, in English ("diplomatic relations Vietnam–JP (1973-09-21)"). */
  anchor: string;
  /** The anchor's day, ISO (the year only for an explicit "(1950 – 2020)" span without its days). */
  anchorDate: string;
  /** The words that showed it, as written. */
  quote: string;
  /** Told as being prepared for ("chuẩn bị kỷ niệm 55 năm …"): the anniversary is still ahead of the writing. */
  ahead?: boolean;
  /** Told as next year's ("năm tới đánh dấu 70 năm …"): the writing is in the year before `year`. */
  nextYear?: boolean;
  start: number;
  end: number;
}

/** Vietnamese names of the countries relations are counted between. */
export const ANCHOR_COUNTRIES: Readonly<Record<string, { names: string[]; short: string[] }>> = data.countries;
/** Every relation anchor. */
export const RELATION_ANCHORS: readonly RelationAnchor[] = data.relations as RelationAnchor[];
/** Every event anchor. */
export const EVENT_ANCHORS: readonly EventAnchor[] = data.events;

const NOT_WORD = `(?<![${WORD_CLASS}])`;
const NOT_WORD_AFTER = `(?![${WORD_CLASS}])`;
const alternation = (names: string[]) => names.sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');

/** Full country names, longest first, each → its code. */
const COUNTRY_NAMES = new Map(Object.entries(ANCHOR_COUNTRIES).flatMap(([code, c]) => c.names.map((n) => [n, code] as const)));
const COUNTRY_RE = new RegExp(`${NOT_WORD}(${alternation([...COUNTRY_NAMES.keys()])})${NOT_WORD_AFTER}`, 'gu');
/** Short forms count only in a dashed pair with Vietnam: "Việt – Trung", "Việt-Mỹ", "Nhật - Việt". */
const SHORT_NAMES = new Map(Object.entries(ANCHOR_COUNTRIES).flatMap(([code, c]) => c.short.map((n) => [n, code] as const)));
const SHORT = alternation([...SHORT_NAMES.keys(), ...COUNTRY_NAMES.keys()]);
const DASHED_PAIR = new RegExp(`${NOT_WORD}(${SHORT})\\s*[-–—]\\s*(${SHORT})${NOT_WORD_AFTER}`, 'gu');

/** "kỷ niệm 45 năm", "đánh dấu 100 năm", "tròn 25 năm", "kỷ niệm lần thứ 75": a count of years and the words before it. */
const COUNT = /(?:(\d{1,3})\s+năm|(nửa|một)\s+thế\s+k[ỷỉ]|lần\s+thứ\s+(\d{1,3}))(?![\p{L}\p{N}])/giu;
/** What a count must not be glued to on its left ("G20 năm", "2015 năm"): checked by hand, a look-behind would run at every offset. */
const GLUED = /[\p{L}\p{N}]/u;
/** Any of the words that make a count an anniversary: without one the text is not searched. */
const ANY_PRESENT = /kỷ niệm|tưởng niệm|đánh dấu|tròn|mừng|dịp|năm nay|đúng/iu;
/** Words saying the anniversary is the present one, in the clause before the count (or "năm nay" in the sentence); "tưởng niệm 8 năm …" is one remembered. */
const PRESENT = /(?:kỷ niệm|tưởng niệm|đánh dấu|tròn|mừng|nhân dịp|dịp|năm nay|đúng)\s*(?:\S+\s+){0,3}$/iu;
/** A count still ahead or already behind: "hướng tới kỷ niệm 30 năm …", "Năm ngoái, hai nước kỷ niệm …". */
const NOT_NOW = /hướng tới|tiến tới|sắp tới|(?<![\p{L}])sẽ(?![\p{L}])|chuẩn bị|năm tới|năm sau|năm ngoái|năm trước/iu;
/**
 * An anniversary being prepared for, right before the count: "hai nước chuẩn bị kỷ niệm 55 năm …",
 * "đề nghị hai bên phối hợp tổ chức tốt các hoạt động kỷ niệm 70 năm …" (a celebration proposed).
 */
const PREPARED = /(?:(?:chuẩn bị|hướng tới|tiến tới)\s+(?:cho\s+)?(?:lễ\s+)?|(?:đề nghị|đề xuất|nhất trí|thống nhất|(?<![\p{L}])cần)\s+(?:\S+\s+){0,4}?tổ chức\s+(?:tốt\s+)?(?:các\s+)?(?:hoạt động\s+|lễ\s+)?)kỷ niệm\s*$/iu;
/** The next year named as the anniversary's, right before the count: "năm tới đánh dấu 70 năm …", "sang năm là dịp kỷ niệm …". */
const NEXT_YEAR = /(?<![\p{L}])(?:năm tới|năm sau|sang năm)\s+(?:sẽ\s+)?(?:là\s+)?(?:dịp\s+)?(?:đánh dấu|kỷ niệm|tròn)\s*$/iu;
/** The same, said after the count: "… vào năm tới". */
const LATER_OR_EARLIER = /năm tới|năm sau|năm ngoái|năm trước|sắp tới/iu;
/** Words after the count that make it a length of time, not an anniversary: "25 năm qua", "100 năm tù", "tròn 100 năm tuổi" ("… năm sau khi …" is one). */
const REJECT_START = /^\s*(?:qua|nay|tới|trước|tù|tuổi|liền|liên tiếp|liên tục|gần đây|trở lại|rồi|nữa|đầu|cuối|giữa)(?![\p{L}])/iu;
/** Where the words counted from stop: the sentence's end, or the next count. */
const REST_END = /[.!?;,\n]|\(|(?<![\p{L}\p{N}])\d{1,3}\s+năm(?![\p{L}\p{N}])/u;
/** "(18/1/1950 – 18/1/2020)", "(1945-2015)": the span of an anniversary written out. */
const SPAN = /^\s*\((?:(\d{1,2})[/.](\d{1,2})[/.])?((?:1[6-9]|20)\d{2})\s*[-–—]\s*(?:\d{1,2}[/.]\d{1,2}[/.])?((?:19|20)\d{2})\)/u;
/** "(21.5.1951)", "(năm 1951)", "(tháng 6/1975)": the day (or month) counted from, written out after what is counted. */
const FROM_DAY = /^\s*\((?:ngày\s+|năm\s+|tháng\s+)?(?:(\d{1,2})[/.](\d{1,2})[/.]|(\d{1,2})(?:[/.]|\s+năm\s+))?((?:1[6-9]|20)\d{2})\)/u;
/** "năm nay tròn 42 năm", "năm nay là tròn": the count said of this year, right before it. */
const THIS_YEAR_COUNT = /năm nay\s+(?:là\s+)?(?:(?:đã\s+)?tròn|đánh dấu|kỷ niệm)?\s*$/iu;
/** "ngày 26/2/1973", "năm 1973": a year written out, its day when written with it. */
const WRITTEN_YEAR = /(?<![\p{N}])(?:(\d{1,2})[/.](\d{1,2})[/.])?((?:1[6-9]|20)\d{2})(?![\p{N}])/gu;
/** "kể từ năm 1995" right after the count. */
const SINCE_YEAR = /^\s*kể\s+từ\s+(?:năm\s+)?((?:1[6-9]|20)\d{2})(?![\p{N}])/iu;
/**
 * "ngày ký Hiệp định Mekong 1995", "Công ước Liên hợp quốc về Luật biển 1982": a treaty named
 * with its year, which is what the count is from (the words after the count, to their end).
 */
const TREATY_YEAR = /^\s*(?:ngày\s+)?(?:(?:ký|ký kết|thông qua|ra đời)\s+)?(?:bản\s+)?(?:Hiệp định|Hiệp ước|Công ước|Hiến chương|Thỏa thuận|Thoả thuận|Định ước|Tuyên bố chung)\s+(?:[\p{L}\p{N}-]+\s+){0,8}?((?:19|20)\d{2})\s*$/u;
/** "trận động đất kinh hoàng năm 2010": what is counted from, named with its year at the end (the words after the count, to their end). */
const NAMED_WITH_YEAR = /^\s*(?:[^\s\d]+\s+){1,8}?năm\s+((?:1[6-9]|20)\d{2})\s*$/u;
/** Words of a plan anywhere in a sentence ("dự kiến tổ chức tuần hành … đúng dịp tròn 10 năm …"). */
const PLAN_IN_SENTENCE = /(?<![\p{L}])(?:sẽ|sắp|dự kiến|kế hoạch|chuẩn bị|tới đây)(?![\p{L}])/iu;
const YEAR_IN = /(?<![\p{N}/.\-])((?:1[6-9]|20)\d{2})(?![\p{N}])/gu;

/** "1951-05-21" from a year, month and day as written; the year alone when the day and month are missing or no date. */
const isoOrYear = (year: string, month?: string, day?: string) => (day && +month! <= 12 && +day <= 31 ? `${year}-${month!.padStart(2, '0')}-${day.padStart(2, '0')}` : year);
/** "1975-06" from a year and month as written; the year alone when the month is missing or no month. */
const isoMonthOrYear = (year: string, month?: string) => (month && +month >= 1 && +month <= 12 ? `${year}-${month.padStart(2, '0')}` : year);

/** The sentence (or line) up to `at`. */
function sentenceBefore(text: string, at: number): string {
  const head = text.slice(Math.max(0, at - 300), at);
  return head.slice(Math.max(head.lastIndexOf('\n'), head.search(/[.!?]\s[^.!?]*$/u)) + 1);
}

/**
 * The count ends its sentence and follows "năm nay": what it counts from was told before it,
 * "Hai nước thiết lập quan hệ ngoại giao ngày 26/2/1973, năm nay tròn 42 năm." The one year
 * written earlier in the sentence is the anchor; none, or several, give nothing.
 */
function anchorBefore(sentence: string): { anchor: string; date: string } | null {
  const written = [...sentence.matchAll(WRITTEN_YEAR)];
  if (new Set(written.map((w) => w[3])).size !== 1) return null;
  const [w] = written;
  return { anchor: `the ${w[1] ? 'day' : 'year'} ${w[0]} told before`, date: isoOrYear(w[3], w[2], w[1]) };
}

/** True when `phrase` occurs in `hay` as whole words (both lower-case). */
function hasPhrase(hay: string, phrase: string): boolean {
  for (let i = hay.indexOf(phrase); i >= 0; i = hay.indexOf(phrase, i + 1)) {
    const before = hay[i - 1] ?? ' ';
    const after = hay[i + phrase.length] ?? ' ';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
  }
  return false;
}

/** The countries a stretch of text names (full names anywhere, short forms in a dashed pair). */
function countriesIn(text: string): Set<string> {
  const codes = new Set<string>();
  for (const m of text.matchAll(COUNTRY_RE)) codes.add(COUNTRY_NAMES.get(m[1])!);
  for (const m of text.matchAll(DASHED_PAIR)) {
    for (const n of [m[1], m[2]]) codes.add(COUNTRY_NAMES.get(n) ?? SHORT_NAMES.get(n)!);
  }
  return codes;
}

/** Words that may stand between the count and "quan hệ" besides the countries' names. */
const RELATION_LEAD = new Set(['ngày', 'thiết', 'lập', 'bình', 'thường', 'hóa', 'hoá', 'khôi', 'phục', 'nối', 'lại', 'chính', 'thức', 'hai', 'nước', 'và', 'giữa', 'với']);

/**
 * "… năm (ngày) thiết lập quan hệ ngoại giao Việt Nam – Nhật Bản": the relation counted from.
 * `rest` are the words after the count up to the next count; `wide` the rest of the sentence,
 * where the pair may be named ("50 năm quan hệ ngoại giao và 10 năm … Việt Nam – Nhật Bản");
 * when the sentence names no country but "hai nước" (in it or in `lastClause`, the words before
 * the count), the pair is the article's: {@link mainPair}.
 */
function relationAnchor(rest: string, wide: string, lastClause: string, articlePair: () => string[] | null): { anchor: string; date: string } | null {
  const lower = rest.toLowerCase();
  const at = lower.indexOf('quan hệ');
  if (at < 0 || at > 60) return null;
  // only "ngày thiết lập", "Việt Nam và Hàn Quốc thiết lập" … may come first: "25 năm qua, quan hệ …" is no anniversary
  const lead = rest.slice(0, at).replace(COUNTRY_RE, ' ').replace(DASHED_PAIR, ' ').toLowerCase().split(/[\s–—-]+/u).filter(Boolean);
  if (!lead.every((w) => RELATION_LEAD.has(w))) return null;
  // "10 năm quan hệ Đối tác chiến lược": a partnership's anniversary, not the relations'
  if (/^quan hệ\s+(?:đối tác|hữu nghị)/u.test(lower.slice(at))) return null;
  const countries = countriesIn(wide.slice(0, at + 120));
  const others = [...countries].filter((c) => c !== 'VN');
  // "hai nước kỷ niệm 45 năm thiết lập quan hệ ngoại giao": the pair is the one the article is about
  const pair = countries.has('VN') && others.length === 1 ? ['VN', others[0]] : !countries.has('VN') && others.length === 2 ? others
    : countries.size === 0 && /(?:^|[^\p{L}])hai nước(?![\p{L}])/iu.test(`${lastClause} ${wide}`) ? articlePair() : null;
  if (!pair) return null;
  const head = lower.slice(0, at);
  const kind = /bình thường ho?á|bình thường hóa/u.test(head) ? 'normalised' : /khôi phục|nối lại/u.test(head) ? 'restored' : 'established';
  const of = RELATION_ANCHORS.filter((r) => r.between.includes(pair[0]) && r.between.includes(pair[1]));
  // (ASEAN and a partner: "45 năm quan hệ ASEAN - EU" counts from their dialogue relations)
  const r = of.find((x) => x.kind === kind) ?? of.find((x) => x.kind === 'established' || x.kind === 'dialogue');
  if (!r) return null;
  return { anchor: `${r.kind === 'established' ? 'diplomatic relations' : `${r.kind} relations`} ${r.between.join('–')} (${r.date})`, date: r.date };
}

/**
 * The pair of countries an article is about: Vietnam and the one other country it names most,
 * at least twice and more often than any third; null when there is no such pair.
 */
function mainPair(text: string): string[] | null {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(COUNTRY_RE)) {
    const code = COUNTRY_NAMES.get(m[1])!;
    // (ASEAN is no country "hai nước" could mean)
    if (code === 'ASEAN') continue;
    counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  if (!counts.has('VN')) return null;
  const others = [...counts].filter(([c]) => c !== 'VN').sort((a, b) => b[1] - a[1]);
  if (!others.length || others[0][1] < 2 || others[0][1] === others[1]?.[1]) return null;
  return ['VN', others[0][0]];
}

/** The historical event the words after the count name, when exactly one year fits. */
function eventAnchor(rest: string): { anchor: string; date: string } | null {
  const lower = rest.toLowerCase();
  let best: EventAnchor[] = [];
  let bestGroups = 0;
  for (const a of EVENT_ANCHORS) {
    if (!a.all.every((group) => group.some((p) => hasPhrase(lower, p)))) continue;
    if (a.none?.some((p) => lower.includes(p))) continue;
    // the anchor that names more (WWI + "Mỹ tham gia") is more specific than one that names less
    if (a.all.length > bestGroups) { best = [a]; bestGroups = a.all.length; }
    else if (a.all.length === bestGroups) best.push(a);
  }
  const years = new Set(best.map((a) => a.date.slice(0, 4)));
  return years.size === 1 ? { anchor: `${best[0].name} (${best[0].date})`, date: best[0].date } : null;
}

/**
 * Anniversaries a text celebrates now, each with the year it puts the writing in.
 * @returns in text order; a count whose anchor is unknown, or that is not said of the present
 *   ("100 năm tù", "trong 25 năm qua", "hướng tới kỷ niệm 30 năm … vào năm tới"), gives nothing;
 *   one being prepared for ("chuẩn bị kỷ niệm 55 năm …") is flagged `ahead`, one named as next
 *   year's ("năm tới đánh dấu …") `nextYear`
 */
export function findAnniversaries(text: string): Anniversary[] {
  const out: Anniversary[] = [];
  if (!ANY_PRESENT.test(text)) return out;
  let pair: string[] | null | undefined;
  const articlePair = () => (pair === undefined ? (pair = mainPair(text)) : pair);
  for (const m of text.matchAll(COUNT)) {
    if (m.index > 0 && GLUED.test(text[m.index - 1])) continue;
    const count = m[1] ? +m[1] : m[2] ? (m[2].toLowerCase() === 'nửa' ? 50 : 100) : +m[3];
    if (!count) continue;
    const head = text.slice(Math.max(0, m.index - 80), m.index);
    const before = head.slice(Math.max(head.lastIndexOf('\n'), head.search(/[.!?]\s[^.!?]*$/u)) + 1);
    const lastClause = before.split(/[,;:]/u).pop() ?? '';
    const tail = text.slice(m.index + m[0].length, m.index + m[0].length + 200);
    const sentenceEnd = tail.search(/[.!?](?:\s|$)|\n/u);
    const wide = sentenceEnd < 0 ? tail : tail.slice(0, sentenceEnd);
    const present = PRESENT.test(lastClause) || /năm nay/iu.test(before + wide);
    const ahead = PREPARED.test(lastClause);
    const nextYear = NEXT_YEAR.test(lastClause);
    if (!present || (NOT_NOW.test(before) && !ahead && !nextYear) || LATER_OR_EARLIER.test(wide) || REJECT_START.test(wide)) continue;
    const cut = wide.search(REST_END);
    const rest = cut < 0 ? wide : wide.slice(0, cut);
    // the span written out, "(1950 – 2020)", the day counted from, "(21.5.1951)", or "kể từ năm 1995", says it all
    const paren = wide.indexOf('(');
    const span = paren >= 0 ? SPAN.exec(wide.slice(paren)) : null;
    const fromDay = paren >= 0 && paren === rest.length ? FROM_DAY.exec(wide.slice(paren)) : null;
    const since = SINCE_YEAR.exec(wide);
    const treaty = TREATY_YEAR.exec(rest);
    // (weaker than a treaty: not in a sentence of plans, "… dự kiến tổ chức tuần hành … đúng dịp tròn 10 năm vụ án năm 2013")
    const named = treaty ?? (PLAN_IN_SENTENCE.test(sentenceBefore(text, m.index)) ? null : NAMED_WITH_YEAR.exec(rest));
    let anchor: { anchor: string; date: string } | null;
    if (span && +span[4] - +span[3] === count) anchor = { anchor: `the span ${span[3]}–${span[4]} written out`, date: isoOrYear(span[3], span[2], span[1]) };
    else if (fromDay) anchor = { anchor: `the day ${fromDay[0].trim()} written out`, date: fromDay[3] ? isoMonthOrYear(fromDay[4], fromDay[3]) : isoOrYear(fromDay[4], fromDay[2], fromDay[1]) };
    else if (since) anchor = { anchor: `the year ${since[1]} stated`, date: since[1] };
    else if (named) anchor = { anchor: `${treaty ? 'the treaty' : 'what is counted from'} of ${named[1]} named`, date: named[1] };
    else if (!rest.trim() && THIS_YEAR_COUNT.test(lastClause)) anchor = anchorBefore(sentenceBefore(text, m.index));
    else anchor = relationAnchor(rest, wide, lastClause, articlePair) ?? eventAnchor(rest);
    if (!anchor) continue;
    const from = +anchor.date.slice(0, 4);
    const year = from + count;
    // another year in the same sentence that is neither the anchor's nor the result: read wrongly, or not now
    if ([...(before + wide).matchAll(YEAR_IN)].some((y) => +y[1] !== year && +y[1] !== from)) continue;
    const end = m.index + m[0].length + rest.length;
    out.push({ year, count, anchor: anchor.anchor, anchorDate: anchor.date, quote: text.slice(m.index, end).trim(), start: m.index, end, ...(ahead ? { ahead } : {}), ...(nextYear ? { nextYear } : {}) });
  }
  return out;
}
