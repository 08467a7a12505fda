/**
 * Finds time expressions in Vietnamese news text: calendar dates in the many shapes the
 * press writes them (`ngày 8/2`, `14.2`, `1.9.2021`, `15-16/11`, `ngày 8 tháng 2 năm 2016`,
 * `tháng 9/2016`, `cuối năm 2015`) and relative ones (`hôm qua`, `năm ngoái`, `Cùng ngày`,
 * `Trước đó`). It only reads what the text states; turning an expression into an ISO date
 * is `resolve-date.ts`'s job.
 *
 * Precision over recall: a bare number pair like `1/3` is a fraction as often as a date, so
 * a day/month without a year must be introduced by a date word (`ngày`, `hôm`, a part of day,
 * a weekday) or a preposition (`vào`, `từ`, `đến`, …); the dotted and hyphenated forms
 * (`14.2`, `8-2`) need a date word. Numbers glued to letters or hyphens (`Su-24`, `COP21`, `G-20`) and thousands
 * (`12.000`) never match, and day/month validity (no 31/2, no month 13) filters the rest.
 */

/** Relations of a relative expression (or of the year of a calendar one, `7/12 năm ngoái`). */
export type TimeRelation =
  | 'same-day' | 'same-month' | 'before' | 'after' | 'next-day' | 'previous-day'
  | 'today' | 'yesterday' | 'day-before-yesterday' | 'tomorrow'
  | 'last-week' | 'this-week' | 'next-week'
  | 'last-month' | 'this-month' | 'next-month'
  | 'last-year' | 'this-year' | 'next-year' | 'same-year'
  | 'ago' | 'weekday';

/** One time expression found in a text. */
export interface TimeExpression {
  /** Verbatim span, `text === input.slice(start, end)`. */
  text: string;
  start: number;
  end: number;
  /** `calendar`: states (part of) a calendar date; `relative`: only meaningful against an anchor. */
  kind: 'calendar' | 'relative';
  /** Calendar parts the text states explicitly; missing parts are undefined. */
  day?: number;
  month?: number;
  year?: number;
  /** End of a range (`15-16/11`, `30/11 - 12/12/2015`, `năm 2015-2016`). */
  endDay?: number;
  endMonth?: number;
  endYear?: number;
  /** `đầu` / `giữa` / `cuối` (of the month, or of the year when no month is stated). */
  part?: 'early' | 'mid' | 'late';
  /**
   * Relative meaning. On a `calendar` expression it qualifies the missing year
   * (`7/12 năm ngoái` → day 7, month 12, relation `last-year`).
   */
  relation?: TimeRelation;
  /** What a relation is counted from: the document date or the previous dated event. */
  anchor?: 'document' | 'previous';
  /** For `ago` and `before` with an amount: `3 ngày trước` → 3 / 'day'; `vài giờ trước đó` → unit 'hour'. */
  amount?: number;
  unit?: 'hour' | 'day' | 'week' | 'month' | 'year';
  /** For `weekday`: 0 = Sunday … 6 = Saturday (also set when a weekday prefixes a date). */
  weekday?: number;
  /** Tense cue next to the expression: `hồi`, `vừa qua` → past; `tới`, `sắp tới` → future. */
  tense?: 'past' | 'future';
  /** Time-zone note that followed the date, e.g. `giờ Mỹ`, `giờ địa phương`, `GMT+7`. */
  zone?: string;
}

import { daysInMonth } from '../events-schema.js';
import { AGREED_ON, VOTE_NOUNS } from './event-type.js';
import { WORD_CLASS, WORD_END, WORD_START } from './word-chars.js';

// ---------------------------------------------------------------- regex building blocks
const YEAR = String.raw`((?:19|20)\d{2})`;
const D = String.raw`(\d{1,2})`;
/** Left edge of a number: not glued to a letter, digit, hyphen or decimal/ratio separator. */
const NL = String.raw`(?<![${WORD_CLASS}\-–.,/:+])`;
/** Right edge of a number: not followed by a letter/digit, a further number, or a percent. */
const NR = String.raw`(?![${WORD_CLASS}]|[.,/:\-–]\d|\s*%)`;
/** Left edge of a word. */
const WL = WORD_START;
const WR = WORD_END;
const WEEKDAY = String.raw`(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật)`;
// ("tối muộn 6/8", "đêm khuya 3/9": late in the evening or the night)
const POD = String.raw`(?:rạng\s+sáng|sáng\s+sớm|sáng|trưa|chiều\s+tối|chiều\s+muộn|chiều|tối\s+muộn|tối\s+khuya|tối|đêm\s+muộn|đêm\s+khuya|đêm|khuya|nửa\s+đêm)`;
const DAYWORD = String.raw`(?:ngày|hôm|mùng|mồng)`;
/** Date words that may precede a date and belong to its span (`sáng thứ Hai (8/2)`). */
const PREFIX = String.raw`((?:${WL}(?:${POD}|${WEEKDAY}|${DAYWORD})${WR}\s*[,(]?\s*){0,3})`;
// ("tháng 11 cùng năm (đó)": the year told last)
const REL_YEAR = String.raw`(?:\s+(năm\s+(?:ngoái|trước|nay|tới|sau)|cùng\s+năm(?:\s+(?:đó|ấy))?))`;
// a bare "tới" before a destination is the verb "go to" ("chiều 15/12 tới thị trấn Nagato"), not "coming"
// (before a name, see scan: this is matched on lowercased text)
const TENSE_AFTER = String.raw`(?:\s+(sắp\s+tới|tới\s+đây|tới(?!\s+(?:thị trấn|thành phố|thủ đô|tỉnh|bang|đảo|quần đảo|làng|vùng|khu|sân bay|trụ sở|điện|dinh))|vừa\s+qua))`;
const ZONE = String.raw`(?:\s*\(((?:theo\s+)?giờ\s+[^()\n]{1,25}|gmt\s*[+-]\s*\d{1,2}|utc\s*[+-]\s*\d{1,2})\))`; // lowercase: matched on the lowered text
const PART = String.raw`(đầu|giữa|cuối)`;
const RANGE_SEP = String.raw`\s*(?:-|–|—|và|đến|tới)\s*`;

/** "vài giờ sau", "hai tiếng sau", "ít phút sau": hours or minutes later, so the same day (regex source, lower case). */
export const HOURS_LATER = String.raw`(?:(?:vài|mấy|một|hai|ba|\d+)\s+(?:giờ|tiếng|phút)|ít\s+(?:phút|giờ|tiếng))\s+sau`;
/** The next day, as a sentence opens on it: "Hôm sau", "Chiều hôm sau", "Một ngày sau". */
/** "Lần gần nhất …", "Lần trước …": a sentence opening that looks back to an earlier occasion (regex source). */
export const LOOK_BACK_OPENER = String.raw`Lần\s+(?:gần nhất|gần đây nhất|trước|trước đó|cuối cùng|cuối)(?!\p{L})`;
export const NEXT_DAY_OPENER = String.raw`(?:(?:Sáng|Trưa|Chiều|Tối)\s+hôm sau|Hôm sau|Ngày hôm sau|Một ngày sau|Ngày tiếp theo)`;

