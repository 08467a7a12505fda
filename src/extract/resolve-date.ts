/**
 * Turns a {@link TimeExpression} into an ISO date (EVENT-SCHEMA: `YYYY-MM-DD`, `YYYY-MM`,
 * `YYYY`), using the document date for what the text leaves out and the previous dated event
 * for `Cùng ngày` / `Trước đó`. It never claims more precision than the text states and
 * never invents a year: without an anchor it returns null.
 */
import { isValidDayMonth, type TimeExpression } from './time-expressions.js';

/** A resolved date. */
export interface ResolvedDate {
  /** ISO start: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
  start: string;
  /** Inclusive ISO end, for ranges (`15-16/11`, `tuần trước`). */
  end?: string;
  /** How much of `start` the text states (`cuối năm 2015` is a year, with `part: 'late'`). */
  precision: 'day' | 'month' | 'year';
  /** `absolute`: the text states it all; otherwise what filled the gaps. */
  anchoring: 'absolute' | 'document' | 'previous';
  /** True when the year came from the news rule (a day/month without a year). */
  yearInferred: boolean;
  /** `đầu` / `giữa` / `cuối` of the month or year in `start`. */
  part?: 'early' | 'mid' | 'late';
  /**
   * How `start` relates to the real date when it is not the date itself: `Trước đó` gives
   * the previous event's date, `on-or-before`; `3 tuần trước` is `approximate`.
   */
  qualifier?: 'on-or-before' | 'on-or-after' | 'approximate';
  /**
   * Not stated by the text but lent by knowledge (a summit's known days for "bên lề Hội nghị
   * G20"): true to the event, but no anchor for a following "Cùng ngày".
   */
  borrowed?: boolean;
}

/** What a relative or year-less expression is resolved against. */
export interface ResolveAnchor {
  /** Document date (ISO, any precision), or null when unknown. */
  documentDate: string | null;
  /** The previous dated event in the text, for `Cùng ngày`, `Trước đó`. */
  previous: ResolvedDate | null;
  /** The month the text stated last, event or not, for `Cũng trong tháng đó` and `Tháng 11 cùng năm đó` (else the previous event's). */
  lastMonth?: ResolvedDate | null;
}

/**
 * Days a year-less date may lie after the document date and still be read in the document's
 * year: news reports the past, but also announces events a few days ahead.
 */
export const FUTURE_SLACK_DAYS = 7;

interface Ymd { y: number; m?: number; d?: number }

const pad = (n: number) => String(n).padStart(2, '0');
/** Formats a partial date as ISO at the precision it has. */
export function toIso({ y, m, d }: Ymd): string {
  return m === undefined ? String(y) : d === undefined ? `${y}-${pad(m)}` : `${y}-${pad(m)}-${pad(d)}`;
}
/** Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (a longer ISO timestamp is cut to its date). */
export function parseIso(iso: string): Ymd | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso);
  if (!m) return null;
  return { y: +m[1], m: m[2] ? +m[2] : undefined, d: m[3] ? +m[3] : undefined };
}
const precisionOf = (p: Ymd): ResolvedDate['precision'] => (p.m === undefined ? 'year' : p.d === undefined ? 'month' : 'day');
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const fromUtc = (t: Date): Ymd => ({ y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() });
const addDays = (p: Required<Ymd>, n: number): Required<Ymd> => fromUtc(utc(p.y, p.m, p.d + n)) as Required<Ymd>;
/** The ISO day `n` days after `iso` (before, for a negative `n`). */
export const isoAddDays = (iso: string, n: number): string => toIso(addDays(parseIso(iso) as Required<Ymd>, n));
const addMonths = (y: number, m: number, n: number) => ({ y: y + Math.floor((m - 1 + n) / 12), m: ((((m - 1 + n) % 12) + 12) % 12) + 1 });
/** The month `n` months after that of `iso` (`YYYY-MM`; before it when `n` is negative). */
export const isoAddMonths = (iso: string, n: number): string => { const { y, m } = addMonths(+iso.slice(0, 4), +iso.slice(5, 7), n); return `${y}-${String(m).padStart(2, '0')}`; };
/** Comparable day number of a full date. */
export const dayNumber = (y: number, m: number, d: number) => utc(y, m, d).getTime() / 86_400_000;
/** Day number of an ISO date; a month or a year counts from its first day. */
export const isoDayNumber = (iso: string) => dayNumber(+iso.slice(0, 4), +iso.slice(5, 7) || 1, +iso.slice(8, 10) || 1);

/**
 * Picks the year of a day/month (or month) stated without one, by the rule of news: the
 * document's year, unless that puts it after the document date (beyond a few days' slack),
 * then the year before. A `tense: 'future'` cue (`tháng 3 tới`) flips the rule.
 */
