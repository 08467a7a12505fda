/**
 * Honest dates: what stretch of time an event can occupy, given how precisely its date is known.
 * A day-precision event is a point (its day), a multi-day event a range, and a month- or
 * year-precision event a band across the whole month or year it could be in. Times are local
 * midnights, because the dates are calendar dates and are shown in the reader's calendar.
 */
import { isIsoDate, type DatePrecision, type TimelineEvent } from '../events-schema.js';
import { formatDate, type Lang } from './i18n.js';

/** How an event is drawn: a point, a range of days, or a band of uncertainty. */
export type SpanKind = 'point' | 'range' | 'band';

/** The [start, end) span of an event in epoch milliseconds, and how to draw it. */
export interface EventSpan {
  start: number;
  end: number;
  kind: SpanKind;
}

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Parses YYYY, YYYY-MM or YYYY-MM-DD (a date that exists) to its first local midnight, or null. */
export function parseIsoDate(iso: string): Date | null {
  const m = ISO.exec(iso);
  if (!m || !isIsoDate(iso)) return null;
  const d = new Date(Number(m[1]), m[2] ? Number(m[2]) - 1 : 0, m[3] ? Number(m[3]) : 1);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** The exclusive end of the calendar unit that an ISO string names (a day, a month or a year). */
function endOfIso(iso: string): Date | null {
  const d = parseIsoDate(iso);
  if (!d) return null;
  const parts = iso.split('-').length;
  if (parts === 3) return new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1);
  if (parts === 2) return new Date(d.getFullYear(), d.getMonth() + 1, 1);
  return new Date(d.getFullYear() + 1, 0, 1);
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
  const precision: DatePrecision = e.precision ?? 'day';
  const startIso = atPrecision(e.start, precision);
  const start = parseIsoDate(startIso);
  const endIso = e.end ? atPrecision(e.end, precision) : startIso;
  const end = endOfIso(endIso);
  if (!start || !end || end.getTime() <= start.getTime()) return null;
  const exact = precision === 'day' && startIso.length === 10;
  const kind: SpanKind = !exact ? 'band' : endIso === startIso ? 'point' : 'range';
  return { start: start.getTime(), end: end.getTime(), kind };
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
  return from === to ? from : `${from} – ${to}`;
}

/** Formats a Date as a day, e.g. for announcing the visible window. */
export function formatDay(d: Date, lang: Lang): string {
  return formatDate(d, DATE_FORMATS[lang].day);
}