/** Words right before a bare `8/2` that make it a date (and not a ratio such as `1/3`). */
// ("Ba ngày sau, 9/10, Ankara …": restating the day a relative time just told)
const DATE_TRIGGER = /(?:^|[^\p{L}\p{N}_])(?:vào|từ|đến|tới|trước|sau|hồi|nay|qua|cuối|đầu|giữa|và|là|tức|tối|sáng|chiều|trưa|đêm|ngày|hôm)\s*$|[(]\s*$|(?:^|[^\p{L}\p{N}_])(?:sau|trước|sau đó|trước đó|hôm qua|hôm sau)\s*,\s*$/u;

/** "Ngày đầu tiên của chuyến thăm, 24/2, …", "ngay trong ngày ông Moon nhậm chức, 10/5, …": a bare day/month between commas restating a day the words before it name. */
const DAY_APPOSITION_BEFORE = /(?:^|[.;,]\s*|(?:^|\s)(?:trong|vào|đúng)\s+)(?:ngày|hôm|sáng|chiều|tối|trưa|đêm)\s[^,.;\d]{1,40},\s*$/u;

/** "trước ngày bầu cử 8/11", "ngày Quốc khánh 2/9", "Ngày Trái đất 22/4": a day named by what falls on it, then the day/month. */
const NAMED_DAY_BEFORE = /(?:^|[^\p{L}])ngày\s+(?:bầu cử|tổng tuyển cử|bỏ phiếu|trưng cầu (?:ý|dân ý)|(?:tuyên thệ\s+)?nhậm chức|[Qq]uốc khánh|[Đđ]ộc lập|[Cc]hiến thắng|[Gg]iáng sinh|trái đất|môi trường thế giới|nhân quyền|quốc tế(?:\s+\p{L}+){1,3}?)(?:\s+(?:tổng thống|quốc hội|giữa kỳ|\p{Lu}\p{L}*)){0,2}\s+$/u;

/** "đến năm 2030", "tới năm 2025" before a year (not "từ năm 2016 đến năm 2020", a span): a horizon, not a year past. */
export const HORIZON_BEFORE = /(?:^|[^\p{L}])(?<!từ\s+(?:năm\s+)?\d{4}\s+)(?:đến|tới)\s+$/u;

/** A counted unit right after a number pair: a quantity ("1-2 lần", "tháng 2 lần"), not a date. */
const UNIT_AFTER = /^\s*(?:lần|người|ngày|tuần|giờ|tiếng|phút|giây|năm\s+(?!\d|ngoái|trước|nay|tới|sau)|triệu|tỷ|nghìn|ngàn|trăm|chục|%)/u;

const WEEKDAY_NUM: Record<string, number> = { hai: 1, ba: 2, tư: 3, năm: 4, sáu: 5, bảy: 6, '2': 1, '3': 2, '4': 3, '5': 4, '6': 5, '7': 6 };
const PARTS = { đầu: 'early', giữa: 'mid', cuối: 'late' } as const;
/** Vietnamese number words from one to ten. */
const COUNT_WORDS: Readonly<Record<string, number>> = { một: 1, hai: 2, ba: 3, bốn: 4, năm: 5, sáu: 6, bảy: 7, tám: 8, chín: 9, mười: 10 };
/** A count written in digits or as a word from one to ten ("ba", "Một", "12"). */
export const countOf = (s: string): number => (/^\d+$/u.test(s) ? +s : COUNT_WORDS[s.toLowerCase()]);
/** … and "vài", "mấy" (a few), counted as two. */
const NUMBER_WORDS: Record<string, number> = { ...COUNT_WORDS, vài: 2, mấy: 2 };
const UNITS: Record<string, TimeExpression['unit']> = { giờ: 'hour', tiếng: 'hour', ngày: 'day', hôm: 'day', tuần: 'week', tháng: 'month', năm: 'year' };
const REL_YEAR_RELATION: Record<string, TimeRelation> = { ngoái: 'last-year', trước: 'last-year', nay: 'this-year', tới: 'next-year', sau: 'next-year' };

type Candidate = Omit<TimeExpression, 'text' | 'start' | 'end'> & { start: number; end: number };

/**
 * Patterns are matched on a lowercased copy of the text (same length, so offsets hold): a
 * case-insensitive Unicode regex costs V8 much more to compile. Each is compiled once, at module
 * load, sticky: it is tried only at the positions where it can begin (see {@link matchAt}).
 */
const reSticky = (source: string) => new RegExp(source, 'uy');

/**
 * Where the words of a text start, by word, and where its numbers start: every pattern here
 * begins with one of a few words or a number, so it is tried only there (a scan of the whole
 * text by a pattern that opens with an optional group or a look-behind tries every position).
 * Only the words the patterns ask about are recorded (see {@link VOCABULARY}).
 */
class WordStarts {
  private readonly byWord = new Map<string, number[]>();
  /** Answers of `of`, by the word list asked about (the patterns' lists are constants). */
  private readonly unions = new Map<readonly string[], number[]>();
  readonly digits: number[] = [];
  constructor(private readonly low: string) {
    let i = 0;
    while (i < low.length) {
      const c = low.charCodeAt(i);
      if (c >= 48 && c <= 57) {
        if (i === 0 || !isDigitCode(low.charCodeAt(i - 1))) this.digits.push(i);
        i++;
      } else if (isLetterCode(c)) {
        let j = i + 1;
        while (j < low.length && isLetterCode(low.charCodeAt(j))) j++;
        // most words are none the patterns ask about: their first two letters tell, without a slice
        if (j - i === 1 ? VOCABULARY_SINGLES.has(c) : VOCABULARY_PAIRS.has(c * 0x10000 + low.charCodeAt(i + 1))) {
          const w = low.slice(i, j);
          if (VOCABULARY.has(w)) {
            const list = this.byWord.get(w);
            if (list) list.push(i);
            else this.byWord.set(w, [i]);
          }
        }
        i = j;
      } else i++;
    }
  }
  /** Starts of `word`, ascending. */
  private starts(word: string): readonly number[] {
    if (VOCABULARY.has(word)) return this.byWord.get(word) ?? [];
    // a word no pattern asked about before: found by a scan, and recorded from now on
    learnWord(word);
    const list: number[] = [];
    for (let i = 0; i < this.low.length;) {
      if (!isLetterCode(this.low.charCodeAt(i))) { i++; continue; }
      let j = i + 1;
      while (j < this.low.length && isLetterCode(this.low.charCodeAt(j))) j++;
      if (j - i === word.length && this.low.startsWith(word, i)) list.push(i);
      i = j;
    }
    this.byWord.set(word, list);
    return list;
  }
  /** True when `word` (lower-case letters) is one of the text's words. */
  has(word: string): boolean {
    return this.starts(word).length > 0;
  }
  /** Sorted starts of any of `words` (and of numbers, with `'#'` among them). */
  of(words: readonly string[]): readonly number[] {
    let out = this.unions.get(words);
    if (!out) {
      const all: number[] = [];
      let lists = 0;
      for (const w of words) {
        const list = w === '#' ? this.digits : this.starts(w);
        if (list.length) lists++;
        for (const i of list) all.push(i);
      }
      // each word's starts are ascending and two words never start at one place
      if (lists > 1) all.sort((a, b) => a - b);
      out = all.filter((i, k) => k === 0 || i !== all[k - 1]);
      this.unions.set(words, out);
    }
    return out;
  }
}

/**
 * The words the patterns ask {@link WordStarts} about (`of`, `has`): recorded as they are first
 * asked, so a text's other words are skipped; with their first two code units (or the one unit
 * of a one-letter word), which rule out most other words without slicing them.
 */
const VOCABULARY = new Set<string>();
const VOCABULARY_PAIRS = new Set<number>();
const VOCABULARY_SINGLES = new Set<number>();
function learnWord(word: string): void {
  VOCABULARY.add(word);
  if (word.length === 1) VOCABULARY_SINGLES.add(word.charCodeAt(0));
  else VOCABULARY_PAIRS.add(word.charCodeAt(0) * 0x10000 + word.charCodeAt(1));
}
const isDigitCode = (c: number) => c >= 48 && c <= 57;
/** Letters of the scripts news text uses (Latin with Vietnamese diacritics and combining marks). */
const isLetterCode = (c: number) =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 0xaa || c === 0xb5 || c === 0xba || (c >= 0xc0 && c <= 0x2af && c !== 0xd7 && c !== 0xf7) || (c >= 0x300 && c <= 0x4ff) || (c >= 0x1e00 && c <= 0x1eff);

/**
 * `text.matchAll(r)`, tried only at `starts` (ascending) with `r` sticky: the same matches
 * whenever every match of `r` begins at one of them.
 */
function matchAt(text: string, r: RegExp, starts: readonly number[]): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let next = 0;
  for (const q of starts) {
    if (q < next) continue;
    r.lastIndex = q;
    const m = r.exec(text);
    if (m && m[0].length) {
      next = q + m[0].length;
      out.push(m);
    }
  }
  return out;
}

