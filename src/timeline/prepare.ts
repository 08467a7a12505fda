/**
 * Turns validated events into what every frame needs, once per data change: each event's span
 * in milliseconds, sorted by start. Zooming then only does binary searches over these arrays.
 */
import type { TimelineEvent } from '../events-schema.js';
import { eventSpan, type EventSpan, type SpanKind } from './event-span.js';

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
 * Built for 100,000 events: each distinct date (there are far fewer dates than events) is parsed
 * once, and the sort is a counting sort over the distinct spans, so it is O(n) plus the sort of
 * the distinct spans, and stable: ties keep the document's order on every run.
 */
export function prepareEvents(events: readonly TimelineEvent[]): { items: PreparedEvent[]; byId: Map<string, PreparedEvent>; problems: string[] } {
  const problems: string[] = [];
  const byId = new Map<string, PreparedEvent>();
  type Span = EventSpan & { rank: number };
  const spans = new Map<string, Span | null>();
  const items: PreparedEvent[] = [];
  const spanOf: Span[] = [];
  for (const event of events) {
    const key = event.end ? `${event.start}|${event.end}|${event.precision}` : event.precision === 'day' ? event.start : `${event.start}|${event.precision}`;
    let span = spans.get(key);
    if (span === undefined) {
      const s = eventSpan(event);
      spans.set(key, (span = s && { ...s, rank: 0 }));
    }
    if (!span) {
      problems.push(`event ${JSON.stringify(event.id)}: cannot read its dates (${event.start}${event.end ? ` – ${event.end}` : ''})`);
      continue;
    }
    if (byId.has(event.id)) {
      problems.push(`event ${JSON.stringify(event.id)}: duplicate id, later copy skipped`);
      continue;
    }
    const item: PreparedEvent = { id: event.id, event, start: span.start, end: span.end, kind: span.kind };
    byId.set(event.id, item);
    items.push(item);
    spanOf.push(span);
  }
  // Rank the distinct spans in time order, then place each event by its span's rank.
  const distinct = [...spans.values()].filter((d): d is Span => d !== null).sort((a, b) => a.start - b.start || a.end - b.end);
  distinct.forEach((d, i) => (d.rank = i));
  const offsets = new Uint32Array(distinct.length + 1);
  for (const d of spanOf) offsets[d.rank + 1]++;
  for (let i = 1; i < offsets.length; i++) offsets[i] += offsets[i - 1];
  const sorted = new Array<PreparedEvent>(items.length);
  for (let i = 0; i < items.length; i++) sorted[offsets[spanOf[i].rank]++] = items[i];
  return { items: sorted, byId, problems };
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
