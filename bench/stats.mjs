// Small statistics helpers for the benchmark (pure functions).

/** The q-quantile (0..1) of a list of numbers, nearest-rank on the sorted list; null when empty. */
export function quantile(values, q) {
  if (!values.length) return null;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
}

export const median = (values) => quantile(values.filter((v) => typeof v === 'number' && Number.isFinite(v)), 0.5);

/** One vsync at 60 Hz. */
export const FRAME_MS = 1000 / 60;

/**
 * Summary of the rAF intervals of one gesture. rAF timestamps are vsync-aligned, so an interval
 * is ~16.7 ms when the frame was on time and ~33 ms or more when it was not; "over 16.7 ms"
 * therefore counts intervals longer than 1.5 vsyncs, so that clock jitter of a few tenths of a
 * millisecond is not counted as a dropped frame.
 */
export function frameSummary(intervals) {
  return {
    frames: intervals.length,
    median: quantile(intervals, 0.5),
    p95: quantile(intervals, 0.95),
    max: intervals.length ? Math.max(...intervals) : null,
    over16: intervals.filter((t) => t > FRAME_MS * 1.5).length,
    over50: intervals.filter((t) => t > 50).length,
  };
}

/** Summary of input-to-paint latencies ({type, ms}[]). */
export function latencySummary(samples) {
  const ms = samples.map((s) => s.ms);
  return { inputs: ms.length, median: quantile(ms, 0.5), p95: quantile(ms, 0.95), max: ms.length ? Math.max(...ms) : null };
}

/** Median across runs of every numeric leaf of equally-shaped objects (non-numbers: first run's). */
export function medianOfRuns(runs) {
  if (!runs.length) return null;
  const [first] = runs;
  if (typeof first === 'number' || first === null) return median(runs);
  if (Array.isArray(first) || typeof first !== 'object') return first;
  const out = {};
  for (const key of Object.keys(first)) out[key] = medianOfRuns(runs.map((r) => r?.[key]).filter((v) => v !== undefined));
  return out;
}