/** First words of the date words that may open a calendar date (POD, WEEKDAY, DAYWORD), and numbers. */
const PREFIX_STARTS = ['rạng', 'sáng', 'trưa', 'chiều', 'tối', 'đêm', 'khuya', 'nửa', 'thứ', 'chủ', 'ngày', 'hôm', 'mùng', 'mồng', '#'];
const PART_WORDS = ['đầu', 'giữa', 'cuối'];
/** First words of a month (pattern 6) and of a year (pattern 7). */
const MONTH_STARTS = [...PART_WORDS, 'tháng'];
const YEAR_STARTS = [...PART_WORDS, 'năm'];
const POD_STARTS = ['rạng', 'sáng', 'trưa', 'chiều', 'tối', 'đêm', 'khuya', 'nửa'];
const AMOUNT_STARTS = ['#', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười', 'vài', 'mấy'];

/** Lowercases without changing the length (a character whose lowercase is longer is kept). */
function lowerSameLength(text: string): string {
  const low = text.toLowerCase();
  if (low.length === text.length) return low;
  let out = '';
  for (const ch of text) { const l = ch.toLowerCase(); out += l.length === ch.length ? l : ch; }
  return out;
}
const lower = (s: string | undefined) => (s ?? '').toLowerCase().replace(/\s+/g, ' ');

/** True when day/month form an existing date (29 Feb is allowed when the year is unknown). */
export function isValidDayMonth(day: number, month: number, year?: number): boolean {
  // An unknown year is taken as a leap year (2000), so that 29 Feb stays possible.
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year ?? 2000, month);
}

/** Reads a weekday out of a prefix such as `sáng thứ Hai (`; undefined when there is none. */
function weekdayOf(prefix: string): number | undefined {
  const p = lower(prefix);
  if (/chủ nhật/.test(p)) return 0;
  const m = /thứ (hai|ba|tư|năm|sáu|bảy|[2-7])/.exec(p);
  return m ? WEEKDAY_NUM[m[1]] : undefined;
}

/** Adds the optional suffix information (relative year, tense, zone) captured by a pattern. */
function suffixInfo(relYear: string | undefined, tense: string | undefined, zone: string | undefined): Partial<Candidate> {
  const out: Partial<Candidate> = {};
  if (relYear && /^cùng/iu.test(relYear)) {
    out.relation = 'same-year';
    out.anchor = 'previous';
  } else if (relYear) {
    out.relation = REL_YEAR_RELATION[lower(relYear).split(/\s+/u)[1]];
    out.anchor = 'document';
  }
  if (tense) out.tense = /qua/.test(lower(tense)) ? 'past' : 'future';
  if (zone) out.zone = zone.trim();
  return out;
}

/** Pattern scanners; each gives candidates, overlaps are settled afterwards (longest wins). */
/** The calendar patterns, compiled once (sticky: tried only where a date can begin). */
const CALENDAR_0 = reSticky(`${PREFIX}${NL}${D}([/.\\-])${D}\\3${YEAR}${NR}${ZONE}?`);
const CALENDAR_1 = reSticky(`${PREFIX}${NL}${D}${RANGE_SEP}(?:ngày\\s+)?${D}([/.\\-])${D}(?:\\4${YEAR})?${NR}${REL_YEAR}?${TENSE_AFTER}?${ZONE}?`);
const CALENDAR_2 = reSticky(`${PREFIX}${NL}${D}([/.])${D}(?:\\3${YEAR})?${RANGE_SEP}(?:ngày\\s+)?${D}\\3${D}(?:\\3${YEAR})?${NR}${TENSE_AFTER}?${ZONE}?`);
const CALENDAR_3 = reSticky(`${PREFIX}${NL}${D}([/.\\-])${D}${NR}(?:\\s+năm\\s+${YEAR}${NR})?${REL_YEAR}?${TENSE_AFTER}?${ZONE}?`);
const CALENDAR_4 = reSticky(`${PREFIX}${NL}${D}\\s+tháng\\s+${D}${NR}(?:\\s*(?:năm|,)\\s*${YEAR}${NR})?${REL_YEAR}?${TENSE_AFTER}?${ZONE}?`);
// ("tháng 6/2021", "tháng 6-2021", "tháng 6.2021", "tháng 6 năm 2021")
const CALENDAR_5 = reSticky(`(?:${WL}${PART}\\s+)?${WL}tháng\\s+${D}(?:(?:\\s*[/-]\\s*|\\.|\\s+năm\\s+)${YEAR})?${NR}${REL_YEAR}?${TENSE_AFTER}?`);
const CALENDAR_6 = reSticky(`(?:${WL}${PART}\\s+(?:năm\\s+)?|${WL}năm\\s+)${NL}${YEAR}(?:\\s*(?:-|–|đến)\\s*${YEAR})?${NR}${TENSE_AFTER}?`);

/** "… theo lịch Chính thống giáo", "… Chính thống giáo": a feast of the Julian calendar, kept by the Orthodox churches. */
const ORTHODOX = String.raw`\s+(?:của\s+|theo\s+(?:lịch\s+)?)?(?:chính thống giáo|chính thống|lịch julius|lịch julian|lịch cũ)(?!\p{L})`;

