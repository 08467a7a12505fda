/**
 * Stands in for d3-transition wherever the component is bundled (rollup's self-contained scripts,
 * the benchmark's build, the browser tests): see `d3TransitionLite` in rollup.config.mjs.
 *
 * d3-zoom imports d3-transition only to stop running transitions (`interrupt(node)` when a
 * gesture starts, `selection.interrupt()` before it applies a transform) and to animate its own
 * double-click zoom. The component never starts a d3 transition (it animates moves itself, with
 * requestAnimationFrame, and replaces d3-zoom's double-click), so there is never anything to
 * interrupt. The real module would add d3-transition, d3-color, most of d3-interpolate, d3-ease
 * and d3-timer: about 9 KB of the 40 KB min+gzip budget. Apps that bundle the npm build get the
 * real d3-transition, which behaves identically here.
 */
import { selection } from 'd3-selection';

/** No transition ever runs on the node: nothing to stop. */
export function interrupt(): void {}

// What d3-transition adds to selections and d3-zoom and d3-brush call: a no-op, chainable.
(selection.prototype as unknown as { interrupt(): unknown }).interrupt ??= function (this: unknown) {
  return this;
};
