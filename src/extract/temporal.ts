/**
 * The one door between the event logic and the temporal stage (time expressions, their
 * resolution, the document date, summit knowledge). Events ask this module only, so the
 * temporal stage can change shape without touching them.
 */
import { findTimeExpressions, type TimeExpression } from './time-expressions.js';
import { resolveTimeExpression, type ResolvedDate } from './resolve-date.js';
import { findSummitMentions, type Summit } from './summits.js';

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

/**
 * The summits an article is about: per series, the one its mentions fit best over the whole
 * text, ties broken by the leaders the article names being in office at the time.
 */
export function summitContext(text: string, leaders: readonly LeaderTerms[] = []): Map<string, Summit> {
  const named = leaders.filter((l) => [l.name, ...(l.aliases ?? [])].some((n) => n.length > 3 && text.includes(n)));
  const inOffice = (date: string) => named.filter((l) => l.terms.some((t) => t.from <= date && (!t.to || date <= t.to))).length;
  const best = new Map<string, { summit: Summit; score: number }>();
  for (const m of findSummitMentions(text)) {
    const score = m.score + 2 * inOffice(m.summit.start);
    const had = best.get(m.summit.series);
    if (!had || score > had.score) best.set(m.summit.series, { summit: m.summit, score });
  }
  return new Map([...best].map(([k, v]) => [k, v.summit]));
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Date of publication: a header date ("14/02/2022 07:06 GMT+7"), else inferred from the
 * latest summit the article is about, else from explicit years ("năm ngoái" after a stated
 * year moves it on by one), else unknown.
 */
export function inferPublished(text: string, leaders: readonly LeaderTerms[] = []): PublishedDate {
  const header = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s+\d{1,2}:\d{2}/m.exec(text);
  if (header) {
    return { published: `${header[3]}-${pad(+header[2])}-${pad(+header[1])}`, publishedFrom: 'header', publishedBasis: null };
  }
  const summits = [...summitContext(text, leaders).values()].sort((a, b) => (a.end < b.end ? 1 : -1));
  if (summits.length) {
    const s = summits[0];
    return { published: s.end, publishedFrom: 'inferred', publishedBasis: `${s.series} ${s.city} took place ${s.start} to ${s.end}` };
  }
  const years = [...text.matchAll(/(?<!\p{L})năm\s+((?:19|20)\d{2})(?!\d)/gu)].map((m) => +m[1]);
  if (years.length && /năm ngoái/u.test(text)) {
    const y = Math.min(...years) + 1;
    return { published: String(y), publishedFrom: 'inferred', publishedBasis: `"năm ngoái" in a text that names ${y - 1} as past` };
  }
  return { published: null, publishedFrom: null, publishedBasis: null };
}

/** A relative expression is usable as an event date only when it names the same day. */
function usable(e: TimeExpression, d: ResolvedDate | null): ResolvedDate | null {
  if (!d) return null;
  if (d.qualifier === 'on-or-before' || d.qualifier === 'on-or-after') {
    // "Vài giờ trước đó": hours before the previous event is still its day.
    return e.unit === 'hour' ? { ...d, qualifier: undefined } : null;
  }
  if (d.qualifier === 'approximate') return null;
  return d;
}

/** Time expressions in a sentence, resolved against the document date and the previous event. */
export function findDates(sentence: string, context: { documentDate: string | null; previous: ResolvedDate | null }): DatedSpan[] {
  return findTimeExpressions(sentence).map((e) => ({
    start: e.start,
    end: e.end,
    text: e.text,
    relative: e.kind === 'relative',
    date: usable(e, resolveTimeExpression(e, context)),
  }));
}

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
    const pick = cued.length && (cued.length === 1 || cued[0].score > cued[1].score) ? cued[0].summit
      : cued.find((m) => m.summit === ctx)?.summit ?? (cued.length ? null : ctx) ?? null;
    if (!pick) continue;
    const m = group[0];
    out.push({ start: m.start, end: m.end, text: m.text, series: pick.series, year: pick.year, startDate: pick.start, endDate: pick.end, city: pick.city, country: pick.country });
  }
  return out.sort((a, b) => a.start - b.start);
}
