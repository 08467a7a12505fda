/**
 * The one door between the event logic and the temporal stage (time expressions, their
 * resolution, the document date, summit knowledge). Events ask this module only, so the
 * temporal stage can change shape without touching them.
 */
import { HORIZON_BEFORE, findTimeExpressions, type TimeExpression } from './time-expressions.js';
import { dayNumber, resolveTimeExpression, type ResolveAnchor, type ResolvedDate } from './resolve-date.js';
import { findSummitMentions, type Summit } from './summits.js';
import { inferDocumentDate } from './document-date.js';
import { PhraseIndex } from './phrase-index.js';
import { quotationEnd } from './quotes.js';

export type { ResolvedDate } from './resolve-date.js';

/** A time expression in a sentence and, when it can be told, its date. */
export interface DatedSpan {
  start: number;
  end: number;
  text: string;
  /** Reckoned from the previous event ("Cùng ngày", "Trước đó"). */
  relative: boolean;
  date: ResolvedDate | null;
}

/**
 * A sentence's opening `text.slice(0, end)` dated by an event already told ("Cùng ngày", "Tại
 * đây", "Sau cuộc điện đàm với ông Putin"): that event's date, anchored on it, no longer borrowed.
 */
export function toldDay(date: ResolvedDate, text: string, end: number): DatedSpan {
  return { start: 0, end, text: text.slice(0, end), relative: true, date: { ...date, anchoring: 'previous', borrowed: undefined } };
}

/** The date the article was published and why. */
export interface PublishedDate {
  published: string | null;
  publishedFrom: 'header' | 'inferred' | null;
  publishedBasis: string | null;
}

/** A well-known summit named in a sentence. */
export interface SummitMention {
  start: number;
  end: number;
  text: string;
  series: string;
  year: number;
  startDate: string;
  endDate: string;
  city: string | null;
  country: string | null;
}

/** Leader terms, as the document-date stage wants them. */
export interface LeaderTerms {
  name: string;
  aliases?: string[];
  terms: { role: string; country: string; from: string; to: string | null }[];
}

/** Leaders' names longer than three letters, indexed by first word, per gazetteer (built once per array). */
const nameIndexes = new WeakMap<readonly LeaderTerms[], PhraseIndex<LeaderTerms>>();
function nameIndex(leaders: readonly LeaderTerms[]): PhraseIndex<LeaderTerms> {
  let index = nameIndexes.get(leaders);
  if (!index) nameIndexes.set(leaders, (index = new PhraseIndex(leaders.flatMap((l) => [l.name, ...(l.aliases ?? [])].filter((n) => n.length > 3).map((n): [string, LeaderTerms] => [n, l])))));
  return index;
}

/**
 * The summits an article is about: per series, the one its mentions fit best over the whole
 * text, ties broken by the leaders the article names being in office at the time and by the
 * year of writing (`published`, ISO), when known.
 */
/** What being of the year of writing adds to a summit's fit. */
const YEAR_OF_WRITING = 2;

export function summitContext(text: string, leaders: readonly LeaderTerms[] = [], published: string | null = null): Map<string, Summit> {
  // the leaders named (as whole words) anywhere in the text, in one pass over it
  const found = new Set(nameIndex(leaders).findAll(text).map((m) => m.value));
  const named = leaders.filter((l) => found.has(l));
  const inOffice = (date: string) => named.filter((l) => l.terms.some((t) => t.from <= date && (!t.to || date <= t.to))).length;
  const best = new Map<string, { summit: Summit; score: number }>();
  for (const m of findSummitMentions(text)) {
    // (a summit of the year of writing is likelier the one told than the series' other years)
    const score = m.score + 2 * inOffice(m.summit.start) + (published && m.summit.year === +published.slice(0, 4) ? YEAR_OF_WRITING : 0);
    const had = best.get(m.summit.series);
    if (!had || score > had.score) best.set(m.summit.series, { summit: m.summit, score });
  }
  return new Map([...best].map(([k, v]) => [k, v.summit]));
}

/**
 * Date of publication, from `document-date.ts`: a header date, else inferred from summits,
 * explicit years and their tense, leaders' terms, `năm ngoái`, term-end countdowns and the
 * latest day/month, with the reasons in `publishedBasis`.
 */
export function inferPublished(text: string, leaders: readonly LeaderTerms[] = [], cleaned = false): PublishedDate {
  return inferDocumentDate(text, { leaders: leaders as LeaderTerms[], cleaned });
}

const FUTURE_RELATIONS = new Set<TimeExpression['relation']>(['tomorrow', 'next-week', 'next-month', 'next-year']);

