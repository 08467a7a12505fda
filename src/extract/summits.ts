/**
 * Well-known recurring summits (G20, G7, APEC, ASEAN, East Asia Summit, NATO, COP, BRICS, SCO, the
 * Summit of the Americas) and where
 * a Vietnamese news text mentions one. The gazetteer (`knowledge/summits.json`) is general
 * knowledge with a source per entry; this module only matches a series name, then ranks that
 * series' summits by the cues around the mention: host city, host country, ordinal
 * (`COP21`, `lần thứ 21`), year, and month/day mentions that fall on the summit's dates.
 */
import data from './knowledge/summits.json' with { type: 'json' };
import { findTimeExpressions, type TimeExpression } from './time-expressions.js';
import { WORD_CLASS, WORD_END, escapeRegExp } from './word-chars.js';

/** Summit series covered. */
export type SummitSeries = 'G20' | 'G7' | 'APEC' | 'ASEAN' | 'EAS' | 'NATO' | 'COP' | 'BRICS' | 'SCO' | 'Americas' | 'TICAD';

/** One summit of the gazetteer. */
export interface Summit {
  series: SummitSeries;
  /** Number in its series where it has one (COP21 → 21, "Hội nghị Cấp cao ASEAN lần thứ 27"). */
  ordinal?: number;
  year: number;
  /** First and last day of the leaders' meeting, ISO, inclusive. */
  start: string;
  end: string;
  /** Host city in English. */
  city: string;
  /** Spellings of the city (and venue area) met in Vietnamese text. */
  cityVi?: string[];
  /** ISO 3166-1 alpha-2 code of the host country. */
  country: string;
  /** Held by video conference. */
  virtual?: boolean;
  /** Announced but not held. */
  cancelled?: boolean;
  note?: string;
  /** Where the facts come from (Wikipedia article URL). */
  source: string;
}

/** A summit a text may be talking about, with how well the surrounding cues fit it. */
export interface SummitMention {
  summit: Summit;
  /** Span of the series mention (`G-20`, `COP21`, `Hội nghị lần thứ 21 các Bên`). */
  start: number;
  end: number;
  text: string;
  /** Sum of cue weights (see {@link CUE_WEIGHTS}); higher is more certain. */
  score: number;
  /** Which cues matched, e.g. `['city', 'month']`, for explanations. */
  cues: string[];
}

/** Every summit of the gazetteer. */
export const SUMMITS: readonly Summit[] = data.summits as Summit[];

/** The known summit an event mention names (by series and first day: a series may meet twice a year), if any. */
export function knownSummit(ref: { series: string; start: string }): Summit | undefined {
  return SUMMITS.find((s) => s.series === ref.series && s.start === ref.start);
}

const BY_SERIES = new Map<string, Summit[]>();
for (const s of SUMMITS) BY_SERIES.set(s.series, [...(BY_SERIES.get(s.series) ?? []), s]);
/** How titles name a series' summit: "G20 summit" / "Hội nghị thượng đỉnh G20"; the Summit of the Americas by its own name. */
export function seriesSummitName(series: string): { en: string; vi: string } {
  return series === 'Americas' ? { en: 'Summit of the Americas', vi: 'Hội nghị thượng đỉnh châu Mỹ' } : { en: `${series} summit`, vi: `Hội nghị thượng đỉnh ${series}` };
}
/** Vietnamese and English names of the host countries, by ISO code. */
export const HOST_COUNTRY_NAMES: Readonly<Record<string, string[]>> = data.countries;

/** Weights of the cues; a series name alone scores 0 and is not returned. */
export const CUE_WEIGHTS = { ordinal: 5, city: 4, country: 2, year: 3, month: 2, day: 3 } as const;

