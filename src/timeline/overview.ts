/**
 * The overview strip's brush as a ReactiveController. The brush shows the main view's window over
 * the whole range and sets it when dragged: drag the window to move it, drag an edge to resize
 * it, drag elsewhere to draw a new window, click elsewhere to centre the window there. It owns the
 * nodes inside one `<g class="brush">` that the template leaves empty (the one place besides the
 * zoom listeners where the DOM is not Lit's), with d3-brush's structure and class names: an
 * overlay, the selection and two handles.
 *
 * Our own pointer-event code instead of d3-brush: one path for mouse, pen and touch (pointer
 * capture), and it does not pull d3-transition, d3-interpolate and d3-color (~6 KB gzip) into the
 * script-tag bundle for transitions the component never runs.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Range } from './zoom-controller.js';

export interface OverviewOptions {
  /** Called when the reader moves the brush. */
  onBrush: (range: Range, sourceEvent: Event) => void;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Width of the edge handles, centred on the edges (as d3-brush). */
const HANDLE = 6;

type Mode = 'move' | 'w' | 'e' | 'new';
interface Drag {
  mode: Mode;
  pointerId: number;
  /** Pointer x where the gesture started, and the selection then. */
  x0: number;
  sel0: [number, number];
  moved: boolean;
}

/** Owns the brush of the overview strip. */
export class OverviewController implements ReactiveController {
  private g: SVGGElement | null = null;
  private overlay: SVGRectElement | null = null;
  private selection: SVGRectElement | null = null;
  private handles: SVGRectElement[] = [];
  private width = 1;
  private height = 1;
  private whole: Range = [0, 1];
  /** The main view's window, as last synced. */
  private range: Range = [0, 1];
  /** The selection as drawn, in pixels. */
  private shown: [number, number] | null = null;
  private drag: Drag | null = null;

