/**
 * Level-of-detail layout of one lane for one frame. Events are binned on a fixed time grid whose
 * bin width is a power of two of milliseconds chosen from the zoom level, so bins do not move
 * while panning and halve when zooming in: a dense bin becomes a cluster mark with a count, and
 * splits into its events as the reader zooms in. Bin counts come from binary searches over the
 * lane's sorted starts, so the cost depends on the pixels, not on how many events there are.
 */
import { lowerBound, type PreparedEvent } from './prepare.js';
import { stackRows, type Extent, type Lane } from './lanes.js';

/** One event drawn on its own. */
export interface EventMark extends Extent {
  item: PreparedEvent;
  row: number;
  /** Centre of a point mark. */
  cx: number;
  /** Where the label starts, and how many pixels it may take before the next mark in its row. */
  labelX: number;
  labelRoom: number;
}

/** A run of events drawn as one mark with their count. */
export interface ClusterMark extends Extent {
  /** Stable while panning at one zoom level. */
  key: string;
  row: number;
  count: number;
  /** Start of the first and of the last event in the cluster (epoch ms). */
  from: number;
  to: number;
}

export interface LaneLayout {
  events: EventMark[];
  clusters: ClusterMark[];
  /** Rows actually used. */
  rows: number;
}

export interface LayoutOptions {
  /** Rows available in the lane. */
  maxRows: number;
  /** Target width of a bin in pixels (default 36). */
  bucketPx?: number;
  /** A bin with more events than this becomes a cluster without trying to stack them (default 3 × `maxRows`). */
  threshold?: number;
  pointRadius?: number;
  minMarkWidth?: number;
  clusterMinWidth?: number;
  gap?: number;
  /** Events always drawn on their own (the selected and the focused event). */
  pinned?: ReadonlySet<string>;
}

/** Bin width for a zoom level: the power of two of ms nearest above `bucketPx` pixels. */
export function binSize(msPerPx: number, bucketPx: number): number {
  return 2 ** Math.ceil(Math.log2(Math.max(1, msPerPx * bucketPx)));
}

/** Events of one bin: a run `items[i0..i1)`, or (for the events reaching in from the left) a list. */
interface Bin {
  index: number;
  i0: number;
  i1: number;
  list?: PreparedEvent[];
  clustered: boolean;
}

/**
 * Lays out the lane's events visible in [t0, t1) with scale `x` (ms → px): which are clusters,
 * which are single marks, and in which row each goes so that no two overlap.
 */