const WL = String.raw`(?<![${WORD_CLASS}\-])`;
const WR = WORD_END;
/** A summit word must be close for series whose acronym is used for much else (NATO, ASEAN). */
const SUMMIT_WORD = /hội nghị|thượng đỉnh|cấp cao|summit/iu;
/** "Các nhà lãnh đạo 29 nước thành viên NATO … họp tại …", "Lãnh đạo các nước SCO hôm nay ký …, khép lại hội nghị thượng đỉnh": the series' leaders met, a summit word far from the series. */
const LEADERS_OF = /(?:nhà lãnh đạo|nguyên thủ|lãnh đạo)\s+(?:(?:của\s+)?(?:các|\d+)\s+(?:nước|nền kinh tế)(?:\s+thành viên)?\s+)?$/iu;
const LEADERS_MET = /^[^.;]{0,40}?\s(?:nhóm\s+)?họp(?!\p{L})|^[^.;]{0,100}?\s(?:hội nghị thượng đỉnh|thượng đỉnh|hội nghị cấp cao)(?!\p{L})/iu;

/**
 * A series name pattern; `needles` are strings one of which each of its matches contains (case as
 * written), or, for a case-insensitive pattern, `needle` finds what each of its matches contains.
 */
interface SeriesPattern { series: SummitSeries; re: RegExp; needsSummitWord: boolean; ordinalGroup?: number; needles: string[]; needle?: RegExp }
const SERIES_PATTERNS: SeriesPattern[] = [
  { series: 'G20', re: new RegExp(`${WL}G-?20${WR}`, 'gu'), needsSummitWord: false, needles: ['G20', 'G-20'] },
  { series: 'G7', re: new RegExp(`${WL}G-?[78]${WR}`, 'gu'), needsSummitWord: false, needles: ['G7', 'G-7', 'G8', 'G-8'] },
  { series: 'APEC', re: new RegExp(`${WL}APEC${WR}`, 'gu'), needsSummitWord: false, needles: ['APEC'] },
  { series: 'BRICS', re: new RegExp(`${WL}BRICS${WR}`, 'gu'), needsSummitWord: true, needles: ['BRICS'] },
  { series: 'SCO', re: new RegExp(`${WL}(?:SCO|Tổ chức Hợp tác Thượng Hải)${WR}`, 'gu'), needsSummitWord: true, needles: ['SCO', 'Hợp tác Thượng Hải'] },
  { series: 'EAS', re: new RegExp(`${WL}(?:EAS|[Cc]ấp cao Đông Á|East Asia Summit)${WR}`, 'gu'), needsSummitWord: false, needles: ['EAS', 'ấp cao Đông Á', 'East Asia Summit'] },
  // "Hội nghị thượng đỉnh châu Mỹ", "Thượng đỉnh châu Mỹ": the summit word is part of the name
  { series: 'Americas', re: new RegExp(`${WL}(?:[Tt]hượng đỉnh|[Cc]ấp cao) [Cc]hâu Mỹ${WR}(?!\\s*[-–])|Summit of the Americas`, 'gu'), needsSummitWord: false, needles: ['hâu Mỹ', 'Summit of the Americas'] },
  // "ASEAN-Mỹ", "ASEAN+3": summits with partners, not the ASEAN Summit itself
  { series: 'ASEAN', re: new RegExp(`${WL}ASEAN${WR}(?!\\s*[-–+]\\s*\\p{Lu})`, 'gu'), needsSummitWord: true, needles: ['ASEAN'] },
  { series: 'NATO', re: new RegExp(`${WL}NATO${WR}`, 'gu'), needsSummitWord: true, needles: ['NATO'] },
  { series: 'COP', re: new RegExp(`${WL}COP\\s?-?(\\d{1,2})${WR}`, 'gu'), needsSummitWord: false, ordinalGroup: 1, needles: ['COP'] },
  // "TICAD 8", "TICAD-7", "Hội nghị quốc tế Tokyo về Phát triển châu Phi (TICAD)": Japan's conference with Africa's leaders
  // ("TICAD VI": numbered in Roman too)
  { series: 'TICAD', re: new RegExp(`${WL}TICAD(?:\\s?-?(\\d|VIII|VII|VI|IV|V))?${WR}|Hội nghị [Qq]uốc tế Tokyo về [Pp]hát triển [Cc]hâu Phi`, 'gu'), needsSummitWord: false, ordinalGroup: 1, needles: ['TICAD', 'Tokyo về'] },
  // the long form: "Hội nghị lần thứ 21 các Bên tham gia Công ước khung ... về Biến đổi khí hậu"
  { series: 'COP', re: /Hội nghị lần thứ (\d{1,2}) (?:của )?các Bên(?=[^.\n]{0,120}khí hậu)/giu, needsSummitWord: false, ordinalGroup: 1, needles: ['lần thứ'], needle: /lần thứ/iu },
];