export function inferYear(month: number, day: number | undefined, doc: Ymd, tense?: 'past' | 'future'): number {
  if (doc.m === undefined) return doc.y;
  if (doc.d === undefined || day === undefined) {
    // month granularity: compare month with month
    if (tense === 'future') return month < doc.m ? doc.y + 1 : doc.y;
    return month > doc.m ? doc.y - 1 : doc.y;
  }
  const docDay = dayNumber(doc.y, doc.m, doc.d);
  const here = dayNumber(doc.y, month, day);
  if (tense === 'future') return here < docDay - FUTURE_SLACK_DAYS ? doc.y + 1 : doc.y;
  return here > docDay + FUTURE_SLACK_DAYS ? doc.y - 1 : doc.y;
}

/**
 * A weekday stated with the date (`thứ Bảy (7/2)`) settles the year when the news rule's
 * year does not fit it but the year before or after does.
 */
function weekdayYear(e: TimeExpression, year: number): number {
  if (e.weekday === undefined || e.day === undefined || e.month === undefined) return year;
  const fits = (y: number) => utc(y, e.month!, e.day!).getUTCDay() === e.weekday;
  return [year, year - 1, year + 1].find(fits) ?? year;
}

const YEAR_SHIFT: Partial<Record<string, number>> = { 'last-year': -1, 'this-year': 0, 'next-year': 1 };

function resolveCalendar(e: TimeExpression, doc: Ymd | null, anchor?: ResolveAnchor): ResolvedDate | null {
  const part = e.part ? { part: e.part } : {};
  let year = e.year;
  let anchoring: ResolvedDate['anchoring'] = 'absolute';
  let yearInferred = false;
  // "Tháng 11 cùng năm đó": the year of the month (or event) told last
  if (e.relation === 'same-year' && year === undefined) {
    const told = anchor?.lastMonth ?? anchor?.previous;
    if (!told) return null;
    year = +told.start.slice(0, 4);
    anchoring = 'previous';
    yearInferred = told.yearInferred;
  }
  if (year === undefined) {
    if (!doc) return null;
    const shift = e.relation ? YEAR_SHIFT[e.relation] : undefined;
    if (shift !== undefined) year = doc.y + shift;
    else if (e.month !== undefined) {
      year = weekdayYear(e, inferYear(e.month, e.day, doc, e.tense));
      yearInferred = true;
    } else return null;
    anchoring = 'document';
  }
  const start: Ymd = { y: year, m: e.month, d: e.month !== undefined ? e.day : undefined };
  // "29/2" read in a year that has no such day is no date
  if (start.m !== undefined && start.d !== undefined && !isValidDayMonth(start.d, start.m, year)) return null;
  const out: ResolvedDate = { start: toIso(start), precision: precisionOf(start), anchoring, yearInferred, ...part };
  if (e.endDay !== undefined || e.endMonth !== undefined || e.endYear !== undefined) {
    const endMonth = e.endMonth ?? e.month;
    let endYear = e.endYear ?? year;
    if (e.endYear === undefined && endMonth !== undefined && e.month !== undefined && endMonth < e.month) endYear = year + 1;
    out.end = toIso({ y: endYear, m: endMonth, d: endMonth !== undefined ? (e.endDay ?? e.day) : undefined });
  }
  return out;
}

const WEEK_DAYS = 7;

