/**
 * Lanes (`group-by`) and overlap-free stacking of marks within a lane. Pure functions over
 * prepared events and pixel extents; no DOM.
 */
import { EVENT_TYPES, type TimelineEvent } from '../events-schema.js';
import type { PreparedEvent } from './prepare.js';

/** How events are split into horizontal lanes. */
export type GroupBy = 'none' | 'type' | 'country' | 'participant';
export const GROUP_BY_VALUES: readonly GroupBy[] = ['none', 'type', 'country', 'participant'];

/** A horizontal lane of events, with what fast per-frame layout needs. */
export interface Lane {
  /** Stable key: the type, country code or participant name ("" for the single lane). */
  key: string;
  /** Events of the lane, sorted by start. */
  items: PreparedEvent[];
  /** `items[i].start`, for binary search. */
  starts: Float64Array;
  /** The longest span in the lane, to find ranges that start before the view but reach into it. */
  maxDuration: number;
}

/** Key of the lane gathering events with no value for the grouping (no participant, no country). */
export const UNKNOWN_LANE = '\u0000unknown';
/** Key of the lane gathering the lanes that did not fit. */
export const OTHER_LANE = '\u0000other';

/** The lanes an event belongs to: one per participant or country it involves, else one. */
export function laneKeys(e: TimelineEvent, groupBy: GroupBy): string[] {
  switch (groupBy) {
    case 'type':
      return [e.type];
    case 'participant': {
      const names = [...new Set(e.participants.map((p) => p.name).filter(Boolean))];
      return names.length ? names : [UNKNOWN_LANE];
    }
    case 'country': {
      const codes = [...new Set(e.participants.map((p) => p.country).filter((c): c is string => !!c))];
      if (!codes.length && e.location?.country) codes.push(e.location.country);
      return codes.length ? codes : [UNKNOWN_LANE];
    }
    default:
      return [''];
  }
}

function makeLane(key: string, items: PreparedEvent[]): Lane {
  const starts = new Float64Array(items.length);
  let maxDuration = 0;
  for (let i = 0; i < items.length; i++) {
    const d = items[i];
    starts[i] = d.start;
    if (d.end - d.start > maxDuration) maxDuration = d.end - d.start;
  }
  return { key, items, starts, maxDuration };
}

/**
 * Splits time-sorted events into lanes. Types keep their schema order; countries and
 * participants come busiest first. An event with two participants appears in both their lanes.
 * With more lanes than `maxLanes`, the quietest are merged into one "other" lane.
 */
export function buildLanes(items: readonly PreparedEvent[], groupBy: GroupBy, maxLanes = Infinity): Lane[] {
  // One lane: the caller's array as it is (nothing here or later changes it), not a copy of 100,000.
  if (groupBy === 'none' || !(GROUP_BY_VALUES as readonly string[]).includes(groupBy)) return [makeLane('', items as PreparedEvent[])];
  const groups = new Map<string, PreparedEvent[]>();
  for (const d of items) {
    for (const key of laneKeys(d.event, groupBy)) {
      let g = groups.get(key);
      if (!g) groups.set(key, (g = []));
      g.push(d);
    }
  }
  let keys = [...groups.keys()];
  if (groupBy === 'type') keys.sort((a, b) => EVENT_TYPES.indexOf(a as never) - EVENT_TYPES.indexOf(b as never));
  else keys.sort((a, b) => (a === UNKNOWN_LANE ? 1 : b === UNKNOWN_LANE ? -1 : groups.get(b)!.length - groups.get(a)!.length || a.localeCompare(b)));
  if (keys.length === 0) return [makeLane('', [])];
  const limit = Math.max(1, Math.floor(maxLanes));
  if (keys.length > limit) {
    const kept = keys.slice(0, limit - 1);
    const rest = new Map<string, PreparedEvent>();
    for (const k of keys.slice(limit - 1)) for (const d of groups.get(k)!) rest.set(d.id, d);
    const merged = [...rest.values()].sort((a, b) => a.start - b.start || a.end - b.end);
    return [...kept.map((k) => makeLane(k, groups.get(k)!)), makeLane(OTHER_LANE, merged)];
  }
  return keys.map((k) => makeLane(k, groups.get(k)!));
}

/** A horizontal pixel extent to stack. */
export interface Extent {
  x0: number;
  x1: number;
}

/**
 * Greedy interval partitioning: puts each extent (sorted by `x0`) in the first row where it
 * leaves `gap` pixels after the previous one. Returns the row of each extent, or -1 when all
 * `maxRows` rows are taken there (the caller then clusters it instead of hiding it).
 */
export function stackRows(extents: readonly Extent[], maxRows: number, gap = 2): number[] {
  const rowEnds: number[] = [];
  return extents.map(({ x0, x1 }) => {
    for (let r = 0; r < rowEnds.length; r++) {
      if (rowEnds[r] + gap <= x0) {
        rowEnds[r] = x1;
        return r;
      }
    }
    if (rowEnds.length < maxRows) {
      rowEnds.push(x1);
      return rowEnds.length - 1;
    }
    return -1;
  });
}
