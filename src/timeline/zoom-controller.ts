/**
 * Zoom and pan as a ReactiveController around d3-zoom. d3 supplies behaviour only (wheel, pinch,
 * drag, touch, double-click listeners and the transform math); the host renders every node.
 * The visible time range is the source of truth ("report, then derive"): a gesture reports a new
 * transform, the controller turns it into a range and asks the host to update; when the width
 * or the whole range changes, the transform is re-derived from the range so the view stays put.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { pointer, select, type Selection } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';

const DAY = 864e5;
/** The narrowest window: one day. */
export const MIN_SPAN = DAY;

/** A time range in epoch milliseconds, `end` exclusive. */
export type Range = readonly [start: number, end: number];

export interface ZoomControllerOptions {
  /** Called after every change of the visible range, with the DOM event that caused it, if any. */
  onChange?: (range: Range, sourceEvent: Event | null) => void;
}

/** Whether the reader asked for less motion. */
export const prefersReducedMotion = (): boolean =>
  typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

/** Clamps a range to `whole`, at least `MIN_SPAN` wide, keeping its centre where possible. */
export function clampRange([s, e]: Range, whole: Range): Range {
  const wholeSpan = whole[1] - whole[0];
  let span = Math.min(Math.max(e - s, MIN_SPAN), wholeSpan);
  if (!(span > 0)) span = wholeSpan;
  let start = (s + e) / 2 - span / 2;
  start = Math.min(Math.max(start, whole[0]), whole[1] - span);
  return [start, start + span];
}

type SvgSelection = Selection<SVGSVGElement, unknown, null, undefined>;

/** Owns the d3-zoom behaviour of one `<svg>` and the visible range it controls. */
export class ZoomController implements ReactiveController {
  /** The visible range. */
  range: Range = [0, 1];
  private whole: Range = [0, 1];
  private width = 1;
  private height = 1;
  private svg: SVGSVGElement | null = null;
  private readonly behavior: ZoomBehavior<SVGSVGElement, unknown>;
  private animation = 0;
  /** The animation frame that will render the latest input, if one is scheduled. */
  private frame = 0;
  private finishAnimation: (() => void) | null = null;

