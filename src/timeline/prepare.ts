/**
 * Turns validated events into what every frame needs, once per data change: each event's span
 * in milliseconds, sorted by start. Zooming then only does binary searches over these arrays.
 */
import type { TimelineEvent } from '../events-schema.js';
import { eventSpan, type SpanKind } from './event-span.js';

/** An event with its span precomputed. */
export interface PreparedEvent {
  id: string;
  event: TimelineEvent;
  /** Span [start, end) in epoch milliseconds (local midnights). */
  start: number;
  end: number;
  kind: SpanKind;
}

/** Prepared events sorted by start (then end, then id), and the events whose dates failed. */
export function prepareEvents(events: readonly TimelineEvent[]): { items: PreparedEvent[]; problems: string[] } {
  const items: PreparedEvent[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const event of events) {
    const span = eventSpan(event);
    if (!span) {
      problems.push(`event ${JSON.stringify(event.id)}: cannot read its dates (${event.start}${event.end ? ` – ${event.end}` : ''})`);
      continue;
    }
    if (seen.has(event.id)) {
      problems.push(`event ${JSON.stringify(event.id)}: duplicate id, later copy skipped`);
      continue;
    }
    seen.add(event.id);
    items.push({ id: event.id, event, ...span });
  }
  items.sort(byTime);
  return { items, problems };
}

/** Time order: start, then end, then id, so ties are stable across runs. */
export function byTime(a: PreparedEvent, b: PreparedEvent): number {
  return a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
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
export const startsOf = (items: readonly PreparedEvent[]): Float64Array => Float64Array.from(items, (d) => d.start);