export function layoutLane(lane: Lane, x: (t: number) => number, t0: number, t1: number, options: LayoutOptions): LaneLayout {
  const { maxRows, bucketPx = 36, pointRadius = 5, minMarkWidth = 6, clusterMinWidth = 24, gap = 3, pinned } = options;
  // A bin may hold more events than rows (they spread sideways); the stacking below clusters
  // any bin whose events do not all find a row.
  const threshold = options.threshold ?? 3 * Math.max(1, maxRows);
  const { items, starts } = lane;
  const span = t1 - t0;
  const pxSpan = x(t1) - x(t0);
  if (!(span > 0) || !(pxSpan > 0) || items.length === 0) return { events: [], clusters: [], rows: 0 };
  const binMs = binSize(span / pxSpan, bucketPx);

  // Bins covering the view; counts by binary search.
  const bins: Bin[] = [];
  const firstBin = Math.floor(t0 / binMs);
  const lastBin = Math.floor((t1 - 1) / binMs);
  let i = lowerBound(starts, firstBin * binMs);
  const firstIndex = i;
  for (let b = firstBin; b <= lastBin; b++) {
    const j = lowerBound(starts, (b + 1) * binMs, i);
    if (j > i) bins.push({ index: b, i0: i, i1: j, clustered: j - i > threshold });
    i = j;
  }
  // Ranges and bands that start before the view but reach into it form one more bin at the left
  // edge, so that many of them (a month of month-precision events) cluster instead of piling up.
  const before: PreparedEvent[] = [];
  for (let k = lowerBound(starts, t0 - lane.maxDuration); k < firstIndex; k++) if (items[k].end > t0) before.push(items[k]);
  if (before.length) bins.unshift({ index: firstBin - 1, i0: 0, i1: before.length, list: before, clustered: before.length > threshold });
  const member = (bin: Bin, k: number): PreparedEvent => (bin.list ? bin.list[k] : items[k]);

  const viewX0 = x(t0);
  const eventExtent = (d: PreparedEvent): Omit<EventMark, 'row' | 'labelRoom'> => {
    if (d.kind === 'point') {
      const cx = x((d.start + d.end) / 2);
      return { item: d, cx, x0: cx - pointRadius, x1: cx + pointRadius, labelX: cx + pointRadius + 3 };
    }
    const x0 = x(d.start);
    const x1 = Math.max(x(d.end), x0 + minMarkWidth);
    return { item: d, cx: (x0 + x1) / 2, x0, x1, labelX: Math.max(x0, viewX0) + 4 };
  };

  type Placed = { extent: Extent; bin: Bin | null; event?: Omit<EventMark, 'row' | 'labelRoom'>; cluster?: Omit<ClusterMark, 'row'> };
  let placed: Placed[] = [];
  let rows: number[] = [];
  for (let attempt = 0; attempt < 12; attempt++) {
    placed = [];
    let last: (Placed & { cluster: Omit<ClusterMark, 'row'> }) | null = null;
    for (const bin of bins) {
      if (!bin.clustered) {
        for (let k = bin.i0; k < bin.i1; k++) {
          const e = eventExtent(member(bin, k));
          placed.push({ extent: e, bin, event: e });
        }
        continue;
      }
      let count = bin.i1 - bin.i0;
      if (pinned?.size) {
        for (let k = bin.i0; k < bin.i1; k++) {
          if (!pinned.has(member(bin, k).id)) continue;
          count--;
          const e = eventExtent(member(bin, k));
          placed.push({ extent: e, bin: null, event: e });
        }
      }
      if (count <= 0) continue;
      const from = member(bin, bin.i0).start;
      const to = member(bin, bin.i1 - 1).start;
      // The left-edge bin's events start off-screen: its mark sits at the edge.
      const xa = Math.max(x(from), viewX0) - pointRadius;
      const xb = Math.max(Math.max(x(to), viewX0) + pointRadius, xa + clusterMinWidth);
      // A cluster touching the previous one joins it: one mark "12", not "8" beside "4".
      if (last && last.cluster.x1 + gap > xa) {
        const c = last.cluster;
        c.count += count;
        c.to = to;
        c.x1 = Math.max(c.x1, xb, c.x0 + clusterMinWidth);
        continue;
      }
      const cluster = { key: bin.list ? 'before' : `${binMs}:${bin.index}`, x0: xa, x1: xb, count, from, to };
      last = { extent: cluster, bin, cluster };
      placed.push(last);
    }
    placed.sort((a, b) => a.extent.x0 - b.extent.x0);
    rows = stackRows(placed.map((p) => p.extent), maxRows, gap);
    // An event that found no row turns its bin into a cluster; try again. A bin of one event
    // also takes along the bin of a mark it collides with, so that the two merge into a cluster
    // of 2 rather than showing a "cluster" of 1.
    let changed = false;
    const clusterBin = (bin: Bin | null) => {
      if (!bin || bin.clustered) return;
      bin.clustered = changed = true;
    };
    rows.forEach((r, k) => {
      const bin = placed[k].bin;
      if (r >= 0 || !placed[k].event || !bin || bin.clustered) return;
      clusterBin(bin);
      if (bin.i1 - bin.i0 > 1) return;
      for (let j = k - 1; j >= 0; j--) {
        if (placed[j].extent.x1 + gap <= placed[k].extent.x0) continue;
        if (placed[j].event) {
          clusterBin(placed[j].bin);
          break;
        }
      }
    });
    if (!changed) break;
  }

  // Whatever still has no row (rare: long bands filling every row) shares the last one.
  const rowOf = rows.map((r) => (r < 0 ? maxRows - 1 : r));
  const nextX0 = new Array<number>(placed.length).fill(Infinity);
  const lastInRow = new Map<number, number>();
  placed.forEach((p, k) => {
    const prev = lastInRow.get(rowOf[k]);
    if (prev !== undefined) nextX0[prev] = p.extent.x0;
    lastInRow.set(rowOf[k], k);
  });
  const events: EventMark[] = [];
  const clusters: ClusterMark[] = [];
  let used = 0;
  placed.forEach((p, k) => {
    const row = rowOf[k];
    used = Math.max(used, row + 1);
    if (p.event) {
      const end = p.event.item.kind === 'point' ? nextX0[k] : Math.min(nextX0[k], Math.max(p.event.x1, p.event.labelX + 200));
      events.push({ ...p.event, row, labelRoom: Math.max(0, end - p.event.labelX - 4) });
    } else if (p.cluster) clusters.push({ ...p.cluster, row });
  });
  return { events, clusters, rows: used };
}

/** How many of the sorted `starts` fall in each of `bins` equal slices of [from, to): the overview's density. */
export function countBins(starts: ArrayLike<number>, [from, to]: readonly [number, number], bins: number): number[] {
  const counts: number[] = [];
  const step = (to - from) / bins;
  for (let i = 0, lo = lowerBound(starts, from); i < bins; i++) {
    const hi = lowerBound(starts, from + (i + 1) * step, lo);
    counts.push(hi - lo);
    lo = hi;
  }
  return counts;
}