/**
 * Days named by their occasion, the same every year: "ngày đầu năm mới" (1/1), "đêm Giáng sinh"
 * (24/12), "lễ Giáng sinh" (25/12), "đêm giao thừa năm mới" (31/12); the Orthodox Christmas Eve
 * and Christmas ("lễ Giáng sinh theo lịch Chính thống giáo": 6/1, 7/1). Movable feasts (Easter,
 * Lunar New Year) are not: their day differs by year.
 */
const NAMED_DAYS: ReadonlyArray<readonly [RegExp, number, number]> = [
  [/(?:ngày|hôm)\s+đầu\s+(?:tiên\s+(?:của\s+)?)?năm\s+mới(?!\p{L})/gu, 1, 1],
  [new RegExp(String.raw`đêm\s+(?:giáng sinh|noel)(?!\p{L})(?!${ORTHODOX})`, 'gu'), 24, 12],
  [new RegExp(String.raw`(?:ngày|lễ)\s+(?:giáng sinh|noel)(?!\p{L})(?!${ORTHODOX})`, 'gu'), 25, 12],
  [new RegExp(String.raw`đêm\s+(?:giáng sinh|noel)(?=${ORTHODOX})`, 'gu'), 6, 1],
  [new RegExp(String.raw`(?:ngày|lễ)\s+(?:giáng sinh|noel)(?=${ORTHODOX})`, 'gu'), 7, 1],
  [/đêm\s+giao\s+thừa\s+(?:năm\s+mới|dương\s+lịch)(?!\p{L})/gu, 31, 12],
];

/** A year after a named day: "năm ngoái", "năm nay", "năm 2015". */
const NAMED_DAY_YEAR = /^\s+(?:(năm\s+(?:ngoái|trước|nay))|năm\s+(\d{4}))(?!\p{L}|\d)/u;

/** Pushes the named days of `text` (lower-cased) onto `out`. */
function namedDayCandidates(text: string, out: Candidate[]): void {
  if (!text.includes('năm mới') && !text.includes('giáng sinh') && !text.includes('noel')) return;
  for (const [re, day, month] of NAMED_DAYS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      // "ngày Giáng sinh năm ngoái", "lễ Giáng sinh năm 2015": the year said after it
      const after = NAMED_DAY_YEAR.exec(text.slice(m.index + m[0].length));
      const year = after?.[2] ? +after[2] : undefined;
      out.push({ kind: 'calendar', start: m.index, end: m.index + m[0].length + (after?.[0].length ?? 0), day, month, ...(year !== undefined ? { year } : after ? suffixInfo(after[1], undefined, undefined) : {}) });
    }
  }
}

/** "hai ngày, ", "2 ngày (": a duration's "ngày" then a comma or bracket, at the start of a candidate. */
const DURATION_DAY = /^ngày\s*[,(]\s*/u;
const AMOUNT_BEFORE = /(?:^|[^\p{L}\d])(?:\d+|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|vài|mấy)\s+$/u;
/**
 * "Trước đó hai ngày, hôm 10/9": the "ngày" of a duration is no day word of the date after it
 * (taken in, the date would lose to the longer "Trước đó hai ngày" it overlaps).
 */
function dropDurationWord(text: string, c: Candidate): void {
  const word = DURATION_DAY.exec(text.slice(c.start, c.end));
  if (word && AMOUNT_BEFORE.test(text.slice(Math.max(0, c.start - 12), c.start))) c.start += word[0].length;
}

/** Pushes the calendar candidates of `text` onto `out`. */
function calendarCandidates(text: string, words: WordStarts, out: Candidate[]): void {
  // Every calendar shape has a number in it.
  if (!words.digits.length) return;
  const prefixed = words.of(PREFIX_STARTS);
  // 1) full numeric date: 5/9/2013, 1.9.2021, 14-02-2022 (one separator throughout)
  for (const m of matchAt(text, CALENDAR_0, prefixed)) {
    const [day, month, year] = [+m[2], +m[4], +m[5]];
    if (!isValidDayMonth(day, month, year)) continue;
    out.push({ kind: 'calendar', start: m.index, end: m.index + m[0].length, day, month, year, weekday: weekdayOf(m[1]), ...suffixInfo(undefined, undefined, m[6]) });
  }
  // 2) day range within one month: 15-16/11, 15 và 16/11, 15-16.11.2015
  for (const m of matchAt(text, CALENDAR_1, prefixed)) {
    const [day, endDay, month] = [+m[2], +m[3], +m[5]];
    const year = m[6] ? +m[6] : undefined;
    if (!(day < endDay) || !isValidDayMonth(day, month, year) || !isValidDayMonth(endDay, month, year)) continue;
    if (!allowBare(text, m.index, m[1], m[4], year, Boolean(m[7]), true)) continue;
    out.push({ kind: 'calendar', start: m.index, end: m.index + m[0].length, day, month, year, endDay, endMonth: month, endYear: year, ...suffixInfo(m[7], m[8], m[9]) });
  }
  // 3) range across months: 30/11 - 12/12/2015, từ 28/6 đến 1/7
  for (const m of matchAt(text, CALENDAR_2, prefixed)) {
    const [day, month, endDay, endMonth] = [+m[2], +m[4], +m[6], +m[7]];
    // ("30/12/2015 - 2/1": a span over New Year with only its first year written ends the year after)
    const endYear = m[8] ? +m[8] : m[5] && (endMonth < month || (endMonth === month && endDay < day)) ? +m[5] + 1 : undefined;
    const year = m[5] ? +m[5] : endYear !== undefined && endMonth < month ? endYear - 1 : endYear;
    if (!isValidDayMonth(day, month, year) || !isValidDayMonth(endDay, endMonth, endYear)) continue;
    if (month === endMonth && (m[5] ?? m[8]) === undefined) continue; // same month: pattern 2's job
    // "hôm 10/2 và ngày 9/9", "27/4 và 26/5": two days listed, not a span (a span joined by "và"
    // runs over a month's end: "30/11 và 1/12")
    if (/và/u.test(m[0]) && !(endMonth === (month % 12) + 1 && endDay <= 3 && day >= 27)) continue;
    if (!allowBare(text, m.index, m[1], m[3], year, false, true)) continue;
    out.push({ kind: 'calendar', start: m.index, end: m.index + m[0].length, day, month, year, endDay, endMonth, endYear: endYear ?? year, ...suffixInfo(undefined, m[9], m[10]) });
  }
  // 4) day/month: ngày 8/2, hôm 13/11, ngày 14.2, ngày 8-2, thứ Hai (8/2), 7/12 năm ngoái, 8/2 năm 2016
  for (const m of matchAt(text, CALENDAR_3, prefixed)) {
    const [day, month] = [+m[2], +m[4]];
    const year = m[5] ? +m[5] : undefined;
    if (!isValidDayMonth(day, month, year)) continue;
    if (!allowBare(text, m.index, m[1], m[3], year, Boolean(m[6]))) continue;
    // "ngày 1-2 lần" is "once or twice a day"
    if (m[3] !== '/' && UNIT_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 30))) continue;
    out.push({ kind: 'calendar', start: m.index, end: m.index + m[0].length, day, month, year, weekday: weekdayOf(m[1]), ...suffixInfo(m[6], m[7], m[8]) });
  }
  // 5) written out: ngày 8 tháng 2 năm 2016, ngày 8 tháng 2, 8 tháng 2 năm 2016
  for (const m of matchAt(text, CALENDAR_4, prefixed)) {
    const [day, month] = [+m[2], +m[3]];
    const year = m[4] ? +m[4] : undefined;
    if (!isValidDayMonth(day, month, year)) continue;
    if (!/ngày|hôm|mùng|mồng/i.test(m[1]) && year === undefined) continue; // "2 tháng 9 người" is not a date
    out.push({ kind: 'calendar', start: m.index, end: m.index + m[0].length, day, month, year, weekday: weekdayOf(m[1]), ...suffixInfo(m[5], m[6], m[7]) });
  }
  // 6) month: tháng 9, tháng 9/2016, tháng 9 năm 2016, cuối tháng 11, tháng 3 tới, tháng 9 năm ngoái
  for (const m of matchAt(text, CALENDAR_5, words.of(MONTH_STARTS))) {
    const month = +m[2];
    if (month < 1 || month > 12) continue;
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    // "2 tháng", "mỗi tháng 2 lần", "hàng tháng": durations and frequencies, not months
    // (not across a line: "… GMT+7\n\nTháng 3/2015, …" opens a paragraph with a month)
    if (!m[1] && /(?:\d|mỗi|hàng|hằng|vài|mấy|nhiều|các|những)[^\S\n]*$/u.test(before)) continue;
    if (UNIT_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 30))) continue;
    const year = m[3] ? +m[3] : undefined;
    const part = m[1] ? PARTS[lower(m[1]) as keyof typeof PARTS] : undefined;
    out.push({ kind: 'calendar', start: m.index, end: m.index + m[0].length, month, year, part, ...suffixInfo(m[4], m[5], undefined) });
  }
  // 7) year: năm 2015, cuối năm 2015, đầu 2017, năm 2015-2016
  for (const m of matchAt(text, CALENDAR_6, words.of(YEAR_STARTS))) {
    const year = +m[2];
    const endYear = m[3] ? +m[3] : undefined;
    if (endYear !== undefined && endYear <= year) continue;
    const part = m[1] ? PARTS[lower(m[1]) as keyof typeof PARTS] : undefined;
    out.push({ kind: 'calendar', start: m.index, end: m.index + m[0].length, year, endYear, part, ...suffixInfo(undefined, m[4], undefined) });
  }
}