  constructor(private readonly host: ReactiveControllerHost, private readonly options: ZoomControllerOptions = {}) {
    host.addController(this);
    this.behavior = zoom<SVGSVGElement, unknown>()
      // A horizontal trackpad swipe pans instead of zooming; see handleWheelPan.
      .filter((event: Event) => {
        if (event.type === 'wheel') {
          const w = event as WheelEvent;
          return w.ctrlKey || Math.abs(w.deltaY) >= Math.abs(w.deltaX);
        }
        const m = event as MouseEvent;
        return !m.ctrlKey && !m.button;
      })
      .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => this.handleZoom(event));
  }

  /** Starts listening on `svg` (idempotent); the host calls it once the element exists. */
  attach(svg: SVGSVGElement): void {
    if (this.svg === svg) return;
    this.detach();
    this.svg = svg;
    this.configureBehavior();
    // Our own double-click (and double-tap: d3-zoom calls the `dblclick.zoom` listener for it)
    // replaces d3's, which animates with d3-transition: the component animates every move itself.
    this.selection()!.call(this.behavior).on('wheel.pan', this.handleWheelPan, { passive: false } as never).on('dblclick.zoom', this.handleDblclick);
    this.syncTransform();
  }

  hostDisconnected(): void {
    this.detach();
  }

  private detach(): void {
    cancelAnimationFrame(this.animation);
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    if (this.svg) this.selection()!.on('.zoom', null).on('wheel.pan', null);
    this.svg = null;
  }

  private selection(): SvgSelection | null {
    return this.svg ? select(this.svg) : null;
  }

  /** The d3 base scale maps `whole` onto [0, width]; the transform zooms into it. */
  private transformFor([s, e]: Range): ZoomTransform {
    const k = (this.whole[1] - this.whole[0]) / (e - s);
    const x = (-(s - this.whole[0]) / (this.whole[1] - this.whole[0])) * this.width * k;
    return zoomIdentity.translate(x, 0).scale(k);
  }

  private rangeFor(t: ZoomTransform): Range {
    const msPerPx = (this.whole[1] - this.whole[0]) / this.width;
    return [this.whole[0] + t.invertX(0) * msPerPx, this.whole[0] + t.invertX(this.width) * msPerPx];
  }

  private configureBehavior(): void {
    const maxK = Math.max(1, (this.whole[1] - this.whole[0]) / MIN_SPAN);
    this.behavior
      .extent([[0, 0], [this.width, this.height]])
      .translateExtent([[0, -Infinity], [this.width, Infinity]])
      .scaleExtent([1, maxK])
      // No d3 transitions ever (see handleDblclick): the script-tag bundle leaves d3-transition out.
      .duration(0);
  }

  /** Stores the transform matching the range without emitting a zoom event. */
  private syncTransform(): void {
    if (this.svg) (this.svg as unknown as { __zoom: ZoomTransform }).__zoom = this.transformFor(this.range);
  }

  /**
   * Sets the size and the whole zoomable range. The visible range is kept (clamped to the new
   * whole), so a resize or new data does not jump the view.
   */
  configure(width: number, height: number, whole: Range): void {
    const changed = width !== this.width || height !== this.height || whole[0] !== this.whole[0] || whole[1] !== this.whole[1];
    if (!changed) return;
    this.width = Math.max(1, width);
    this.height = Math.max(1, height);
    this.whole = whole;
    this.range = clampRange(this.range, whole);
    this.configureBehavior();
    this.syncTransform();
  }

  private handleZoom(event: D3ZoomEvent<SVGSVGElement, unknown>): void {
    this.range = this.rangeFor(event.transform);
    // Input (wheel, pointer, touch) renders once per animation frame however many events the
    // frame brings; continuous input is dispatched just before the frame's rAF callbacks, so
    // this adds no latency. Programmatic moves and animation steps render right away.
    if (event.sourceEvent) this.renderNextFrame();
    else this.host.requestUpdate();
    this.options.onChange?.(this.range, (event.sourceEvent as Event | null) ?? null);
  }

  private renderNextFrame(): void {
    this.frame ||= requestAnimationFrame(() => {
      this.frame = 0;
      this.host.requestUpdate();
    });
  }

  /** Zooms in twice (out with Shift) around the double-clicked or double-tapped point. */
  private handleDblclick = (event: MouseEvent | TouchEvent): void => {
    const svg = this.svg;
    if (!svg || (event as MouseEvent).button) return;
    event.preventDefault();
    const touches = (event as TouchEvent).changedTouches;
    const [px] = pointer(touches?.length ? touches[0] : event, svg);
    void this.zoomBy(event.shiftKey ? 0.5 : 2, true, Math.min(1, Math.max(0, px / this.width)));
  };

  private handleWheelPan = (event: WheelEvent): void => {
    if (event.ctrlKey || Math.abs(event.deltaX) <= Math.abs(event.deltaY)) return;
    event.preventDefault();
    const dx = event.deltaMode === 1 ? event.deltaX * 16 : event.deltaX;
    this.panBy(dx / this.width, false, event);
  };

  /**
   * Shows `range` (clamped to the whole range and to one day at least). Animated unless
   * `animate` is false or the reader prefers reduced motion; resolves when the view is there
   * (or when a newer move replaced this one).
   */
  setRange(range: Range, animate = false, sourceEvent: Event | null = null): Promise<void> {
    const target = clampRange(range, this.whole);
    cancelAnimationFrame(this.animation);
    this.finishAnimation?.();
    if (!this.svg) {
      this.range = target;
      this.host.requestUpdate();
      this.options.onChange?.(this.range, sourceEvent);
      return Promise.resolve();
    }
    const apply = (r: Range) => this.behavior.transform(this.selection()!, this.transformFor(r));
    if (!animate || prefersReducedMotion()) {
      // d3-zoom passes the input on as the zoom event's sourceEvent (its typings omit the argument).
      (this.behavior.transform as (...args: unknown[]) => void)(this.selection()!, this.transformFor(target), undefined, sourceEvent ?? undefined);
      return Promise.resolve();
    }
    // Interpolate the logarithm of the span, so zooming feels uniform, and the centre linearly.
    const [s0, e0] = this.range;
    const c0 = (s0 + e0) / 2, c1 = (target[0] + target[1]) / 2;
    const l0 = Math.log(e0 - s0), l1 = Math.log(target[1] - target[0]);
    const t0 = performance.now();
    const step = (now: number) => {
      const p = Math.min(1, (now - t0) / 220);
      const q = p < 0.5 ? 2 * p * p : 1 - (-2 * p + 2) ** 2 / 2;
      const span = Math.exp(l0 + (l1 - l0) * q);
      const c = c0 + (c1 - c0) * q;
      apply(p === 1 ? target : [c - span / 2, c + span / 2]);
      if (p < 1) this.animation = requestAnimationFrame(step);
      else this.finishAnimation?.();
    };
    this.animation = requestAnimationFrame(step);
    return new Promise((resolve) => (this.finishAnimation = () => {
      this.finishAnimation = null;
      resolve();
    }));
  }

  /** Zooms by `factor` (> 1 zooms in) around the centre, or around `atFraction` of the width. */
  zoomBy(factor: number, animate = true, atFraction = 0.5): Promise<void> {
    const [s, e] = this.range;
    const pivot = s + (e - s) * atFraction;
    const span = (e - s) / factor;
    return this.setRange([pivot - span * atFraction, pivot + span * (1 - atFraction)], animate);
  }

  /** Pans by a fraction of the visible width (positive moves later in time). */
  panBy(fraction: number, animate = true, sourceEvent: Event | null = null): Promise<void> {
    const [s, e] = this.range;
    const d = (e - s) * fraction;
    return this.setRange([s + d, e + d], animate, sourceEvent);
  }

  /** The whole zoomable range. */
  get wholeRange(): Range {
    return this.whole;
  }
}