/** Roman ordinals a series is numbered by ("TICAD VI"). */
const ROMAN: Readonly<Record<string, number>> = { IV: 4, V: 5, VI: 6, VII: 7, VIII: 8 };

/** Finds any of the case-sensitive patterns' needles (a text without one names no summit series). */
const ANY_NEEDLE = new RegExp(SERIES_PATTERNS.filter((p) => !p.needle).flatMap((p) => p.needles).map(escapeRegExp).join('|'), 'u');

const WORD_CHAR = /[\p{L}\p{N}_]/u;
/** True when `name` occurs in `text` as a whole word (plain search: cheaper than a regex per name). */
function containsName(text: string, name: string): boolean {
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
    const before = text[i - 1] ?? ' ';
    const after = text[i + name.length] ?? ' ';
    if (!WORD_CHAR.test(before) && before !== '-' && !WORD_CHAR.test(after)) return true;
  }
  return false;
}

/** The end of a sentence after a mention, and the last one before it (see {@link cueWindow}). */
// (the look-ahead for the stop first: the look-behinds, slow to try at every place, are tried only at a stop)
const SENTENCE_STOP = /(?=[.!?])(?<=[\p{Ll}\d]{2}|\p{Ll}\)|["”])[.!?](?=\s+\p{Lu}|\s*$)|\n/u;
const LAST_SENTENCE_STOP = /(?=[.!?])(?<=[\p{Ll}\d]{2})[.!?]\s+\p{Lu}[^.!?]*$/u;

/** The stretch of text a mention's cues are read from: its sentence, bounded to a window. */
function cueWindow(text: string, start: number, end: number): { before: string; after: string; offset: number } {
  const left = Math.max(0, start - 80);
  const right = Math.min(text.length, end + 100);
  let before = text.slice(left, start);
  let after = text.slice(end, right);
  // stay inside the sentence: a cue in the next sentence is about something else
  // (a period after a capitalised abbreviation such as "St. Petersburg" does not end it)
  const cut = after.search(SENTENCE_STOP);
  if (cut >= 0) after = after.slice(0, cut);
  const lastStop = Math.max(before.lastIndexOf('\n'), before.search(LAST_SENTENCE_STOP));
  if (lastStop >= 0) before = before.slice(lastStop + 1);
  return { before, after, offset: start - before.length };
}

const dayNum = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
/** {@link dayNum} of the ISO date of `day`/`month` in `year`, without writing it out (NaN where `Date.parse` gives NaN). */
const dayNumOf = (year: number, month: number, day: number) =>
  month >= 1 && month <= 12 && day >= 1 && day <= 31 ? Date.UTC(year, month - 1, day) / 86_400_000 : NaN;

/** What {@link scoreSummit} reads of each summit of the gazetteer, worked out once. */
const FACTS = new Map(SUMMITS.map((s) => [s, {
  cities: [s.city, ...(s.cityVi ?? [])],
  startMonth: +s.start.slice(5, 7),
  endMonth: +s.end.slice(5, 7),
  startDay: dayNum(s.start),
  endDay: dayNum(s.end),
}]));

/** "Thái Lan, nước giữ chức chủ tịch APEC năm nay", "Indonesia, chủ nhà G20": a country named as the series' chair or host just before it. */
const HOST_BEFORE = /(?:chủ tịch|chủ nhà|đăng cai)(?:\s+luân phiên)?(?:\s+(?:của|các|hội nghị|hội nghị cấp cao|hội nghị thượng đỉnh))*\s*$/iu;

/** What a mention's window says whatever the summit: an ordinal "lần thứ N" after it, the years in it, the words before it naming its host. */
interface MentionCues { ordinal: RegExpExecArray | null; years: number[]; hostBefore: string }
const mentionCues = (before: string, around: string, after: string): MentionCues => ({
  ordinal: /lần thứ (\d{1,2})/u.exec(after),
  years: [...around.matchAll(/(?<![\p{L}\p{N}_\-/.])((?:19|20)\d{2})(?![\p{N}])/gu)].map((m) => +m[1]),
  hostBefore: HOST_BEFORE.test(before) ? before.slice(-70) : '',
});

/** Scores one summit against the cues around a mention. */
function scoreSummit(s: Summit, around: string, after: string, ordinal: number | undefined, dates: TimeExpression[], cue: MentionCues): { score: number; cues: string[] } {
  const cues: string[] = [];
  let score = 0;
  if (ordinal !== undefined) {
    if (s.ordinal !== ordinal) return { score: -1, cues };
    score += CUE_WEIGHTS.ordinal; cues.push('ordinal');
  } else {
    const ord = cue.ordinal;
    if (ord && s.ordinal !== undefined) {
      if (+ord[1] !== s.ordinal) return { score: -1, cues };
      score += CUE_WEIGHTS.ordinal; cues.push('ordinal');
    }
  }
  const facts = FACTS.get(s)!;
  if (facts.cities.some((c) => containsName(around, c))) { score += CUE_WEIGHTS.city; cues.push('city'); }
  // host country only after the series name ("G20 tại Trung Quốc"): before it, a country is usually a leader's,
  // unless named its chair or host ("Thái Lan, nước giữ chức chủ tịch APEC")
  if ((HOST_COUNTRY_NAMES[s.country] ?? []).some((c) => containsName(after, c) || containsName(cue.hostBefore, c))) { score += CUE_WEIGHTS.country; cues.push('country'); }
  const years = cue.years;
  if (years.includes(s.year)) { score += CUE_WEIGHTS.year; cues.push('year'); }
  // "Hội nghị các nhà lãnh đạo ASEAN tại Jakarta hôm 24/4/2021": a meeting dated in another year is not this one
  else if (dates.some((e) => e.kind === 'calendar' && e.month !== undefined && e.year !== undefined && e.year !== s.year && e.endYear === undefined)) return { score: -1, cues };
  const { startMonth: sm, endMonth: em } = facts;
  let dayHit = false;
  let monthHit = false;
  for (const e of dates) {
    if (e.kind !== 'calendar' || e.month === undefined) continue;
    if (e.year !== undefined && e.year !== s.year) continue;
    if (e.day !== undefined) {
      // a stated day within two days of the summit (side meetings, arrivals)
      const d = dayNumOf(s.year, e.month, e.day);
      if (d >= facts.startDay - 2 && d <= facts.endDay + 2) dayHit = true;
    } else if (e.month >= sm && e.month <= em) monthHit = true;
  }
  if (dayHit) { score += CUE_WEIGHTS.day; cues.push('day'); } else if (monthHit) { score += CUE_WEIGHTS.month; cues.push('month'); }
  return { score, cues };
}

/**
 * Finds mentions of well-known summits.
 * @param text a sentence or a whole article
 * @param options.includeUncued also return, with score 0, every summit of a series named
 *   without any cue (by default a bare "G20" yields nothing, since it fits a dozen summits)
 * @returns one item per (mention, candidate summit) with a positive score, ordered by mention
 *   then by score (best first); several candidates for one mention are ties to be settled by
 *   other evidence (e.g. "APEC tại Lima, Peru" fits 2016 and 2024).
 */
export function findSummitMentions(text: string, options: { includeUncued?: boolean } = {}): SummitMention[] {
  // the document date and the summit context ask about the same article text: remember the answer
  const cache = options.includeUncued ? MENTIONS_CACHE[1] : MENTIONS_CACHE[0];
  const hit = cache.get(text);
  if (hit) return hit;
  const found = summitMentions(text, options);
  if (cache.size >= 64) cache.delete(cache.keys().next().value!);
  cache.set(text, found);
  return found;
}
/** Recent answers of {@link findSummitMentions} (without, with uncued candidates); callers must not mutate them. */
const MENTIONS_CACHE = [new Map<string, SummitMention[]>(), new Map<string, SummitMention[]>()] as const;

/** Forgets remembered answers (the pipeline calls it once per article, like the time-expression cache). */
export function clearSummitCache(): void {
  for (const c of MENTIONS_CACHE) c.clear();
}

/** Words right before a series name that make it a ministers' or officials' meeting of the series. */
/** ", Ngoại trưởng …", ", hai bộ trưởng …" right after a mention: the ministers whose meeting it was. */
const MINISTERS_AFTER = /^\s*\)?\s*(?:\([^()]{1,12}\)\s*)?,\s*(?:hai\s+|các\s+)?(?:Ngoại trưởng|ngoại trưởng|Bộ trưởng|bộ trưởng)(?!\p{L})/u;
/** Words that put a meeting at the leaders' level. */
const LEADERS_LEVEL = /cấp cao|thượng đỉnh|summit|nguyên thủ/iu;
const MINISTERIAL_BEFORE = /(?:Bộ trưởng|Ngoại trưởng|Thứ trưởng|quan chức cao cấp|Thống đốc|SOM)[^,.;:()]{0,30}$/iu;

