/**
 * Event ids derived from content, never from order: `2016-02-08-obama-mattarella-meeting`.
 * The same event gets the same id in every run, shard and merge.
 */
import type { TimelineEvent } from '../events-schema.js';
import { personKey } from './people.js';
import { shortName } from './titles.js';

/** Lower-case ASCII words joined by hyphens. */
export function slug(text: string): string {
  return personKey(text).replace(/\s+/g, '-');
}

/** The content-derived id (not yet deduplicated) for an event. */
export function baseEventId(e: Pick<TimelineEvent, 'start' | 'type' | 'participants' | 'location'>): string {
  const who = e.participants.slice(0, 3).map((p) => slug(shortName(p.name)));
  const what = who.length ? who : e.location ? [slug(e.location.name.split(',')[0])] : [];
  return [e.start, ...what, e.type].filter(Boolean).join('-');
}

/**
 * Gives every event its id: the base id, and for events that share one, a suffix `-2`, `-3`…
 * in an order fixed by their content (start, end, title, first source), so input order never
 * changes an id.
 */
export function assignEventIds<T extends TimelineEvent>(events: T[]): T[] {
  const keyed = events.map((e) => ({ e, base: baseEventId(e), tie: tieKey(e) }));
  keyed.sort((a, b) => cmp(a.base, b.base) || cmp(a.tie, b.tie));
  const used = new Map<string, number>();
  return keyed.map(({ e, base }) => {
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    return { ...e, id: n === 1 ? base : `${base}-${n}` };
  });
}

function tieKey(e: TimelineEvent): string {
  const s = e.sources[0];
  return [e.start, e.end ?? '', e.title.en, s ? `${s.document}:${String(s.start).padStart(9, '0')}` : ''].join('|');
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