/** Whether a month lies in the part of a year said ("đầu năm": January to April; none said: any). */
function inPart(month: number, part: TimeExpression['part']): boolean {
  return part === undefined || (part === 'early' ? month <= 4 : part === 'mid' ? month >= 4 && month <= 9 : month >= 9);
}

/** A relative expression is usable as an event date only when it names the same day. */
function usable(e: TimeExpression, d: ResolvedDate | null): ResolvedDate | null {
  if (!d) return null;
  // "vào tháng 1 tới", "ngày mai": news tells the past; a date still ahead dates no event told as held
  if (e.tense === 'future' || (e.relation !== undefined && FUTURE_RELATIONS.has(e.relation))) return null;
  if (d.qualifier === 'on-or-before' || d.qualifier === 'on-or-after') {
    // "Vài giờ trước đó": hours before the previous event is still its day.
    return e.unit === 'hour' ? { ...d, qualifier: undefined } : null;
  }
  if (d.qualifier === 'approximate') return null;
  return d;
}

/**
 * The time expressions of every sentence from one scan of the whole text (the document-date
 * stage scans the same text, so the scan is shared): offsets become sentence-relative.
 */
export function expressionsBySentence(text: string, sentences: readonly { start: number; end: number }[]): TimeExpression[][] {
  const all = findTimeExpressions(text);
  let i = 0;
  return sentences.map((s) => {
    while (i < all.length && all[i].start < s.start) i++;
    const out: TimeExpression[] = [];
    for (let j = i; j < all.length && all[j].start < s.end; j++) {
      if (all[j].end <= s.end) out.push({ ...all[j], start: all[j].start - s.start, end: all[j].end - s.start });
    }
    return out;
  });
}

/** "thỏa thuận hạt nhân Iran năm 2015", "Hiến pháp năm 1992": a document the year names. */
const NAMED_BY_YEAR = /(?:[Tt]hỏa thuận|[Hh]iệp định|[Hh]iệp ước|[Cc]ông ước|[Hh]iến pháp|[Nn]ghị quyết|[Tt]hông cáo|[Tt]uyên bố chung)(?:\s+[^\s,.;:]+){0,4}\s+$/u;

/** "quan hệ Đối tác chiến lược thiết lập ", "thành lập ": a tie or a body the year after it founded, not the time of what follows. */
const ESTABLISHED_BEFORE = /(?:^|\s)(?:thiết lập|thành lập|xác lập|ra đời)(?:\s+(?:từ|vào|hồi))?\s+$/u;

/** "từ ", "kể từ " right before a year or a day: the start of a span, not the time of what follows. */
export const SINCE_BEFORE = /(?:^|\s)(?:kể\s+)?từ\s+$/u;
/** "kể từ khi … ", "kể từ vụ xả súng … " (no comma since) before a year: the year that clause (or occasion) tells, a start. */
const SINCE_CLAUSE_BEFORE = /(?:^|\s)kể\s+từ\s+(?:khi|vụ|cuộc|sự kiện)\s[^,.;:]{0,80}$/u;
/** "…, một người … từng bị kết án vì … năm 1986, được mời …": a year of what someone once did, told of them in passing. */
const ONCE_CLAUSE_BEFORE = /(?:^|\s)từng\s+(?:bị|được|là|làm|giữ|có|tham gia|tham dự|tới|đến|sống|học|phục vụ)\s[^,.;:]{0,80}$/u;

