/** Which merged event tells a mention: the link from what a sentence said back to the timeline. */
import type { TimelineEvent } from '../events-schema.js';

/** A span of an article: where a mention (or an event's source) stands. */
export interface ToldSpan {
  document: string;
  start: number;
  end: number;
}

const toldKey = (type: string, s: ToldSpan) => `${type}\u0000${s.document}\u0000${s.start}\u0000${s.end}`;

/** Looks up the first event (in order) of the given type whose sources include the span. */
export function eventTeller(events: TimelineEvent[]): (type: string, span: ToldSpan) => TimelineEvent | undefined {
  const teller = new Map<string, TimelineEvent>();
  for (const e of events) for (const s of e.sources) if (!teller.has(toldKey(e.type, s))) teller.set(toldKey(e.type, s), e);
  return (type, span) => teller.get(toldKey(type, span));
}
