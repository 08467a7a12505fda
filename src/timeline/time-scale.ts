/**
 * A linear time scale: epoch milliseconds (or Dates) to pixels. It does the one thing the
 * component needs from d3-scale's `scaleTime` at a fraction of the size (scaleTime brings
 * d3-format, d3-time-format and d3-array into the bundle: ~7 KB gzip).
 */

/** What the axis and the layout need from a time scale; d3's `scaleTime` satisfies it too. */
export interface TimeScaleLike {
  (t: Date): number;
  domain(): Date[];
  range(): number[];
}

/** A time scale mapping [d0, d1] onto [r0, r1]. */
export interface TimeScale extends TimeScaleLike {
  (t: Date | number): number;
  /** The time at a pixel. */
  invert(px: number): Date;
}

/** Creates a linear scale from the time domain [d0, d1] (ms) to the pixel range [r0, r1]. */
export function timeScale([d0, d1]: readonly [number, number], [r0, r1]: readonly [number, number]): TimeScale {
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  const scale = ((t: Date | number) => r0 + (+t - d0) * k) as TimeScale;
  scale.domain = () => [new Date(d0), new Date(d1)];
  scale.range = () => [r0, r1];
  scale.invert = (px: number) => new Date(k ? d0 + (px - r0) / k : d0);
  return scale;
}