/** Words right before a series name that make it a forum about the region ("Diễn đàn … về", "WEF", "Kinh doanh và Đầu tư"). */
const FORUM_BEFORE = /(?:Diễn đàn|Kinh tế [Tt]hế giới|Kinh doanh và Đầu tư|Doanh nghiệp)(?:(?![Hh]ội nghị|\svà\s)[^,.;:()]){0,50}$|WEF\s+$/u;

/** "đặc biệt", "bất thường", "khẩn cấp" right before or after a series name: an extraordinary summit of it. */
const SPECIAL_BEFORE = /(?:đặc biệt|bất thường|khẩn cấp)\s+$/u;
const SPECIAL_AFTER = /^(?:\s*\+\s*\d)?\s+(?:đặc biệt|bất thường|khẩn cấp)(?!\p{L})/u;
/** " dự Hội nghị Cấp cao đặc biệt ASEAN - Hoa Kỳ": the summit word after the series, then the series with a partner (group 1). */
const PARTNER_SUMMIT_AFTER = /^[^.;]{0,40}?(?:[Hh]ội nghị|[Tt]hượng đỉnh|[Cc]ấp cao)(?:\s+(?:[Cc]ấp cao|[Tt]hượng đỉnh|đặc biệt|kỷ niệm|lần thứ \S+))*\s+(\S+)\s*[-–+]\s*\p{Lu}/u;
/** A known summit's note that makes it an extraordinary one. */
const EXTRAORDINARY = /extraordinary|special|emergency/i;