/**
 * A day/month without a year must be introduced by a date word, and the dotted form
 * (`14.2`, easily a decimal) needs a date word proper, not just a preposition.
 */
function allowBare(text: string, index: number, prefix: string, sep: string, year: number | undefined, relYear = false, range = false): boolean {
  if (year !== undefined) return true;
  if (prefix.trim()) return true;
  // "hôm qua 28.7", "tối qua (15/4)": the day yesterday or today was, told with it
  if (RELATIVE_DAY_BEFORE.test(text.slice(Math.max(0, index - 16), index))) return true;
  if (range && sep === '/') return true; // "15-16/11": the range shape itself is a date
  // ("nhân kỷ niệm 74 năm ngày giải phóng bán đảo Triều Tiên (15-8)": a day named, then its date in brackets)
  if (NAMED_DAY_BRACKETED.test(text.slice(Math.max(0, index - 60), index))) return true;
  if (sep !== '/') return false; // "14.2", "8-2" without a date word: a decimal, a score
  if (relYear) return true;
  return DATE_TRIGGER.test(text.slice(Math.max(0, index - 20), index))
    || NAMED_DAY_BEFORE.test(text.slice(Math.max(0, index - 45), index))
    || (DAY_APPOSITION_BEFORE.test(text.slice(Math.max(0, index - 60), index)) && /^\d{1,2}\/\d{1,2}\s*,/u.test(text.slice(index, index + 8)));
}

