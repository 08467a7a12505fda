/**
 * Honest dates: what stretch of time an event can occupy, given how precisely its date is known.
 * A day-precision event is a point (its day), a multi-day event a range, and a month- or
 * year-precision event a band across the whole month or year it could be in. Times are local
 * midnights, because the dates are calendar dates and are shown in the reader's calendar.
 */
import { isoDateFields, type DatePrecision, type TimelineEvent } from '../events-schema.js';
import { formatDate, type Lang } from './i18n.js';

/** How an event is drawn: a point, a range of days, or a band of uncertainty. */
export type SpanKind = 'point' | 'range' | 'band';

/** The [start, end) span of an event in epoch milliseconds, and how to draw it. */
export interface EventSpan {
  start: number;
  end: number;
  kind: SpanKind;
}

/**
 * Parses YYYY, YYYY-MM or YYYY-MM-DD (a date that exists) to its first local midnight, or null.
 * Hand-rolled rather than a regex: it runs for every event of a 100,000-event document.
 */
export function parseIsoDate(iso: string): Date | null {
  const f = fields(iso);
  return f ? new Date(f[0], f[1] - 1, f[2]) : null;
}

/** The fields of a date the component can draw: `new Date(70, 0, 1)` is 1970, so years 0–99 are not. */
function fields(iso: string): [number, number, number] | null {
  const f = isoDateFields(iso);
  return f && f[0] >= 100 ? f : null;
}

// Local-time Date construction is slow (time-zone lookups) and a 100,000-event document has only
// a few thousand distinct dates: remember the [start, end) of each ISO string (bounded).
const unitCache = new Map<string, readonly [number, number] | null>();
function unitOf(iso: string): readonly [number, number] | null {
  let hit = unitCache.get(iso);
  if (hit === undefined) {
    if (unitCache.size > 50_000) unitCache.clear();
    const f = fields(iso);
    // The unit the string names: its day, its month or its year; `new Date` rolls over the end.
    const end = !f ? 0 : iso.length === 10 ? new Date(f[0], f[1] - 1, f[2] + 1) : iso.length === 7 ? new Date(f[0], f[1], 1) : new Date(f[0] + 1, 0, 1);
    unitCache.set(iso, (hit = f ? [new Date(f[0], f[1] - 1, f[2]).getTime(), +end] : null));
  }
  return hit;
}

/** Truncates an ISO date to what the precision claims ("2016-02-08" at month → "2016-02"). */
function atPrecision(iso: string, precision: DatePrecision): string {
  return precision === 'year' ? iso.slice(0, 4) : precision === 'month' ? iso.slice(0, 7) : iso;
}

/**
 * The span an event can occupy, or null when its dates cannot be read. The precision never
 * widens what the text says: a month-precision "2015-09" covers all of September.
 */
export function eventSpan(e: Pick<TimelineEvent, 'start' | 'end' | 'precision'>): EventSpan | null {
  return eventSpanInto(e, { start: 0, end: 0, kind: 'point' });
}

/** eventSpan written into `out` (returned), or null: no allocation, for loops over every event. */
export function eventSpanInto(e: Pick<TimelineEvent, 'start' | 'end' | 'precision'>, out: EventSpan): EventSpan | null {
  const precision: DatePrecision = e.precision ?? 'day';
  if (typeof e.start !== 'string' || (e.end != null && typeof e.end !== 'string')) return null;
  const startIso = atPrecision(e.start, precision);
  const endIso = e.end ? atPrecision(e.end, precision) : startIso;
  const first = unitOf(startIso), last = unitOf(endIso);
  if (!first || !last || last[1] <= first[0]) return null;
  const exact = precision === 'day' && startIso.length === 10;
  out.kind = !exact ? 'band' : endIso === startIso ? 'point' : 'range';
  out.start = first[0];
  out.end = last[1];
  return out;
}

const DATE_FORMATS: Record<Lang, Record<DatePrecision, string>> = {
  vi: { day: "d 'tháng' M 'năm' yyyy", month: "'tháng' M 'năm' yyyy", year: "'năm' yyyy" },
  en: { day: 'd MMMM yyyy', month: 'MMMM yyyy', year: 'yyyy' },
};

/** Formats one ISO date at a precision, e.g. "8 tháng 2 năm 2016" or "September 2015". */
export function formatIsoDate(iso: string, precision: DatePrecision, lang: Lang): string {
  const d = parseIsoDate(iso);
  if (!d) return iso;
  const p: DatePrecision = iso.length === 4 ? 'year' : iso.length === 7 && precision === 'day' ? 'month' : precision;
  return formatDate(d, DATE_FORMATS[lang][p]);
}

/**
 * The date of an event as precisely as it is known, in words: "8 tháng 2 năm 2016",
 * "8–9 February 2016", "September 2015". Never claims a day the text did not give.
 */
export function formatEventDate(e: Pick<TimelineEvent, 'start' | 'end' | 'precision'>, lang: Lang): string {
  const from = formatIsoDate(e.start, e.precision, lang);
  if (!e.end || e.end === e.start) return from;
  const to = formatIsoDate(e.end, e.precision, lang);
  if (from === to) return from;
  // Two days of one month read "15–16 November 2015"; of one year, "30 November – 2 December 2015".
  if (e.precision === 'day' && e.start.length === 10 && e.end.length === 10 && e.start.slice(0, 4) === e.end.slice(0, 4)) {
    const a = parseIsoDate(e.start), b = parseIsoDate(e.end);
    if (a && b) {
      if (e.start.slice(0, 7) === e.end.slice(0, 7)) return `${a.getDate()}–${to}`;
      return `${formatDate(a, lang === 'vi' ? "d 'tháng' M" : 'd MMMM')} – ${to}`;
    }
  }
  return `${from} – ${to}`;
}

/** Formats a Date as a day, e.g. for announcing the visible window. */
export function formatDay(d: Date, lang: Lang): string {
  return formatDate(d, DATE_FORMATS[lang].day);
}