/** What may stand between a day and the weekday restating it: ", đúng ", ", tức ", " (". */
const WEEKDAY_RESTATING = /^\s*[,(]?\s*(?:(?:đúng|tức|nhằm|là|vào)\s+)?(?:ngày\s+)?$/u;

/**
 * Time expressions in a sentence, resolved against the document date and the previous event.
 * `found` are the sentence's expressions when already known ({@link expressionsBySentence}).
 */
/** How many days after a day written out with its year a bare day of the same sentence may be and still be of that year. */
const SOON_AFTER_DAYS = 62;

export function findDates(sentence: string, context: ResolveAnchor, found?: TimeExpression[]): DatedSpan[] {
  // "Ngày 20/12, … tối hôm trước": a day named earlier in the same sentence is what the sentence counts from
  let stated: ResolvedDate | null = null;
  // "Năm 2015, Carter … ký … hôm 1/6": a year named earlier in the sentence is a bare day's year
  let year: number | undefined;
  // ("Hồi đầu năm 2018, cụ thể là ngày 1/1, …": a part of a year is the year of a bare day in that part)
  let yearPart: TimeExpression['part'];
  // "cuối tháng 6 năm ngoái, … hội đàm … ngày 28/6": a month named with its year earlier in the sentence is a bare day's of that month
  let monthOfYear: TimeExpression | undefined;
  // a month the sentence told, for a "cùng năm" after it
  let monthStated: ResolvedDate | null = null;
  // the last day the sentence wrote out with its year
  let fullDay: TimeExpression | undefined;
  const expressions = found ?? findTimeExpressions(sentence);
  const spans = expressions.map((e, i) => {
    // ("Hôm 9/4, đúng Chủ nhật Lễ Lá, …": a weekday restating the day just written is that day;
    // "Hôm 17/6, sau buổi cầu nguyện ngày thứ Sáu ở Istanbul, …": so is the weekday the day the sentence stated fell on)
    const before = expressions[i - 1];
    const restating = before?.kind === 'calendar' && before.day !== undefined && WEEKDAY_RESTATING.test(sentence.slice(before.end, e.start));
    const fellOn = e.unit === undefined && stated?.precision === 'day' && !stated.end && new Date(`${stated.start}T00:00:00Z`).getUTCDay() === e.weekday;
    if (e.relation === 'weekday' && stated && (restating || fellOn)) {
      return { start: e.start, end: e.end, text: e.text, relative: true, date: stated as ResolvedDate | null };
    }
    // ("khôi phục thỏa thuận hạt nhân Iran năm 2015 … từ ngày 29/11": a year naming a document is no day's year)
    if (e.kind === 'calendar' && e.year !== undefined && e.month === undefined && e.endYear === undefined) {
      // (nor one something has gone on since: "Ông Morales, cầm quyền từ năm 2006, tuyên bố từ chức hôm Chủ nhật (10/11)")
      // (nor the year of a "kể từ khi …" clause: '"… kể từ khi chúng ta khôi phục nền dân chủ" năm 1983 và tuyên bố ngày 2/9 là …',
      // nor of what someone "từng" did: "Atwal, … từng bị kết án vì âm mưu ám sát … năm 1986, được mời dự tiệc … tối 22/2")
      if (!NAMED_BY_YEAR.test(sentence.slice(Math.max(0, e.start - 50), e.start)) && !ESTABLISHED_BEFORE.test(sentence.slice(Math.max(0, e.start - 30), e.start)) && !SINCE_BEFORE.test(sentence.slice(Math.max(0, e.start - 8), e.start)) && !SINCE_CLAUSE_BEFORE.test(sentence.slice(Math.max(0, e.start - 90), e.start)) && !ONCE_CLAUSE_BEFORE.test(sentence.slice(Math.max(0, e.start - 90), e.start))) { year = e.year; yearPart = e.part; }
    }
    else if (e.kind === 'calendar' && e.month !== undefined && e.day === undefined && e.endMonth === undefined && (e.year !== undefined || e.relation === 'last-year')) monthOfYear = e;
    else if (monthOfYear && e.kind === 'calendar' && e.year === undefined && e.day !== undefined && e.month === monthOfYear.month && e.endMonth === undefined && !e.relation) {
      e = monthOfYear.year !== undefined ? { ...e, year: monthOfYear.year } : { ...e, relation: monthOfYear.relation, anchor: monthOfYear.anchor };
    } else if (e.kind === 'calendar' && e.year === undefined && e.month !== undefined && !e.relation && year !== undefined && inPart(e.month, yearPart)) e = { ...e, year, ...(e.endMonth !== undefined ? { endYear: year } : {}) };
    // ("… được ông Putin, ông Aliyev và ông Pashinyan ký ngày 9/11/2020 và có hiệu lực từ 0h ngày 10/11": a bare day soon after a day the
    // sentence wrote out with its year is of that year)
    if (fullDay && e.kind === 'calendar' && e.year === undefined && e.day !== undefined && e.month !== undefined && e.endMonth === undefined && !e.relation) {
      const gap = dayNumber(fullDay.year!, e.month, e.day) - dayNumber(fullDay.year!, fullDay.month!, fullDay.day!);
      if (gap >= 0 && gap <= SOON_AFTER_DAYS) e = { ...e, year: fullDay.year };
    }
    // (not the day commemorated: "kỷ niệm 70 năm … (18/1/1950), ngày 18/1, …" is this year's 18/1)
    if (e.kind === 'calendar' && e.year !== undefined && e.month !== undefined && e.day !== undefined && e.endYear === undefined && !ANNIVERSARY_SPAN.test(sentence.slice(Math.max(0, e.start - 120), e.start))) fullDay = e;
    // ("… hôm 8/7/2020, …, nhân dịp USMCA có hiệu lực từ ngày 1/7 cùng năm": the year of the day the sentence stated, not of the month told before it)
    // ("chuyến thăm … hồi tháng 6 năm ngoái, chuyến thăm … vào tháng 9 cùng năm": the year of the month the sentence told)
    const from = stated ?? (e.relation === 'same-year' ? monthStated : null);
    // ("Giữa tháng 8, … mở đường cho cuộc điện đàm … vào cuối tháng đó": the month the sentence told)
    const anchor = e.anchor === 'previous' && from ? { ...context, previous: from, ...(e.relation === 'same-year' ? { lastMonth: null } : {}) } : e.relation === 'same-month' && monthStated ? { ...context, lastMonth: monthStated } : context;
    // "ký Tuyên bố tầm nhìn … đến năm 2030": a year a plan or vision runs to dates no event
    const horizon = e.kind === 'calendar' && e.month === undefined && e.endYear === undefined && HORIZON_BEFORE.test(sentence.slice(Math.max(0, e.start - 30), e.start));
    const date = horizon ? null : usable(e, resolveTimeExpression(e, anchor));
    // ("Hai ngày sau, … xảy ra tối hôm trước": a relative day counts too)
    if (date?.precision === 'day' && !date.end) stated = date;
    if (date?.precision === 'month' && !date.end) monthStated = date;
    return { start: e.start, end: e.end, text: e.text, relative: e.kind === 'relative', date };
  });
  // '"Sáng nay, … Obama đã điện đàm …", phát ngôn viên … nói với báo giới hôm 7/10': a today in the words
  // quoted is the day they were said, when the sentence dates the saying after them
  spans.forEach((s, i) => {
    if (!s.relative || !SAID_TODAY.test(s.text)) return;
    const close = quotationEnd(sentence, s.start);
    const said = close < 0 ? undefined : spans.find((x) => x.start > close && !x.relative && x.date?.precision === 'day' && !x.date.end && SAID_AFTER_QUOTE.test(sentence.slice(close, x.start)));
    if (said) s.date = usable(expressions[i], resolveTimeExpression(expressions[i], { ...context, documentDate: said.date!.start }));
  });
  return spans;
}
/** Inside the brackets after "kỷ niệm N năm …": the dates of what is commemorated. */
export const ANNIVERSARY_SPAN = /kỷ niệm\s+\d+\s+năm[^.;()]{0,80}\([^)]*$/u;
/** "hôm nay", "sáng nay", "tối nay": in the words quoted, the day they were said. */
export const SAID_TODAY = /^(?:hôm|sáng|trưa|chiều|tối|đêm)\s+nay$/iu;
/** '", phát ngôn viên … nói với báo giới ': after a quotation, its saying, up to the day it names. */
const SAID_AFTER_QUOTE = /^["”]\s*,\s*[^.;"“”]{0,80}?(?:nói|cho biết|tuyên bố|khẳng định|thông báo)(?!\p{L})[^.;"“”]{0,40}?\s(?:(?:ngày|hôm)\s+)?$/u;

/**
 * Summits named in a sentence. A mention whose own sentence has cues (city, year, ordinal)
 * is read from them; a bare "Hội nghị APEC" is the article's APEC.
 */
export function findSummits(sentence: string, context: Map<string, Summit>): SummitMention[] {
  const out: SummitMention[] = [];
  const mentions = findSummitMentions(sentence, { includeUncued: true });
  const spans = new Map<string, typeof mentions>();
  for (const m of mentions) spans.set(`${m.start}:${m.end}`, [...(spans.get(`${m.start}:${m.end}`) ?? []), m]);
  for (const group of spans.values()) {
    const cued = group.filter((m) => m.score > 0).sort((a, b) => b.score - a.score);
    const ctx = context.get(group[0].summit.series);
    // (the article's own summit of the series, when its cues fall short of the best only by the lean against an
    // extraordinary one: "Đang ở Brussels dự hội nghị thượng đỉnh G7" in 2022 is March's, not the 2014 summit there)
    const ofArticle = cued.find((m) => m.summit === ctx && m.score >= cued[0].score - 1)?.summit;
    const pick = ofArticle ?? (cued.length && (cued.length === 1 || cued[0].score > cued[1].score) ? cued[0].summit
      : cued.find((m) => m.summit === ctx)?.summit ?? (cued.length ? null : ctx) ?? null);
    if (!pick) continue;
    const m = group[0];
    out.push({ start: m.start, end: m.end, text: m.text, series: pick.series, year: pick.year, startDate: pick.start, endDate: pick.end, city: pick.city, country: pick.country });
  }
  return out.sort((a, b) => a.start - b.start);
}