/** "Chủ tịch (luân phiên) " right before a series name: the chair's title, not a summit told. */
const CHAIR_TITLE_BEFORE = /[Cc]hủ tịch\s+(?:luân phiên\s+)?$/u;

function summitMentions(text: string, options: { includeUncued?: boolean }): SummitMention[] {
  // most sentences name no series at all: one scan tells
  if (!ANY_NEEDLE.test(text) && !SERIES_PATTERNS.some((p) => p.needle?.test(text))) return [];
  const out: SummitMention[] = [];
  const seen: Array<{ start: number; end: number }> = [];
  let allDates: TimeExpression[] | undefined; // found once, on the first mention
  for (const p of SERIES_PATTERNS) {
    if (!(p.needle ? p.needle.test(text) : p.needles.some((n) => text.includes(n)))) continue;
    // (an exec loop on the pattern itself: `matchAll` would clone it for every text)
    p.re.lastIndex = 0;
    for (let m = p.re.exec(text); m; m = p.re.exec(text)) {
      if (!m[0]) p.re.lastIndex++;
      const start = m.index;
      const end = start + m[0].length;
      if (seen.some((s) => start < s.end && s.start < end)) continue;
      const { before, after, offset } = cueWindow(text, start, end);
      if (p.needsSummitWord && !SUMMIT_WORD.test(before.slice(-40) + after.slice(0, 40)) && !(LEADERS_OF.test(before.slice(-50)) && LEADERS_MET.test(after))) continue;
      seen.push({ start, end });
      // "Hội nghị Bộ trưởng Ngoại giao G20 tại Bali": a ministers' meeting, not the leaders' summit
      if (MINISTERIAL_BEFORE.test(before.slice(-45))) continue;
      // ("bên lề hội nghị Tổ chức Hợp tác Thượng Hải (SCO), Ngoại trưởng Ấn Độ và Trung Quốc …": a plain "hội nghị" its ministers attend)
      if (MINISTERS_AFTER.test(after.slice(0, 60)) && !LEADERS_LEVEL.test(before.slice(-40) + m[0] + after.slice(0, 20))) continue;
      // "Diễn đàn Kinh tế thế giới về ASEAN (WEF ASEAN 2018)", "Hội nghị Thượng đỉnh Kinh doanh và Đầu tư ASEAN": a forum of the series' region, not its leaders' summit
      if (FORUM_BEFORE.test(before.slice(-60))) continue;
      // ("… lãnh đạo các nước ASEAN dự Hội nghị Cấp cao đặc biệt ASEAN - Hoa Kỳ": the series' members, at a summit with a partner)
      if (PARTNER_SUMMIT_AFTER.exec(after.slice(0, 80))?.[1] === m[0]) continue;
      const ordinal = p.ordinalGroup && m[p.ordinalGroup] ? ROMAN[m[p.ordinalGroup]] ?? +m[p.ordinalGroup] : undefined;
      const around = `${before}${m[0]}${after}`;
      allDates ??= findTimeExpressions(text);
      const dates = allDates.filter((e) => e.start >= offset && e.end <= offset + around.length);
      const cue = mentionCues(before, around, after);
      // "Hội nghị Cấp cao đặc biệt ASEAN về ứng phó dịch COVID-19": an extraordinary summit, none of the series' regular ones
      const special = SPECIAL_BEFORE.test(before.slice(-20)) || SPECIAL_AFTER.test(after.slice(0, 20));
      for (const summit of BY_SERIES.get(p.series) ?? []) {
        if (special && !EXTRAORDINARY.test(summit.note ?? '')) continue;
        const fit = scoreSummit(summit, around, after, ordinal, dates, cue);
        const { cues } = fit;
        // (and a mention not told as one is likelier the regular summit: "Hội nghị G20 … Riyadh" in 2020 is November's, not March's extraordinary one)
        const score = !special && fit.score > 0 && EXTRAORDINARY.test(summit.note ?? '') ? fit.score - 1 : fit.score;
        if (score > 0 || (score === 0 && options.includeUncued)) out.push({ summit, start, end, text: m[0], score, cues });
      }
    }
  }
  // one description repeated in brackets ("Hội nghị lần thứ 21 các Bên … (COP21)") is one mention
  // (not a chair's title before the summit told, "Trong năm Chủ tịch ASEAN 2020, Việt Nam đã chủ trì Hội nghị Cấp cao ASEAN lần thứ 36")
  const deduped = out.filter((a) => !out.some((b) => b !== a && b.summit === a.summit && b.start < a.start && a.start - b.end < 200 && !CHAIR_TITLE_BEFORE.test(text.slice(Math.max(0, b.start - 20), b.start))));
  // (summit days are ISO dates: plain comparison orders them as \`localeCompare\` would, much faster)
  return deduped.sort((a, b) => a.start - b.start || b.score - a.score || (a.summit.start < b.summit.start ? -1 : a.summit.start > b.summit.start ? 1 : 0));
}
