/**
 * The lanes' level-of-detail layout for the visible window, computed over a wider window and
 * reused while the reader pans at one zoom level. Marks get coordinates relative to that wider
 * window, so a pan frame only moves the lanes (one `transform` each) instead of rewriting every
 * mark's position; a new layout is made when the zoom level changes, the view nears the edge of
 * the window laid out, or the data, the rows or the pinned events change.
 */
import { binSize, layoutLane, type LaneLayout, type LayoutOptions } from './clusters.js';
import type { Lane } from './lanes.js';

export interface ViewLayout {
  /** The time at x = 0 of the marks' coordinates, and pixels per millisecond. */
  origin: number;
  k: number;
  /** The window laid out, [from, to) in epoch ms. */
  from: number;
  to: number;
  /** One layout per lane, in the marks' coordinates. */
  lanes: LaneLayout[];
}

/**
 * How far beyond the view, in view widths, each side of the window laid out reaches: far enough
 * to pan a while on one layout, but not while zooming, when every frame lays out anew anyway.
 */
const REACH = 0.5;
const REACH_ZOOMING = 0.1;
/** The view must stay this many pixels inside the window laid out. */
const MARGIN_PX = 24;

type Cached = ViewLayout & { key: string; source: readonly Lane[]; pinned: ReadonlySet<string>; singles?: Set<string> };

/** Remembers the last layout and hands it out again while it still covers the view. */
export class ViewLayoutCache {
  private last: Cached | null = null;

  /**
   * The layout for showing [t0, t1) in `width` pixels. New `lanes` (another array) or another
   * `key` (naming everything else the layout depends on, such as the rows) lay out again; so do
   * newly pinned events (`options.pinned`) unless they are already drawn on their own.
   */
  get(lanes: readonly Lane[], [t0, t1]: readonly [number, number], width: number, key: string, options: LayoutOptions): ViewLayout {
    const k = width / (t1 - t0);
    const last = this.last;
    if (last && last.source === lanes && last.key === key && Math.abs(last.k / k - 1) < 1e-9 && t0 - last.from >= MARGIN_PX / k && last.to - t1 >= MARGIN_PX / k && this.pinnedShown(last, options.pinned)) return last;
    // Snap the window to the bins of this zoom level, so that clusters do not depend on where
    // the window happens to start.
    const bin = binSize(1 / k, options.bucketPx ?? 36);
    const zooming = !!last && last.source === lanes && Math.abs(last.k / k - 1) >= 1e-9;
    const reach = (t1 - t0) * (zooming ? REACH_ZOOMING : REACH);
    const from = Math.floor((t0 - reach) / bin) * bin;
    const to = Math.ceil((t1 + reach) / bin) * bin;
    const x = (t: number) => (t - from) * k;
    const pinned = new Set(options.pinned ?? []);
    const layout: Cached = { key, source: lanes, pinned, origin: from, k, from, to, lanes: lanes.map((lane) => layoutLane(lane, x, from, to, { ...options, pinned })) };
    this.last = layout;
    return layout;
  }

  /** Whether every pinned event is drawn on its own in `layout` (focusing a drawn mark changes nothing). */
  private pinnedShown(layout: Cached, pinned: ReadonlySet<string> | undefined): boolean {
    if (!pinned?.size) return true;
    let same = pinned.size === layout.pinned.size;
    for (const id of pinned) same &&= layout.pinned.has(id);
    if (same) return true;
    layout.singles ??= new Set(layout.lanes.flatMap((l) => l.events.map((m) => m.item.id)));
    for (const id of pinned) if (!layout.singles.has(id)) return false;
    return true;
  }
}

/** The right edge of each event mark of a layout, its label included (~6.6 px per character). */
const rightEdges = new WeakMap<LaneLayout, Float64Array>();
function rightsOf(layout: LaneLayout): Float64Array {
  let rights = rightEdges.get(layout);
  if (!rights) {
    rights = new Float64Array(layout.events.length);
    layout.events.forEach((m, i) => {
      const { vi, en } = m.item.event.title;
      rights![i] = Math.max(m.x1, m.labelX + Math.min(m.labelRoom, 6.6 * Math.max(vi?.length ?? 0, en?.length ?? 0)));
    });
    rightEdges.set(layout, rights);
  }
  return rights;
}

/** The visible part of a lane's layout (see inView). */
export interface LaneView extends Pick<LaneLayout, 'events' | 'clusters'> {
  /**
   * The visible events whose drawing does not depend on where the view is (not cut by its
   * edges), as the same array for as long as that set does not change; and the others, whose
   * label is pinned to the left edge or cut at the right one.
   */
  steady: LaneLayout['events'];
  edge: LaneLayout['events'];
}

const lastSteady = new WeakMap<LaneLayout, LaneLayout['events']>();

/** What of a lane's layout is in view: [x0, x1] in the marks' coordinates, labels included. */
export function inView(layout: LaneLayout, x0: number, x1: number): LaneView {
  const lo = x0 - 8, hi = x1 + 8;
  const rights = rightsOf(layout);
  const events: LaneLayout['events'] = [];
  const edge: LaneLayout['events'] = [];
  let steady: LaneLayout['events'] = [];
  // Marks are in order of their left edge: stop at the first one right of the view.
  for (let i = 0; i < layout.events.length && layout.events[i].x0 <= hi; i++) {
    const m = layout.events[i];
    if (rights[i] < lo) continue;
    events.push(m);
    if ((m.item.kind !== 'point' && m.x0 < x0) || rights[i] > x1) edge.push(m);
    else steady.push(m);
  }
  const last = lastSteady.get(layout);
  if (last && last.length === steady.length && last.every((m, i) => m === steady[i])) steady = last;
  else lastSteady.set(layout, steady);
  return { events, clusters: layout.clusters.filter((c) => c.x1 >= lo && c.x0 <= hi), steady, edge };
}
