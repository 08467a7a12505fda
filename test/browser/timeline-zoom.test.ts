import { expect } from '@esm-bundle/chai';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { cleanup, centerOf, dblclick, touch, touchEmulation, drawnIds, mount, part, settle, smallDocument, until, visibleDays, wheel } from '../fixtures/timeline-helpers.js';

describe('<diplo-timeline> zoom and pan', () => {
  afterEach(cleanup);

  it('draws every event of an events document with part="event" and data-event-id', async () => {
    const doc = await smallDocument();
    const el = await mount({ lang: 'en' }, doc);
    expect(drawnIds(el).sort()).to.deep.equal(doc.events.map((e) => e.id).sort());
    expect(part(el, 'axis')!.querySelectorAll('text').length).to.be.greaterThan(3);
  });

  it('shows 2015-01-01..2022-12-31 by default', async () => {
    const el = await mount({}, await smallDocument());
    expect(el.visibleRange.start.getTime()).to.equal(new Date(2015, 0, 1).getTime());
    expect(el.visibleRange.end.getTime()).to.equal(new Date(2023, 0, 1).getTime());
  });

  it('zooms in on a real wheel event, narrowing the visible range and announcing it', async () => {
    const el = await mount({ lang: 'en' }, await smallDocument());
    const changes: Array<{ start: Date; end: Date }> = [];
    el.addEventListener('diplo-range-change', (e) => changes.push(e.detail));
    const before = visibleDays(el);
    const { x, y } = centerOf(part(el, 'axis')!.closest('svg')!);
    await wheel(x, y, -400);
    await until(() => visibleDays(el) < before * 0.8, 2000, 'zoom');
    await settle(el);
    expect(changes.length).to.be.greaterThan(0);
    expect(changes[changes.length - 1].end.getTime() - changes[changes.length - 1].start.getTime()).to.be.below(before * 864e5);
  });
});

