/**
 * Turns validated events into what every frame needs, once per data change: each event's span
 * in milliseconds, sorted by start. Zooming then only does binary searches over these arrays.
 */
import type { TimelineEvent } from '../events-schema.js';
import { eventSpanInto, type EventSpan, type SpanKind } from './event-span.js';

/** An event with its span precomputed. */
export interface PreparedEvent {
  id: string;
  event: TimelineEvent;
  /** Span [start, end) in epoch milliseconds (local midnights). */
  start: number;
  end: number;
  kind: SpanKind;
}

/**
 * Prepared events sorted by start (then end, then input order), an index by id, and one line
 * per event skipped (unreadable dates, a repeated id).
 *
 * Built for 100,000 events: no per-event strings (each distinct date string is parsed once, see
 * event-span.ts), a document already in time order is not sorted again, and any other order is
 * put right by a stable counting sort over whole days (O(n), where a comparison sort of 100,000
 * objects takes several times longer).
 */
export function prepareEvents(events: readonly TimelineEvent[]): { items: PreparedEvent[]; byId: Map<string, PreparedEvent>; problems: string[] } {
  const problems: string[] = [];
  const byId = new Map<string, PreparedEvent>();
  const items: PreparedEvent[] = [];
  let inOrder = true;
  let prev: PreparedEvent | null = null;
  const span: EventSpan = { start: 0, end: 0, kind: 'point' };
  for (const event of events) {
    if (!eventSpanInto(event, span)) {
      problems.push(`event ${JSON.stringify(event.id)}: cannot read its dates (${event.start}${event.end ? ` – ${event.end}` : ''})`);
      continue;
    }
    if (byId.has(event.id)) {
      problems.push(`event ${JSON.stringify(event.id)}: duplicate id, later copy skipped`);
      continue;
    }
    const item: PreparedEvent = { id: event.id, event, start: span.start, end: span.end, kind: span.kind };
    byId.set(event.id, item);
    if (prev && (item.start < prev.start || (item.start === prev.start && item.end < prev.end))) inOrder = false;
    items.push(item);
    prev = item;
  }
  return { items: inOrder ? items : sortByTime(items), byId, problems };
}

const DAY = 864e5;

/**
 * Stable sort by start, then end: two counting passes over day numbers (by end, then by start),
 * as spans begin and end at local midnights (a time-zone change moves one by an hour at most,
 * which the rounding absorbs). Falls back to a comparison sort when the days spanned dwarf the
 * number of events (a document from year 100 to 9999 would need millions of buckets).
 */
export function sortByTime(items: readonly PreparedEvent[]): PreparedEvent[] {
  const n = items.length;
  let min = Infinity, max = -Infinity;
  for (let i = 0; i < n; i++) {
    if (items[i].start < min) min = items[i].start;
    if (items[i].end > max) max = items[i].end;
  }
  const days = Math.round((max - min) / DAY) + 1;
  if (!(days <= 4 * n + 100_000)) return items.slice().sort(byTime);
  const startDay = new Uint32Array(n), endDay = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    startDay[i] = Math.round((items[i].start - min) / DAY);
    endDay[i] = Math.round((items[i].end - min) / DAY);
  }
  const count = new Uint32Array(days + 1);
  const pass = (from: Uint32Array, to: Uint32Array, day: Uint32Array) => {
    count.fill(0);
    for (let i = 0; i < n; i++) count[day[i] + 1]++;
    for (let b = 1; b <= days; b++) count[b] += count[b - 1];
    for (let i = 0; i < n; i++) {
      const k = from[i];
      to[count[day[k]]++] = k;
    }
  };
  const identity = new Uint32Array(n);
  for (let i = 0; i < n; i++) identity[i] = i;
  const byEnd = new Uint32Array(n);
  pass(identity, byEnd, endDay);
  pass(byEnd, identity, startDay);
  const out = new Array<PreparedEvent>(n);
  for (let i = 0; i < n; i++) out[i] = items[identity[i]];
  // Spans off midnight (not made by eventSpan) could share a day: then compare exactly.
  for (let i = 1; i < n; i++) if (byTime(out[i - 1], out[i]) > 0) return items.slice().sort(byTime);
  return out;
}

/** Time order: start, then end. */
export function byTime(a: PreparedEvent, b: PreparedEvent): number {
  return a.start - b.start || a.end - b.end;
}

/** First index whose value is >= `value` in an ascending array. */
export function lowerBound(sorted: ArrayLike<number>, value: number, lo = 0, hi = sorted.length): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The starts of sorted prepared events, as a typed array for fast binary search. */
export function startsOf(items: readonly PreparedEvent[]): Float64Array {
  const out = new Float64Array(items.length);
  for (let i = 0; i < items.length; i++) out[i] = items[i].start;
  return out;
}
