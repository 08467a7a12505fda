/**
 * The overview strip's brush as a ReactiveController around d3-brush. The brush shows the main
 * view's window over the whole range and sets it when dragged. d3-brush draws its own overlay,
 * selection and handles inside one `<g>` that the template leaves empty (the one place where d3
 * owns nodes; Lit never renders children there).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { brushX, type BrushBehavior, type D3BrushEvent } from 'd3-brush';
import { pointer, select } from 'd3-selection';
import type { Range } from './zoom-controller.js';

export interface OverviewOptions {
  /** Called when the reader moves the brush. */
  onBrush: (range: Range, sourceEvent: Event) => void;
}

/** Owns the d3-brush of the overview strip. */
export class OverviewController implements ReactiveController {
  private g: SVGGElement | null = null;
  private readonly brush: BrushBehavior<unknown>;
  private width = 1;
  private height = 1;
  private whole: Range = [0, 1];
  private shown: [number, number] | null = null;

  constructor(host: ReactiveControllerHost, private readonly options: OverviewOptions) {
    host.addController(this);
    this.brush = brushX<unknown>().on('brush end', (event: D3BrushEvent<unknown>) => this.handleBrush(event));
  }

  hostDisconnected(): void {
    this.detach();
  }

  private detach(): void {
    if (this.g) select(this.g).on('.brush', null);
    this.g = null;
    this.shown = null;
  }

  private toPx = (t: number): number => ((t - this.whole[0]) / (this.whole[1] - this.whole[0])) * this.width;
  private toTime = (px: number): number => this.whole[0] + (px / this.width) * (this.whole[1] - this.whole[0]);

  /**
   * Attaches to `g` if needed and moves the brush to show `range`. Called by the host after
   * each render; does nothing when nothing changed.
   */
  sync(g: SVGGElement | null, width: number, height: number, whole: Range, range: Range): void {
    if (!g) return this.detach();
    const resized = g !== this.g || width !== this.width || height !== this.height;
    this.width = Math.max(1, width);
    this.height = Math.max(1, height);
    this.whole = whole;
    if (resized) {
      this.g = g;
      this.brush.extent([[0, 0], [this.width, this.height]]);
      select(g).call(this.brush);
      this.shown = null;
    }
    // Keep the handle grabbable when the window is only a few pixels wide.
    let a = this.toPx(range[0]), b = this.toPx(range[1]);
    if (b - a < 4) {
      const c = (a + b) / 2;
      a = Math.max(0, c - 2);
      b = Math.min(this.width, a + 4);
    }
    if (this.shown && Math.abs(this.shown[0] - a) < 0.5 && Math.abs(this.shown[1] - b) < 0.5) return;
    this.shown = [a, b];
    this.brush.move(select(g), [a, b]);
  }

  private handleBrush(event: D3BrushEvent<unknown>): void {
    const source = event.sourceEvent as Event | undefined;
    if (!source || !this.g) return; // our own brush.move
    const sel = event.selection as [number, number] | null;
    if (sel && sel[1] - sel[0] > 1) {
      this.shown = [sel[0], sel[1]];
      this.options.onBrush([this.toTime(sel[0]), this.toTime(sel[1])], source);
      return;
    }
    if (event.type === 'end') {
      // A click without a drag: centre the current window on the clicked time.
      const [px] = pointer(source, this.g);
      const [s, e] = this.shown ? this.shown.map(this.toTime) : this.whole;
      const c = this.toTime(px);
      this.shown = null;
      this.options.onBrush([c - (e - s) / 2, c + (e - s) / 2], source);
    }
  }
}