  constructor(host: ReactiveControllerHost, private readonly options: OverviewOptions) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.detach();
  }

  private detach(): void {
    if (this.g) {
      this.g.removeEventListener('pointerdown', this.handleDown);
      this.g.replaceChildren();
    }
    this.g = this.overlay = this.selection = null;
    this.handles = [];
    this.shown = this.drag = null;
  }

  private toPx = (t: number): number => ((t - this.whole[0]) / (this.whole[1] - this.whole[0])) * this.width;
  private toTime = (px: number): number => this.whole[0] + (px / this.width) * (this.whole[1] - this.whole[0]);

  /**
   * Attaches to `g` if needed and moves the brush to show `range`. Called by the host after
   * each render; does nothing when nothing changed, and never fights a drag in progress.
   */
  sync(g: SVGGElement | null, width: number, height: number, whole: Range, range: Range): void {
    if (!g) return this.detach();
    const resized = g !== this.g || width !== this.width || height !== this.height;
    this.width = Math.max(1, width);
    this.height = Math.max(1, height);
    this.whole = whole;
    this.range = range;
    if (g !== this.g) this.attach(g);
    if (resized) {
      this.set(this.overlay!, { width: this.width, height: this.height });
      for (const r of [this.selection!, ...this.handles]) this.set(r, { height: this.height });
      this.shown = null;
    }
    if (!this.drag) this.redraw();
  }

  /** Draws the synced window (unless it is already drawn there). */
  private redraw(): void {
    const { range } = this;
    // Keep the handle grabbable when the window is only a few pixels wide.
    let a = this.toPx(range[0]), b = this.toPx(range[1]);
    if (b - a < 4) {
      const c = (a + b) / 2;
      a = Math.max(0, c - 2);
      b = Math.min(this.width, a + 4);
    }
    if (this.shown && Math.abs(this.shown[0] - a) < 0.5 && Math.abs(this.shown[1] - b) < 0.5) return;
    this.draw(a, b);
  }

  private set(el: Element, attrs: Record<string, string | number>): void {
    for (const k in attrs) el.setAttribute(k, String(attrs[k]));
  }

  private attach(g: SVGGElement): void {
    this.detach();
    this.g = g;
    const rect = (cls: string, cursor: string) => {
      const r = document.createElementNS(SVG_NS, 'rect');
      this.set(r, { class: cls, cursor, y: 0 });
      g.append(r);
      return r;
    };
    this.overlay = rect('overlay', 'crosshair');
    this.set(this.overlay, { 'pointer-events': 'all', fill: 'none' });
    this.selection = rect('selection', 'move');
    this.handles = [rect('handle handle--w', 'ew-resize'), rect('handle handle--e', 'ew-resize')];
    g.addEventListener('pointerdown', this.handleDown);
  }

  private draw(a: number, b: number): void {
    this.shown = [a, b];
    this.set(this.selection!, { x: a, width: b - a });
    this.set(this.handles[0], { x: a - HANDLE / 2, width: HANDLE });
    this.set(this.handles[1], { x: b - HANDLE / 2, width: HANDLE });
  }

  /** The pointer's x in the strip's pixels. */
  private xOf(e: PointerEvent): number {
    const box = (this.g!.ownerSVGElement ?? this.g!).getBoundingClientRect();
    return e.clientX - box.left;
  }

  private handleDown = (e: PointerEvent): void => {
    if (!this.g || this.drag || e.button > 0 || !e.isPrimary) return;
    const target = e.target as Element;
    const mode: Mode = target === this.selection ? 'move' : target === this.handles[0] ? 'w' : target === this.handles[1] ? 'e' : 'new';
    const x0 = this.xOf(e);
    this.drag = { mode, pointerId: e.pointerId, x0, sel0: this.shown ?? [x0, x0], moved: false };
    this.g.setPointerCapture?.(e.pointerId);
    this.g.addEventListener('pointermove', this.handleMove);
    this.g.addEventListener('pointerup', this.handleUp);
    this.g.addEventListener('pointercancel', this.handleUp);
    e.preventDefault();
    e.stopPropagation();
  };

  private handleMove = (e: PointerEvent): void => {
    const d = this.drag;
    if (!d || e.pointerId !== d.pointerId) return;
    const x = Math.min(this.width, Math.max(0, this.xOf(e)));
    if (!d.moved && Math.abs(x - d.x0) < 1) return;
    d.moved = true;
    const [a0, b0] = d.sel0;
    let a: number, b: number;
    if (d.mode === 'move') {
      const dx = Math.min(this.width - b0, Math.max(-a0, x - d.x0));
      [a, b] = [a0 + dx, b0 + dx];
    } else {
      // An edge dragged past the other one swaps them, as in d3-brush.
      const anchor = d.mode === 'w' ? b0 : d.mode === 'e' ? a0 : d.x0;
      [a, b] = [Math.min(anchor, x), Math.max(anchor, x)];
    }
    if (b - a <= 1) return;
    this.draw(a, b);
    this.options.onBrush([this.toTime(a), this.toTime(b)], e);
  };

  private handleUp = (e: PointerEvent): void => {
    const d = this.drag;
    if (!d || e.pointerId !== d.pointerId || !this.g) return;
    this.drag = null;
    this.g.removeEventListener('pointermove', this.handleMove);
    this.g.removeEventListener('pointerup', this.handleUp);
    this.g.removeEventListener('pointercancel', this.handleUp);
    if (d.moved || d.mode !== 'new' || e.type === 'pointercancel') {
      // Show where the view really is (it clamps to one day at least and to the whole range).
      this.shown = null;
      this.redraw();
      return;
    }
    // A click beside the window: centre the window on the clicked time.
    const [s, end] = this.shown ? this.shown.map(this.toTime) : this.whole;
    const c = this.toTime(d.x0);
    this.shown = null;
    this.options.onBrush([c - (end - s) / 2, c + (end - s) / 2], e);
  };
}
