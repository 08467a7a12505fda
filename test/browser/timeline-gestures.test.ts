// Gestures the component implements itself (the overview brush, the animated double-click and
// double-tap zoom), driven with real mouse and touch input, and the d3 set-up they rely on.
import { expect } from '@esm-bundle/chai';
import { resetMouse, sendKeys } from '@web/test-runner-commands';
import { selection } from 'd3-selection';
import type { DiploTimeline } from '../../src/timeline/diplo-timeline.js';
import { cleanup, dblclick, drag, mount, part, settle, smallDocument, touch, touchEmulation, until, visibleDays } from '../fixtures/timeline-helpers.js';

/** The brush's selection and handles in viewport pixels. */
function brushBox(el: DiploTimeline) {
  const overview = part<SVGSVGElement>(el, 'overview')!;
  const box = (sel: string) => overview.querySelector(sel)!.getBoundingClientRect();
  return { strip: overview.getBoundingClientRect(), sel: box('.selection'), w: box('.handle--w'), e: box('.handle--e') };
}

/** Where the visible window sits on the overview strip, in viewport pixels. */
function viewOnStrip(el: DiploTimeline): [number, number] {
  const strip = part(el, 'overview')!.getBoundingClientRect();
  const { start, end } = el.fullRange;
  const px = (d: Date) => strip.left + ((d.getTime() - start.getTime()) / (end.getTime() - start.getTime())) * strip.width;
  return [px(el.visibleRange.start), px(el.visibleRange.end)];
}

describe('<diplo-timeline> overview brush', () => {
  afterEach(async () => {
    cleanup();
    await resetMouse();
  });

  it('dragging the right handle widens the window, keeping its start', async () => {
    const el = await mount({ start: '2016-01-01', end: '2016-12-31' }, await smallDocument());
    const before = el.visibleRange;
    const { e } = brushBox(el);
    const y = Math.round(e.top + e.height / 2);
    await drag([Math.round(e.left + e.width / 2), y], [Math.round(e.left + e.width / 2) + 80, y]);
    await settle(el);
    expect(el.visibleRange.start.getTime()).to.be.closeTo(before.start.getTime(), 864e5);
    expect(visibleDays(el)).to.be.greaterThan(365 + 30);
    const [a, b] = viewOnStrip(el);
    const { sel } = brushBox(el);
    expect(sel.left).to.be.closeTo(a, 1.5);
    expect(sel.right).to.be.closeTo(b, 1.5);
  });

  it('dragging the left handle past the right one swaps the edges', async () => {
    const el = await mount({ start: '2016-01-01', end: '2016-12-31' }, await smallDocument());
    const { w, e } = brushBox(el);
    const y = Math.round(w.top + w.height / 2);
    const right = Math.round(e.left + e.width / 2);
    await drag([Math.round(w.left + w.width / 2), y], [right + 60, y]);
    await settle(el);
    const [a, b] = viewOnStrip(el);
    expect(a).to.be.closeTo(right, 2);
    expect(b).to.be.closeTo(right + 60, 2);
  });

  it('dragging on the strip outside the window draws a new window there', async () => {
    const el = await mount({ start: '2016-01-01', end: '2016-12-31' }, await smallDocument());
    const { strip } = brushBox(el);
    const y = Math.round(strip.top + strip.height / 2);
    const x0 = Math.round(strip.right - 150), x1 = Math.round(strip.right - 30);
    await drag([x0, y], [x1, y]);
    await settle(el);
    const [a, b] = viewOnStrip(el);
    expect(a).to.be.closeTo(x0, 2);
    expect(b).to.be.closeTo(x1, 2);
    expect(el.visibleRange.start.getFullYear()).to.be.at.least(2021);
  });

  it('moves the window with a one-finger drag on a touch screen', async () => {
    await touchEmulation(true);
    try {
      const el = await mount({ start: '2016-01-01', end: '2016-12-31' }, await smallDocument());
      const days = visibleDays(el);
      const before = el.visibleRange.start.getTime();
      const { sel } = brushBox(el);
      const x = Math.round(sel.left + sel.width / 2), y = Math.round(sel.top + sel.height / 2);
      await touch([[[x, y]], [[x + 20, y]], [[x + 40, y]], [[x + 60, y]], [[x + 60, y]]]);
      await settle(el);
      const msPerPx = (el.fullRange.end.getTime() - el.fullRange.start.getTime()) / brushBox(el).strip.width;
      expect(el.visibleRange.start.getTime() - before).to.be.closeTo(60 * msPerPx, 3 * msPerPx);
      expect(visibleDays(el)).to.be.closeTo(days, 1);
    } finally {
      await touchEmulation(false);
    }
  });
});

describe('<diplo-timeline> double-click and double-tap zoom', () => {
  afterEach(async () => {
    cleanup();
    await resetMouse();
  });

  it('animates a double-click zoom over several frames when motion is allowed', async () => {
    const el = await mount({ start: '2016-01-01', end: '2016-12-31' }, await smallDocument());
    const box = part(el, 'axis')!.closest('svg')!.getBoundingClientRect();
    const x = Math.round(box.left + box.width * 0.75), y = Math.round(box.bottom - 20);
    const clicked = el.visibleRange.start.getTime() + 0.75 * (el.visibleRange.end.getTime() - el.visibleRange.start.getTime());
    const days = visibleDays(el);
    const seen = new Set<number>();
    el.addEventListener('diplo-range-change', () => seen.add(Math.round(visibleDays(el))));
    await dblclick(x, y);
    await until(() => Math.abs(visibleDays(el) - days / 2) < 1, 2000, 'dblclick zoom to end');
    // Intermediate widths, not one jump: the move was animated.
    expect([...seen].filter((d) => d < days - 2 && d > days / 2 + 2).length).to.be.greaterThan(0);
    const { start, end } = el.visibleRange;
    expect(start.getTime() + 0.75 * (end.getTime() - start.getTime())).to.be.closeTo(clicked, 2 * 864e5);
    // Shift + double-click zooms back out.
    await sendKeys({ down: 'Shift' });
    try {
      await dblclick(x, y);
    } finally {
      await sendKeys({ up: 'Shift' });
    }
    await until(() => Math.abs(visibleDays(el) - days) < 1, 2000, 'shift+dblclick zoom out');
  });

  it('zooms in on a double tap on a touch screen', async () => {
    await touchEmulation(true);
    try {
      const el = await mount({ start: '2016-01-01', end: '2016-12-31' }, await smallDocument());
      const box = part(el, 'axis')!.closest('svg')!.getBoundingClientRect();
      const x = Math.round(box.left + box.width / 2), y = Math.round(box.bottom - 20);
      const days = visibleDays(el);
      await touch([[[x, y]], [[x, y]]]);
      await touch([[[x, y]], [[x, y]]]);
      await until(() => visibleDays(el) < days * 0.6, 2000, 'double-tap zoom');
    } finally {
      await touchEmulation(false);
    }
  });

  it('runs on the same d3 as the script-tag bundle: no d3-transition on selections', () => {
    // The tests resolve d3-transition to the component's stand-in (rollup.config.mjs), as the
    // self-contained bundles do; a gesture that needed real transitions would fail above.
    expect((selection.prototype as unknown as Record<string, unknown>).transition).to.equal(undefined);
    expect((selection.prototype as unknown as Record<string, unknown>).interrupt).to.be.a('function');
  });
});