function resolveRelative(e: TimeExpression, anchor: ResolveAnchor, doc: Ymd | null): ResolvedDate | null {
  if (e.anchor === 'previous') {
    const prev = e.relation === 'same-month' ? anchor.lastMonth ?? anchor.previous : anchor.previous;
    if (!prev) return null;
    const base: ResolvedDate = { start: prev.start, precision: prev.precision, anchoring: 'previous', yearInferred: prev.yearInferred };
    const p = parseIso(prev.start);
    // "hai ngày sau", "Trước đó một ngày": a counted number of days from a known day
    // ("Hôm 9-10/10, … Hai ngày sau, …": after a span, counted from its last day)
    if ((e.relation === 'before' || e.relation === 'after') && e.unit === 'day' && e.amount !== undefined && p?.d !== undefined) {
      const from = e.relation === 'after' && prev.end ? parseIso(prev.end) : p;
      if (from?.d !== undefined) return { ...base, start: toIso(addDays(from as Required<Ymd>, e.relation === 'after' ? e.amount : -e.amount)) };
    }
    switch (e.relation) {
      case 'same-day': return base;
      case 'same-month': return p?.m === undefined ? null : { ...base, start: prev.start.slice(0, 7), precision: 'month' };
      case 'before': return { ...base, qualifier: 'on-or-before' };
      // ("Hôm 6 và 7-7, … Chỉ vài giờ sau khi ông rời đi, …": hours after a span, on its last day)
      case 'after': return { ...base, ...(e.unit === 'hour' && prev.end ? { start: prev.end } : {}), qualifier: 'on-or-after' };
      case 'next-day':
      case 'previous-day':
        if (p?.d === undefined) return { ...base, qualifier: e.relation === 'next-day' ? 'on-or-after' : 'on-or-before' };
        return { ...base, start: toIso(addDays(p as Required<Ymd>, e.relation === 'next-day' ? 1 : -1)) };
      default: return null;
    }
  }
  if (!doc) return null;
  const rel = (p: Ymd, extra: Partial<ResolvedDate> = {}): ResolvedDate =>
    ({ start: toIso(p), precision: precisionOf(p), anchoring: 'document', yearInferred: false, ...(e.part ? { part: e.part } : {}), ...extra });
  const full = doc.m !== undefined && doc.d !== undefined ? (doc as Required<Ymd>) : null;
  // a day-level relation on a document known only to the month/year: no more than that
  const coarse = () => rel(doc, { qualifier: 'approximate' });
  const week = (offset: number): ResolvedDate | null => {
    if (!full) return coarse();
    const monday = addDays(full, -((utc(full.y, full.m, full.d).getUTCDay() + 6) % 7) + offset * WEEK_DAYS);
    // "cuối tuần qua": a week's end is its weekend, Saturday and Sunday
    if (e.part === 'late') return rel(addDays(monday, 5), { end: toIso(addDays(monday, 6)) });
    return rel(monday, { end: toIso(addDays(monday, 6)) });
  };
  switch (e.relation) {
    case 'today': return full ? rel(full) : coarse();
    case 'yesterday': return full ? rel(addDays(full, -1)) : coarse();
    case 'day-before-yesterday': return full ? rel(addDays(full, -2)) : coarse();
    case 'tomorrow': return full ? rel(addDays(full, 1)) : coarse();
    // ("tới Kyiv cuối tuần qua" written on a Sunday: the weekend ending today, not the one before)
    case 'last-week': return week(e.part === 'late' && full && utc(full.y, full.m, full.d).getUTCDay() === 0 ? 0 : -1);
    case 'this-week': return week(0);
    case 'next-week': return week(1);
    case 'last-month':
    case 'this-month':
    case 'next-month': {
      if (doc.m === undefined) return coarse();
      const shift = e.relation === 'last-month' ? -1 : e.relation === 'next-month' ? 1 : 0;
      return rel(addMonths(doc.y, doc.m, shift));
    }
    case 'last-year':
    case 'this-year':
    case 'next-year':
      return rel({ y: doc.y + (YEAR_SHIFT[e.relation] ?? 0) });
    case 'ago': {
      const n = e.amount ?? 1;
      if (e.unit === 'year') return rel({ y: doc.y - n });
      if (e.unit === 'month') return doc.m === undefined ? coarse() : rel(addMonths(doc.y, doc.m, -n));
      if (!full) return coarse();
      return rel(addDays(full, -n * (e.unit === 'week' ? WEEK_DAYS : 1)), e.unit === 'week' ? { qualifier: 'approximate' } : {});
    }
    case 'weekday': {
      if (!full || e.weekday === undefined) return coarse();
      const docWeekday = utc(full.y, full.m, full.d).getUTCDay();
      if (e.unit === 'week' && e.amount !== undefined) {
        // "thứ Sáu tuần trước": that weekday in the week before/after the document's (weeks start Monday)
        const monday = addDays(full, -((docWeekday + 6) % 7) + e.amount * WEEK_DAYS);
        return rel(addDays(monday, (e.weekday + 6) % 7));
      }
      // news reports the past: the latest such weekday on or before the document date
      return rel(addDays(full, -((docWeekday - e.weekday + 7) % 7)));
    }
    default: return null;
  }
}

/**
 * Resolves a time expression.
 * @param expr an expression from `findTimeExpressions`
 * @param anchor the document date and the previous dated event (either may be null)
 * @returns the date, or null when the text does not determine one with the anchors given
 *   (e.g. `ngày 8/2` with no document date, `Cùng ngày` with no previous event).
 */
export function resolveTimeExpression(expr: TimeExpression, anchor: ResolveAnchor): ResolvedDate | null {
  const doc = anchor.documentDate ? parseIso(anchor.documentDate) : null;
  return expr.kind === 'calendar' ? resolveCalendar(expr, doc, anchor) : resolveRelative(expr, anchor, doc);
}
