/**
 * Axis ticks for a time scale, labelled with date-fns in Vietnamese or English. The tick unit
 * adapts from decades down to days as the reader zooms, so labels never crowd, and a second
 * "context" row names the larger unit (the year above month ticks, the month above day ticks).
 * Pure: it returns numbers and strings; the component's template draws them (no d3-axis).
 */
import type { TimeScaleLike } from './time-scale.js';
import { formatDate, type Lang } from './i18n.js';

/** The calendar unit of the ticks. */
export type TickUnit = 'year' | 'month' | 'day';

/** One tick mark with its label. */
export interface Tick {
  /** Pixel position. */
  x: number;
  /** Epoch milliseconds. */
  time: number;
  label: string;
  /** Whether the tick also starts a unit of the context row (drawn stronger). */
  major: boolean;
}

/** One label of the context row, placed at the start of its unit (or pinned to the left edge). */
export interface ContextLabel {
  x: number;
  time: number;
  label: string;
}

export interface AxisTicks {
  unit: TickUnit;
  ticks: Tick[];
  context: ContextLabel[];
}

const DAY = 864e5;

/** Local-calendar floor of a date to the start of its day, month or year. */
export function floorTo(d: Date, unit: TickUnit): Date {
  return unit === 'year' ? new Date(d.getFullYear(), 0, 1)
    : unit === 'month' ? new Date(d.getFullYear(), d.getMonth(), 1)
      : new Date(d.getFullYear(), d.getMonth(), d.getDate());
}

const next = (d: Date, unit: TickUnit): Date =>
  unit === 'year' ? new Date(d.getFullYear() + 1, 0, 1)
    : unit === 'month' ? new Date(d.getFullYear(), d.getMonth() + 1, 1)
      : new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1);

/** A tick interval: calendar units of one kind, keeping those that `keep` accepts. */
interface Candidate {
  unit: TickUnit;
  keep: (d: Date) => boolean;
  /** Typical spacing in ms, to pick the interval from the zoom level. */
  approx: number;
}

/**
 * Every start of `unit` in [start, stop) that `keep` accepts. (Our own few lines instead of
 * d3-time, which brings d3-array: 2.5 KB gzip for four intervals.)
 */
export function calendarRange(start: Date, stop: Date, unit: TickUnit, keep: (d: Date) => boolean = () => true): Date[] {
  const out: Date[] = [];
  for (let d = floorTo(start, unit); d < stop; d = next(d, unit)) if (d >= start && keep(d)) out.push(d);
  return out;
}

const all = () => true;
const everyMonths = (n: number) => (d: Date) => d.getMonth() % n === 0;
const everyYears = (n: number) => (d: Date) => d.getFullYear() % n === 0;
const daysOfMonth = (days: number[]) => (d: Date) => days.includes(d.getDate());
// Finest first. Day steps are days of the month (1, 8, 15, 22) so labels are round numbers and
// the last step of a month never crowds the 1st of the next. No half-year step: at that zoom,
// plain years read better.
const CANDIDATES: Candidate[] = [
  { unit: 'day', keep: all, approx: DAY },
  { unit: 'day', keep: (d) => d.getDate() % 2 === 1 && d.getDate() < 31, approx: 2 * DAY },
  { unit: 'day', keep: daysOfMonth([1, 8, 15, 22]), approx: 7.6 * DAY },
  { unit: 'month', keep: all, approx: 30.4 * DAY },
  { unit: 'month', keep: everyMonths(3), approx: 91 * DAY },
  { unit: 'year', keep: all, approx: 365 * DAY },
  { unit: 'year', keep: everyYears(2), approx: 730 * DAY },
  { unit: 'year', keep: everyYears(5), approx: 1826 * DAY },
  { unit: 'year', keep: everyYears(10), approx: 3652 * DAY },
];

/** Least pixels between two tick labels of a unit: wide enough for the longest label. */
const MIN_SPACING: Record<Lang, Record<TickUnit, number>> = {
  vi: { day: 26, month: 50, year: 46 },
  en: { day: 26, month: 40, year: 46 },
};

const TICK_FORMAT: Record<Lang, Record<TickUnit, string>> = {
  vi: { day: 'd', month: "'thg' M", year: 'yyyy' },
  en: { day: 'd', month: 'MMM', year: 'yyyy' },
};

const CONTEXT_FORMAT: Record<Lang, Partial<Record<TickUnit, string>>> = {
  vi: { day: "'tháng' M, yyyy", month: 'yyyy' },
  en: { day: 'MMMM yyyy', month: 'yyyy' },
};

const CONTEXT_UNIT: Partial<Record<TickUnit, TickUnit>> = { day: 'month', month: 'year' };

/** Rough label width, for dropping the pinned context label when it would collide. */
const labelWidth = (s: string): number => s.length * 7 + 8;

/**
 * Ticks for the scale's current domain and range, in `lang`. The finest unit (not finer than
 * `minUnit`) whose labels keep their minimum spacing is chosen, so the count stays bounded at any
 * zoom level.
 */
export function timeTicks(x: TimeScaleLike, lang: Lang, minUnit: TickUnit = 'day'): AxisTicks {
  const [d0, d1] = x.domain();
  const [r0, r1] = x.range();
  const span = d1.getTime() - d0.getTime();
  const width = Math.abs(r1 - r0);
  if (!(span > 0) || !(width > 0)) return { unit: 'year', ticks: [], context: [] };
  const pxPerMs = width / span;
  const order: TickUnit[] = ['day', 'month', 'year'];
  const allowed = CANDIDATES.filter((c) => order.indexOf(c.unit) >= order.indexOf(minUnit));
  const chosen = allowed.find((c) => c.approx * pxPerMs >= MIN_SPACING[lang][c.unit]) ?? allowed[allowed.length - 1];
  const { unit } = chosen;

  const contextUnit = CONTEXT_UNIT[unit];
  const isMajor = (t: Date) => (contextUnit ? floorTo(t, contextUnit).getTime() === t.getTime() : false);
  const ticks: Tick[] = calendarRange(d0, new Date(d1.getTime() + 1), unit, chosen.keep).map((t) => ({
    x: x(t),
    time: t.getTime(),
    label: formatDate(t, TICK_FORMAT[lang][unit]),
    major: isMajor(t),
  }));

  const context: ContextLabel[] = [];
  const contextFormat = CONTEXT_FORMAT[lang][unit];
  if (contextUnit && contextFormat) {
    const starts = calendarRange(d0, new Date(d1.getTime() + 1), contextUnit);
    const first = floorTo(d0, contextUnit);
    const pinnedLabel = formatDate(first, contextFormat);
    // The unit the left edge is in is always named, pinned at the edge, unless the next boundary
    // is so close that the two labels would overlap.
    if (first.getTime() < d0.getTime() && (starts.length === 0 || x(starts[0]) - r0 > labelWidth(pinnedLabel))) {
      context.push({ x: r0, time: first.getTime(), label: pinnedLabel });
    }
    for (const s of starts) context.push({ x: x(s), time: s.getTime(), label: formatDate(s, contextFormat) });
  }
  return { unit, ticks, context };
}