describe('<diplo-timeline> moving by pointer, buttons, keys and methods', () => {
  afterEach(async () => {
    cleanup();
    await resetMouse();
  });

  it('pans later in time when the plot is dragged to the left', async () => {
    const el = await mount({ start: '2016-01-01', end: '2016-12-31' }, await smallDocument());
    const before = el.visibleRange;
    const plot = part(el, 'axis')!.closest('svg')!;
    const { x, y } = centerOf(plot);
    await sendMouse({ type: 'move', position: [x, y + 60] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [x - 100, y + 60] });
    await sendMouse({ type: 'move', position: [x - 200, y + 60] });
    await sendMouse({ type: 'up' });
    await settle(el);
    const after = el.visibleRange;
    expect(after.start.getTime()).to.be.greaterThan(before.start.getTime() + 60 * 864e5);
    // Panning keeps the zoom level.
    expect(after.end.getTime() - after.start.getTime()).to.be.closeTo(before.end.getTime() - before.start.getTime(), 864e5);
  });

  it('zooms in with a two-finger pinch and pans with a one-finger swipe on a touch screen', async () => {
    await touchEmulation(true);
    try {
      const el = await mount({ start: '2016-01-01', end: '2016-12-31' }, await smallDocument());
      const box = part(el, 'axis')!.closest('svg')!.getBoundingClientRect();
      const cx = Math.round(box.left + box.width / 2), cy = Math.round(box.top + box.height / 2);
      const days = visibleDays(el);
      const frames: Array<Array<[number, number]>> = [];
      for (let d = 40; d <= 200; d += 20) frames.push([[cx - d, cy], [cx + d, cy]]);
      await touch(frames);
      await settle(el);
      expect(visibleDays(el)).to.be.below(days * 0.5);
      const start = el.visibleRange.start.getTime();
      await touch([[[cx + 100, cy]], [[cx + 50, cy]], [[cx, cy]], [[cx - 50, cy]], [[cx - 50, cy]]]);
      await settle(el);
      expect(el.visibleRange.start.getTime()).to.be.greaterThan(start);
    } finally {
      await touchEmulation(false);
    }
  });

  it('zooms in on a double click, around the clicked time', async () => {
    matchMediaReducedMotion();
    const el = await mount({ start: '2016-01-01', end: '2016-12-31' }, await smallDocument());
    const box = part(el, 'axis')!.closest('svg')!.getBoundingClientRect();
    const x = Math.round(box.left + box.width * 0.25), y = Math.round(box.bottom - 20);
    const clicked = el.visibleRange.start.getTime() + 0.25 * (el.visibleRange.end.getTime() - el.visibleRange.start.getTime());
    const days = visibleDays(el);
    await dblclick(x, y);
    await until(() => visibleDays(el) < days * 0.6, 2000, 'dblclick zoom');
    const { start, end } = el.visibleRange;
    // The clicked time stays under the pointer.
    expect(start.getTime() + 0.25 * (end.getTime() - start.getTime())).to.be.closeTo(clicked, 2 * 864e5);
  });

  it('zooms with the + and − buttons and shows everything with the fit button', async () => {
    matchMediaReducedMotion();
    const el = await mount({ lang: 'en' }, await smallDocument());
    const days = visibleDays(el);
    await sendMouse({ type: 'click', position: Object.values(centerOf(el.shadowRoot!.querySelector('button.zoom-in')!)) as [number, number] });
    await until(() => visibleDays(el) < days * 0.6, 2000, 'zoom in');
    const zoomed = visibleDays(el);
    await sendMouse({ type: 'click', position: Object.values(centerOf(el.shadowRoot!.querySelector('button.zoom-out')!)) as [number, number] });
    await until(() => visibleDays(el) > zoomed * 1.5, 2000, 'zoom out');
    await sendMouse({ type: 'click', position: Object.values(centerOf(el.shadowRoot!.querySelector('button.fit')!)) as [number, number] });
    await until(() => el.visibleRange.start.getTime() < new Date(2015, 2, 10).getTime() && el.visibleRange.end.getTime() > new Date(2022, 10, 21).getTime(), 2000, 'fit');
  });

  it('zooms in with the + key and pans with Shift+ArrowRight once focused by Tab', async () => {
    const el = await mount({ start: '2016-01-01', end: '2016-12-31' }, await smallDocument());
    await sendKeys({ press: 'Tab' });
    const days = visibleDays(el);
    await sendKeys({ press: '+' });
    await until(() => visibleDays(el) < days * 0.6, 2000, '+ key');
    const start = el.visibleRange.start.getTime();
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ up: 'Shift' });
    await until(() => el.visibleRange.start.getTime() > start + 864e5, 2000, 'Shift+ArrowRight');
  });

  it('never zooms in further than one day, nor out beyond the whole range', async () => {
    const el = await mount({}, await smallDocument());
    el.zoomTo(new Date(2016, 1, 8, 6), new Date(2016, 1, 8, 7));
    await until(() => visibleDays(el) < 2, 2000, 'zoomTo');
    expect(visibleDays(el)).to.be.closeTo(1, 0.01);
    el.zoomTo('2000-01-01', '2040-01-01');
    await until(() => visibleDays(el) > 1000, 2000, 'zoom out');
    expect(el.visibleRange.start.getTime()).to.be.greaterThan(new Date(2014, 0, 1).getTime());
    expect(el.visibleRange.end.getTime()).to.be.below(new Date(2024, 0, 1).getTime());
  });

  it('follows changes of the start and end attributes', async () => {
    const el = await mount({}, await smallDocument());
    el.setAttribute('start', '2018-06-01');
    el.setAttribute('end', '2018-06-30');
    await settle(el);
    expect(el.visibleRange.start.getTime()).to.equal(new Date(2018, 5, 1).getTime());
    expect(el.visibleRange.end.getTime()).to.equal(new Date(2018, 6, 1).getTime());
    expect(drawnIds(el)).to.include('e6-summit');
  });
});

/** Makes the buttons jump instead of animating, as a reader who prefers reduced motion sees them. */
function matchMediaReducedMotion(): void {
  const original = window.matchMedia.bind(window);
  window.matchMedia = (q: string) => (q.includes('prefers-reduced-motion') ? ({ matches: true, media: q } as MediaQueryList) : original(q));
  after(() => { window.matchMedia = original; });
}