/** "ngày giải phóng bán đảo Triều Tiên (": a day named by what falls on it, its date opening in brackets. */
const NAMED_DAY_BRACKETED = /(?:^|[^\p{L}])ngày\s+\p{L}[^.;:()\d]{2,50}\(\s*$/u;
/** "hôm qua", "sáng nay" right before a day/month: its apposition. */
const RELATIVE_DAY_BEFORE = /(?:^|[^\p{L}])(?:hôm|sáng|trưa|chiều|tối|đêm)\s+(?:qua|nay)\s*\(?\s*$/iu;
/** A weekday on its own, matched on the original case ("thứ Hai", not "thứ hai" = "second"), or lower case after a time of day ("rạng sáng thứ bảy"). */
const WEEKDAY_ALONE_SOURCE = String.raw`${WORD_START}(?:(?:hôm|ngày|vào|sáng|trưa|chiều|tối|đêm)\s+)?(thứ\s+(Hai|Ba|Tư|Năm|Sáu|Bảy)|Thứ\s+(?:Hai|Ba|Tư|Năm|Sáu|Bảy|hai|ba|tư|năm|sáu|bảy)|(?<=(?:[Hh]ôm|[Ss]áng|[Tt]rưa|[Cc]hiều|[Tt]ối|[Đđ]êm|[Vv]ào|(?:[Tt]rong|[Vv]ào)\s+ngày)\s+)thứ\s+(?:hai|ba|tư|năm|sáu|bảy)(?!\s+(?:của|liên tiếp|kể từ|sau|trong))|Chủ\s+nhật|chủ\s+nhật)(?:\s+(tuần\s+(?:trước|qua|này|tới|sau)))?${WORD_END}`;

const notCounted = String.raw`(?<!(?:\d|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|vài|mấy|những|các|nhiều)\s+)`;
/** A count in digits or words, up to the tens ("Mười một ngày sau" is eleven days, not one). */
const amount = String.raw`(\d{1,3}|(?:hai|ba|bốn|năm)\s+mươi(?:\s+(?:mốt|hai|ba|tư|bốn|lăm|sáu|bảy|tám|chín))?|mười(?:\s+(?:một|hai|ba|bốn|lăm|năm|sáu|bảy|tám|chín))?|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|vài|mấy)`;
/** Units after "mười" or "mươi": "mốt" and "lăm" are one and five there. */
const UNIT_WORDS: Record<string, number> = { ...COUNT_WORDS, mốt: 1, lăm: 5, tư: 4 };
/** The value of a count `amount` matched ("12", "mười một" = 11, "hai mươi lăm" = 25, "vài" = 2). */
function num(s: string): number {
  if (/^\d+$/.test(s)) return +s;
  const words = lower(s).split(/\s+/u);
  if (words.length === 1) return NUMBER_WORDS[words[0]];
  const tens = words[0] === 'mười' ? 1 : COUNT_WORDS[words[0]];
  const ones = words[0] === 'mười' ? words[1] : words[2];
  return tens * 10 + (ones ? UNIT_WORDS[ones] : 0);
}
/** The relative patterns, compiled once (sticky: tried only where their first word starts). */
const RELATIVE_0 = reSticky(`${WL}(?:hôm|${POD})\\s+qua${WR}`);
const RELATIVE_1 = reSticky(`${WL}hôm\\s+kia${WR}`);
const RELATIVE_2 = reSticky(`${WL}(?:hôm|${POD})\\s+nay${WR}`);
const RELATIVE_3 = reSticky(`${WL}(?:ngày|${POD})\\s+mai${WR}`);
/**
 * "Cuộc gặp diễn ra cùng ngày Hạ viện mở phiên điều trần …": the same day as another event told
 * after it, no day of its own (and not the day told before).
 */
const NOT_SAME_DAY_AS = String.raw`(?!(?<=(?:diễn\s+ra|xảy\s+ra|rơi\s+vào)\s+cùng\s+ngày)\s+(?!(?:hôm|đó|này)(?!\p{L}))\p{L})`;
// ("Quyết định được đưa ra đúng ngày Ngoại trưởng … hội đàm …": a decision just told, and another event on its day)
const RELATIVE_4 = reSticky(`${WL}(?:${POD}\\s+)?cùng\\s+ngày${WR}(?!\\s*\\d)${NOT_SAME_DAY_AS}|${WL}(?:ngay\\s+trong\\s+(?:đêm|ngày)(?:\\s+(?:đó|hôm\\s+đó))?|(?:(?:ngay\\s+)?trong\\s+)?${POD}\\s+(?:đó|hôm\\s+đó)|(?:(?:ngay\\s+)?trong\\s+)?ngày\\s+hôm\\s+đó|trong\\s+ngày\\s+(?:đó|này)|cũng\\s+trong\\s+(?:ngày(?:\\s+đầu\\s+tiên)?|đêm)(?=\\s*,)|vào\\s+(?:chính\\s+)?ngày\\s+(?:đó|này|hôm\\s+đó)|hôm\\s+đó|nhân\\s+dịp\\s+(?:này|đó)|ngay\\s+sau\\s+đó|(?:trước|sau)\\s+đó\\s+(?:trong|cùng)\\s+ngày|(?:trước|sau)\\s+đó\\s+(?:trong\\s+)?(?:buổi\\s+)?${POD}|cùng\\s+(?:tối|đêm|chiều|sáng|trưa)|(?<=được\\s+(?:đưa ra|công bố|thông qua|ký|ban hành)\\s+)đúng\\s+ngày)${WR}(?!\\s*(?:\\d|mai|qua|nay|năm\\s|hôm\\s+(?:sau|trước)))`);
const RELATIVE_5 = reSticky(`${WL}(?:(?:${POD}\\s+)?(?:ngày\\s+)?hôm\\s+sau|(?:một\\s+)?ngày\\s+sau\\s+đó)${WR}`);
const RELATIVE_6 = reSticky(`${WL}(?:(?:ngày\\s+)?hôm\\s+trước|(?:một\\s+)?ngày\\s+trước\\s+đó)${WR}`);
const RELATIVE_7 = reSticky(`(?:${WL}${amount}\\s+(giờ|tiếng|ngày|tuần|tháng|năm)\\s+)?${WL}trước\\s+đó${WR}`);
/** "Cũng trong tháng đó", "cùng tháng", "vào tháng ấy": the month the text told last. */
// ("… vào cuối tháng đó": the part of the month just told)
const RELATIVE_SAME_MONTH = reSticky(`${WL}(?:(?:trong|vào)\\s+tháng\\s+(?:đó|ấy)|cùng\\s+tháng(?:\\s+(?:đó|ấy))?|(?:đầu|giữa|cuối)\\s+tháng\\s+(?:đó|ấy))${WR}(?!\\s*\\d)`);
const RELATIVE_8 = reSticky(`(?:${WL}${amount}\\s+(giờ|tiếng|ngày|tuần|tháng|năm)\\s+)?${WL}sau\\s+đó${WR}`);
const RELATIVE_9 = reSticky(`${WL}(trước|sau)\\s+đó\\s+${amount}\\s+(giờ|tiếng|ngày|tuần|tháng|năm)${WR}`);
const RELATIVE_10 = reSticky(`${WL}(?:ít|vài|mấy|\\d{1,2})\\s+(?:phút|giờ|tiếng)\\s+sau(?=\\s*,|\\s+khi\\s+(?:ông|bà|họ|đoàn)\\s+(?:vừa\\s+)?rời(?!\\p{L}))`);
// ("Ông Castro tới New York từ hôm 24/9 và hai ngày sau đã phát biểu …": a second verb of the sentence, counted from its first)
// ("Hôm 20/8, bà tới Moskva hội đàm với …, hai ngày sau thăm Kiev và gặp …": after a comma, right before the next verb)
// ("… gặp Quốc vương Salman … hôm 16/10, rồi tới Ankara hội kiến ông Erdogan một ngày sau.": closing a clause joined on, counted from the day before it)
const RELATIVE_11_JOINED = reSticky(`(?<=\\svà\\s+(?:chỉ\\s+)?)${amount}\\s+(ngày|tuần|tháng)\\s+sau(?=\\s+(?:đã|thì|lại|mới)\\s)|(?<=(?:,\\s*rồi|\\svà\\s+sau\\s+đó)\\s[^,.;:]{3,80}\\s)${amount}\\s+(ngày|tuần)\\s+sau(?=\\s*[.;]|\\s*$)|(?<=,\\s*(?:chỉ\\s+)?)${amount}\\s+(ngày|tuần|tháng)\\s+sau(?=\\s+(?:(?:đã|lại)\\s+)?(?:thăm|tới|đến|sang|bay|gặp|hội đàm|điện đàm|tiếp|dự)\\s)`);
// ("Hai ngày sau bầu cử, …" opening a sentence: after the event just told, named in a few words before the comma)
const RELATIVE_11 = reSticky(`${WL}${amount}\\s+(giờ|tiếng|ngày|tuần|tháng)\\s+sau(?=\\s*,|(?<=(?:^|[.!?…]\\s+|\\n)[\\s"“(]*(?:chỉ\\s+)?(?:\\S+\\s+){2,3}sau)\\s+(?!khi\\s)(?:[^\\s,.;:\\d]+\\s+){0,3}[^\\s,.;:\\d]+\\s*,)`);
// ("một năm trước Cách mạng Hồi giáo": years or months before something else, not before the day of writing; "một ngày trước lễ duyệt binh" is mostly the story's own event)
// (days before a summit, a vote or a visit are counted from it: "chỉ vài ngày trước thượng đỉnh G7")
const RELATIVE_12 = reSticky(`${WL}${amount}\\s+(ngày|tuần)\\s+trước(?!\\s*(?:khi|đó|đây))(?!\\s+(?:thềm\\s+)?(?:hội nghị|thượng đỉnh|cuộc bầu cử|bầu cử|chuyến thăm|cuộc gặp|cuộc hội đàm)(?!\\p{L}))${WR}|${WL}${amount}\\s+(tháng|năm)\\s+trước(?!\\s*(?:khi|đó|đây))${WR}(?=\\s*[,.;:)!?"”]|\\s*$|\\s+(?:đã|từng|vừa|mới|ông|bà|hai|các|khi|lúc|vào|tại|ở|và)(?!\\p{L}))`);
const RELATIVE_13 = reSticky(`${WL}${PART}\\s+(năm|tháng)(?!\\s*(?:\\d|ngoái|trước|rồi|nay|này|tới|sau|qua))${WR}`);
/** "Cuối năm đó", "đầu năm ấy": a part of the year just told. */
const RELATIVE_13_THAT_YEAR = reSticky(`${WL}${PART}\\s+năm\\s+(?:đó|ấy)${WR}`);
/** tuần/tháng/năm + trước/qua/này/tới…, optionally with đầu/giữa/cuối; the look-ahead on the unit word first. */
const PERIODS = ([
  ['tuần', 'trước|qua|rồi', 'last-week'], ['tuần', 'này', 'this-week'], ['tuần', 'tới|sau', 'next-week'],
  ['tháng', 'trước|qua|rồi', 'last-month'], ['tháng', 'này', 'this-month'], ['tháng', 'tới|sau', 'next-month'],
  ['năm', 'ngoái|trước|rồi', 'last-year'], ['năm', 'nay|này', 'this-year'], ['năm', 'tới|sau', 'next-year'],
] as Array<[string, string, TimeRelation]>).map(([unit, words, relation]) => ({
  unit, words, relation,
  pattern: reSticky(`(?:${WL}${PART}\\s+)?(?=${unit}\\s)${notCounted}${WL}${unit}\\s+(?:${words})(?!\\s*(?:khi|đó|đây|nữa))${WR}`),
}));
const WEEKDAY_ALONE = reSticky(WEEKDAY_ALONE_SOURCE);

/**
 * The relative patterns in the order they are tried. Each needs one of a few words (`need`:
 * every match has one of them as a whole word), checked first, which skips most regex scans;
 * it is then tried only where one of the words it can begin with (`first`) starts.
 */
interface RelativeRule {
  need: readonly string[];
  first: readonly string[];
  pattern: RegExp;
  make: (m: RegExpMatchArray) => Partial<Candidate> | null;
}
const RELATIVE_RULES: readonly RelativeRule[] = [
  { need: ['qua'], first: ['hôm', ...POD_STARTS], pattern: RELATIVE_0, make: () => ({ relation: 'yesterday' }) },
  { need: ['kia'], first: ['hôm'], pattern: RELATIVE_1, make: () => ({ relation: 'day-before-yesterday' }) },
  { need: ['nay'], first: ['hôm', ...POD_STARTS], pattern: RELATIVE_2, make: () => ({ relation: 'today' }) },
  { need: ['mai'], first: ['ngày', ...POD_STARTS], pattern: RELATIVE_3, make: () => ({ relation: 'tomorrow' }) },
  // ("Trước đó trong ngày, …", "Trước đó trong buổi sáng, …": earlier the same day)
  { need: ['cùng', 'trong', 'đó', 'này', 'đúng'], first: ['cùng', 'cũng', 'ngay', 'trong', 'ngày', 'hôm', 'vào', 'trước', 'sau', 'nhân', 'đúng', ...POD_STARTS], pattern: RELATIVE_4, make: () => ({ relation: 'same-day', anchor: 'previous' }) },
  { need: ['sau'], first: ['ngày', 'hôm', 'một', ...POD_STARTS], pattern: RELATIVE_5, make: () => ({ relation: 'next-day', anchor: 'previous' }) },
  { need: ['trước'], first: ['ngày', 'hôm', 'một'], pattern: RELATIVE_6, make: () => ({ relation: 'previous-day', anchor: 'previous' }) },
  // "Trước đó", "Vài giờ trước đó", "hai tuần trước đó"
  { need: ['trước'], first: [...AMOUNT_STARTS, 'trước'], pattern: RELATIVE_7, make: (m) =>
    ({ relation: 'before', anchor: 'previous', amount: m[1] ? num(m[1]) : undefined, unit: m[2] ? UNITS[lower(m[2])] : undefined }) },
  { need: ['tháng'], first: ['trong', 'vào', 'cùng', 'đầu', 'giữa', 'cuối'], pattern: RELATIVE_SAME_MONTH, make: () => ({ relation: 'same-month', anchor: 'previous' }) },
  { need: ['sau'], first: [...AMOUNT_STARTS, 'sau'], pattern: RELATIVE_8, make: (m) =>
    ({ relation: 'after', anchor: 'previous', amount: m[1] ? num(m[1]) : undefined, unit: m[2] ? UNITS[lower(m[2])] : undefined }) },
  // "Trước đó một ngày", "sau đó hai ngày": the amount after the anchor word
  { need: ['đó'], first: ['trước', 'sau'], pattern: RELATIVE_9, make: (m) =>
    ({ relation: lower(m[1]) === 'trước' ? 'before' : 'after', anchor: 'previous', amount: num(m[2]), unit: UNITS[lower(m[3])] }) },
  // "Chỉ ít phút sau, …", "vài giờ sau, …", "vài giờ sau khi ông rời đi, …": the same day as the event just told
  { need: ['sau'], first: ['ít', 'vài', 'mấy', '#'], pattern: RELATIVE_10, make: () =>
    ({ relation: 'after', anchor: 'previous', unit: 'hour' }) },
  // "Chỉ hai ngày sau, …": counted from the event just told (a comma closes the phrase)
  { need: ['sau'], first: AMOUNT_STARTS, pattern: RELATIVE_11, make: (m) =>
    ({ relation: 'after', anchor: 'previous', amount: num(m[1]), unit: UNITS[lower(m[2])] }) },
  { need: ['sau'], first: AMOUNT_STARTS, pattern: RELATIVE_11_JOINED, make: (m) =>
    ({ relation: 'after', anchor: 'previous', amount: num(m[1] ?? m[3] ?? m[5]), unit: UNITS[lower(m[2] ?? m[4] ?? m[6])] }) },
  // "3 ngày trước", "hai tuần trước": counted back from the document date
  { need: ['trước'], first: AMOUNT_STARTS, pattern: RELATIVE_12, make: (m) =>
    ({ relation: 'ago', amount: num(m[1] ?? m[3]), unit: UNITS[lower(m[2] ?? m[4])] }) },
  // tuần/tháng/năm + trước/qua/này/tới..., optionally with đầu/giữa/cuối
  ...PERIODS.map(({ unit, words, relation, pattern }): RelativeRule => ({ need: words.split('|'), first: [...PART_WORDS, unit], pattern, make: (m) =>
    ({ relation, part: m[1] ? PARTS[lower(m[1]) as keyof typeof PARTS] : undefined }) })),
  // "giữa năm", "cuối tháng" on their own: of the current year / month
  { need: ['đầu', 'giữa', 'cuối'], first: PART_WORDS, pattern: RELATIVE_13_THAT_YEAR, make: (m) =>
    ({ relation: 'same-year', anchor: 'previous', part: PARTS[lower(m[1]) as keyof typeof PARTS] }) },
  { need: ['đầu', 'giữa', 'cuối'], first: PART_WORDS, pattern: RELATIVE_13, make: (m) =>
    ({ relation: lower(m[2]) === 'năm' ? 'this-year' : 'this-month', part: PARTS[lower(m[1]) as keyof typeof PARTS] }) },
];
/** Words a weekday on its own may begin with. */
const WEEKDAY_STARTS = ['hôm', 'ngày', 'vào', 'sáng', 'trưa', 'chiều', 'tối', 'đêm', 'thứ', 'chủ'];

/** Pushes the relative candidates of `text` (its lower-cased copy; `original` as written) onto `out`. */
function relativeCandidates(text: string, original: string, words: WordStarts, out: Candidate[]): void {
  for (const { need, first, pattern, make } of RELATIVE_RULES) {
    if (!need.some((w) => words.has(w))) continue;
    for (const m of matchAt(text, pattern, words.of(first))) {
      const info = make(m);
      if (info) out.push({ kind: 'relative', anchor: 'document', ...info, start: m.index!, end: m.index! + m[0].length } as Candidate);
    }
  }
  // a weekday on its own: "hôm thứ Hai", "vào Chủ nhật", "thứ Sáu tuần trước"; capitalised (lowercase "thứ ba" is "third")
  if (!text.includes('thứ') && !text.includes('chủ')) return;
  for (const m of matchAt(original, WEEKDAY_ALONE, words.of(WEEKDAY_STARTS))) {
    const head = m[0].slice(0, m[0].length - m[1].length - (m[3] ? m[3].length + 1 : 0));
    if (!head.trim() && /(?:lần|người|nước|hạng|vị trí|thế hệ|lượt|vòng)\s*$/iu.test(text.slice(Math.max(0, m.index - 10), m.index))) continue;
    const week = m[3] ? lower(m[3]) : '';
    out.push({
      kind: 'relative', anchor: 'document', relation: 'weekday', weekday: weekdayOf(m[1]) ?? 0,
      ...(week ? { unit: 'week' as const, amount: /trước|qua/.test(week) ? -1 : /này/.test(week) ? 0 : 1 } : {}),
      start: m.index, end: m.index + m[0].length,
    });
  }
}

/** Past-tense cue right before an expression ("hồi tháng 1", "hồi cuối năm 2015"). */
function tenseBefore(text: string, start: number): 'past' | 'future' | undefined {
  const before = text.slice(Math.max(0, start - 12), start);
  if (/(?:^|[^\p{L}])(?:hồi|kể từ)\s*$/iu.test(before)) return 'past';
  // ("… lợi thế trước cuộc bầu cử ngày 2/3": a vote the story stands before, still ahead)
  if (BEFORE_VOTE.test(text.slice(Math.max(0, start - 80), start))) return 'future';
  // ("Hai bên cũng nhất trí tổ chức hội đàm chữ thập đỏ vào đầu tháng 9": the day of what was agreed on, still ahead)
  if (AGREED_ON_BEFORE.test(text.slice(Math.max(0, start - 80), start))) return 'future';
  // ("người dân nước này sẽ đi bỏ phiếu vào ngày 23/6": the day of what will be done)
  if (WILL_ON_BEFORE.test(text.slice(Math.max(0, start - 60), start))) return 'future';
  return undefined;
}
/** "sẽ đi bỏ phiếu vào ", "dự kiến diễn ra vào ": a verb of what is still to come, right before its day. */
const WILL_ON_BEFORE = /(?:^|[^\p{L}])(?:sẽ|dự kiến|sắp)\s[^.!?\n,;]{0,40}?\svào\s*$/iu;
/** "nhất trí tổ chức hội đàm chữ thập đỏ vào ", "đồng ý gặp lại vào ": what was agreed on, right before its day. */
const AGREED_ON_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])${AGREED_ON}(?:tổ chức|tiến hành|nối lại|gặp lại|gặp nhau|gặp|hội đàm)\s[^.!?\n,;]{0,60}$`, 'iu');
/** "trước cuộc trưng cầu ý dân ngày 23/6", "trước thềm cuộc bầu cử 8/11": a vote the story stands before, right before its day. */
export const BEFORE_VOTE = new RegExp(String.raw`(?:^|[^\p{L}])trước\s+(?:thềm\s+)?(?:cuộc|kỳ)\s+(?:${VOTE_NOUNS})[^.!?\n,;]{0,40}$`, 'iu');

/**
 * Finds the time expressions of a text.
 * @param text any text (a sentence or a whole article)
 * @returns expressions sorted by `start`, non-overlapping (the longest reading wins);
 *   numbers that are not dates (`12.000`, `Su-24`, `24 giờ`, `2 tháng`, `1,5 tỷ`) yield nothing.
 */
export function findTimeExpressions(text: string): TimeExpression[] {
  // The pipeline asks about the same sentence several times (dates, summits, the document
  // date): remember the latest answers. Results are shared, so callers must not mutate them.
  const hit = CACHE.get(text);
  if (hit) return hit;
  const found = scan(text);
  if (CACHE.size >= CACHE_SIZE) CACHE.delete(CACHE.keys().next().value!);
  CACHE.set(text, found);
  return found;
}

const CACHE_SIZE = 512;
const CACHE = new Map<string, TimeExpression[]>();

/**
 * Forgets remembered answers. The pipeline calls it once per article, so the cache only
 * serves repeats within an article (and a benchmark of repeated articles measures real work).
 */
export function clearTimeExpressionCache(): void {
  CACHE.clear();
}

function scan(text: string): TimeExpression[] {
  const low = lowerSameLength(text);
  const words = new WordStarts(low);
  const candidates: Candidate[] = [];
  calendarCandidates(low, words, candidates);
  for (const c of candidates) dropDurationWord(low, c);
  namedDayCandidates(low, candidates);
  relativeCandidates(low, text, words, candidates);
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken: Candidate[] = [];
  for (const c of candidates) {
    if (taken.some((t) => c.start < t.end && t.start < c.end)) continue;
    taken.push(c);
  }
  return taken
    .sort((a, b) => a.start - b.start)
    .map((c) => {
      let { start, end } = c;
      // trim trailing separators the prefix may have swallowed, close "thứ Hai (8/2"
      while (end > start && /[\s,(]/.test(text[end - 1])) end--;
      let body = text.slice(start, end);
      if (body.includes('(') && !body.includes(')') && text[end] === ')') body = text.slice(start, ++end);
      const expr: TimeExpression = { ...c, text: body, start, end };
      // "chiều 15/12 tới Nagato": "tới" before a name is the verb "go to", not "coming"
      const goTo = /\s+tới$/u.exec(body);
      if (goTo && expr.tense === 'future' && /^\s+\p{Lu}/u.test(text.slice(end))) {
        expr.end = end - goTo[0].length;
        expr.text = body.slice(0, goTo.index);
        delete expr.tense;
      }
      // the zone was read from the lowercased copy: take its original spelling
      if (expr.zone) expr.zone = /\(([^()]*)\)\s*$/u.exec(body)?.[1].trim() ?? expr.zone;
      if (!expr.tense) {
        const t = tenseBefore(text, start);
        if (t) expr.tense = t;
      }
      // the same keys in the same order, without the undefined ones (a copy: \`delete\` would leave a slow object)
      const out = {} as Record<string, unknown>;
      for (const key of Object.keys(expr) as Array<keyof TimeExpression>) if (expr[key] !== undefined) out[key] = expr[key];
      return out as unknown as TimeExpression;
    });
}
