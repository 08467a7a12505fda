/**
 * The `types`, `participants` and `query` filters. Matching ignores case and Vietnamese
 * diacritics ("ha noi" finds "Hà Nội"), because readers type without them.
 */
import { EVENT_TYPES, type EventType, type TimelineEvent } from '../events-schema.js';
import type { PreparedEvent } from './prepare.js';

/** Splits a comma-separated attribute into trimmed, non-empty items. */
export function parseList(value: string | null | undefined): string[] {
  return (value ?? '').split(',').map((s) => s.trim()).filter(Boolean);
}

/** Lower case without diacritics; đ becomes d. */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/gi, 'd').toLowerCase();
}

/** Splits a `types` list into known event types and unknown names (reported, not thrown). */
export function parseTypes(value: string | null | undefined): { types: EventType[]; unknown: string[] } {
  const types: EventType[] = [];
  const unknown: string[] = [];
  for (const t of parseList(value)) {
    const lower = t.toLowerCase();
    if ((EVENT_TYPES as readonly string[]).includes(lower)) types.push(lower as EventType);
    else unknown.push(t);
  }
  return { types, unknown };
}

/** What an event's text is searched in: titles, names, places and source quotes. */
function haystack(e: TimelineEvent): string {
  const parts = [e.title.vi, e.title.en, e.location?.name, e.location?.nameVi, e.location?.country];
  for (const p of e.participants) parts.push(p.name, p.nameVi, p.role ?? undefined, p.country ?? undefined);
  for (const s of e.sources) parts.push(s.quote);
  return fold(parts.filter(Boolean).join(' \u0001 '));
}

const haystacks = new WeakMap<TimelineEvent, string>();
const cachedHaystack = (e: TimelineEvent): string => {
  let h = haystacks.get(e);
  if (h === undefined) haystacks.set(e, (h = haystack(e)));
  return h;
};

export interface Filters {
  /** Only these types; empty means all. */
  types?: readonly EventType[];
  /** Only events with one of these participants (name, Vietnamese name or country code); empty means all. */
  participants?: readonly string[];
  /** Free text, every word must occur. */
  query?: string;
}

/** A participant filter item matches part of a name ("obama") or a whole country code ("US"). */
const matchesPerson = (p: TimelineEvent['participants'][number], q: string): boolean =>
  fold(p.name).includes(q) || (!!p.nameVi && fold(p.nameVi).includes(q)) || (!!p.country && fold(p.country) === q);

/** Keeps the events that pass every filter, in their original order. */
export function filterEvents(items: readonly PreparedEvent[], filters: Filters): PreparedEvent[] {
  const types = filters.types?.length ? new Set(filters.types) : null;
  const people = filters.participants?.length ? filters.participants.map(fold) : null;
  const words = fold(filters.query ?? '').split(/\s+/).filter(Boolean);
  if (!types && !people && !words.length) return items.slice();
  return items.filter(({ event: e }) => {
    if (types && !types.has(e.type)) return false;
    if (people && !e.participants.some((p) => people.some((q) => matchesPerson(p, q)))) return false;
    if (words.length) {
      const h = cachedHaystack(e);
      if (!words.every((w) => h.includes(w))) return false;
    }
    return true;
  });
}
