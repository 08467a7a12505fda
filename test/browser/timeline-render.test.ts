// How the component renders while the reader moves: a pan moves whole lanes instead of rewriting
// each mark, gestures render once per animation frame, and the marks drawn are those in view.
import { expect } from '@esm-bundle/chai';
import { resetMouse } from '@web/test-runner-commands';
import type { DiploTimeline } from '../../src/timeline/diplo-timeline.js';
import type { TimelineEvent } from '../../src/events-schema.js';
import { centerOf, cleanup, denseEvents, drag, drawnIds, markOf, mount, part, settle, until, wheel } from '../fixtures/timeline-helpers.js';

const plotOf = (el: DiploTimeline) => el.shadowRoot!.querySelector<SVGSVGElement>('svg.plot')!;

describe('<diplo-timeline> rendering while moving', () => {
  afterEach(async () => {
    cleanup();
    await resetMouse();
  });

  it('pans by moving the lanes: the drawn marks keep their attributes and move on screen', async () => {
    // 120 single days over two months, a month in view: drawn one by one at this zoom.
    const el = await mount({ start: '2016-01-15', end: '2016-02-15' }, denseEvents(120, new Date(2016, 0, 1), 60), 900);
    const ids = drawnIds(el);
    expect(ids.length).to.be.greaterThan(20);
    const probe = ids[Math.floor(ids.length / 2)];
    const before = markOf(el, probe)!.getBoundingClientRect().left;
    const changed: string[] = [];
    const observer = new MutationObserver((records) => {
      for (const r of records) {
        const mark = (r.target as Element).closest?.('[part~="event"], [part~="cluster"]');
        if (mark && r.attributeName !== 'tabindex') changed.push(`${mark.getAttribute('data-event-id') ?? 'cluster'} ${r.attributeName}`);
      }
    });
    observer.observe(el.shadowRoot!, { subtree: true, attributes: true });
    const { x, y } = centerOf(plotOf(el));
    await drag([x, y + 60], [x - 60, y + 60]);
    await settle(el);
    observer.disconnect();
    const after = markOf(el, probe)!.getBoundingClientRect().left;
    expect(after - before).to.be.closeTo(-60, 1.5);
    // Single days carry no pinned label: not one mark was rewritten.
    expect(changed).to.deep.equal([]);
  });

  it('keeps the label of a bar that starts before the view at the view’s left edge while panning', async () => {
    const long: TimelineEvent = {
      id: 'long', start: '2016-01-01', end: '2016-03-31', precision: 'day', type: 'visit',
      title: { vi: 'Chuyến thăm dài', en: 'A long visit' }, participants: [], location: null, sources: [],
    };
    const el = await mount({ start: '2016-02-01', end: '2016-02-29', lang: 'en' }, [long, ...denseEvents(4, new Date(2016, 5, 1), 4)], 900);
    const labelLeft = () => markOf(el, 'long')!.querySelector('.label')!.getBoundingClientRect().left - plotOf(el).getBoundingClientRect().left;
    expect(markOf(el, 'long')!.querySelector('.label')!.textContent).to.equal('A long visit');
    expect(labelLeft()).to.be.closeTo(4, 2);
    const { x, y } = centerOf(plotOf(el));
    await drag([x, y + 80], [x - 90, y + 80], 3);
    await settle(el);
    expect(el.visibleRange.start.getTime()).to.be.greaterThan(new Date(2016, 1, 3).getTime());
    expect(labelLeft()).to.be.closeTo(4, 2);
  });

  it('renders once per animation frame however many wheel events the frame brings', async () => {
    const el = await mount({ start: '2016-01-01', end: '2016-12-31' }, denseEvents(200, new Date(2016, 0, 1), 360), 900);
    let updates = 0;
    el.addEventListener('diplo-range-change', () => updates++);
    const svg = plotOf(el);
    const box = svg.getBoundingClientRect();
    const ranges: number[] = [];
    // Five wheel events in one task (a fast trackpad can deliver several per frame); d3-zoom
    // handles each at once, so the range moves five times.
    for (let i = 0; i < 5; i++) {
      svg.dispatchEvent(new WheelEvent('wheel', { deltaY: -60, clientX: box.left + box.width / 2, clientY: box.top + 100, bubbles: true, cancelable: true, composed: true }));
      ranges.push(el.visibleRange.end.getTime() - el.visibleRange.start.getTime());
    }
    expect(new Set(ranges).size).to.equal(5);
    await settle(el);
    // One render (one range-change event, sent after each render) for the five of them.
    expect(updates).to.equal(1);
  });

  it('draws only the marks in view, and the others as the view reaches them', async () => {
    const el = await mount({ start: '2016-01-01', end: '2016-01-31' }, denseEvents(60, new Date(2016, 0, 1), 120), 900);
    const drawn = drawnIds(el);
    expect(drawn.length).to.be.greaterThan(5);
    // Events of April are far outside January's view (and its layout margin).
    expect(drawn.filter((id) => Number(id.split('-')[1]) >= 45)).to.deep.equal([]);
    await el.zoomTo('2016-04-01', '2016-04-30');
    await settle(el);
    await until(() => drawnIds(el).some((id) => Number(id.split('-')[1]) >= 45), 2000, 'April events drawn');
    expect(drawnIds(el).filter((id) => Number(id.split('-')[1]) < 10)).to.deep.equal([]);
  });

  it('keeps marks and axis in step after a wheel zoom: a mark sits at its day on the axis', async () => {
    const el = await mount({ start: '2016-01-01', end: '2016-02-01', lang: 'en' }, denseEvents(31, new Date(2016, 0, 1), 31), 900);
    const { x, y } = centerOf(plotOf(el));
    await wheel(x, y, -300);
    await settle(el);
    const { start, end } = el.visibleRange;
    const plot = plotOf(el).getBoundingClientRect();
    for (const id of drawnIds(el).slice(0, 5)) {
      const i = Number(id.split('-')[1]);
      const day = new Date(2016, 0, 1 + i).getTime() + 864e5 / 2; // a point sits mid-day
      const expected = plot.left + ((day - start.getTime()) / (end.getTime() - start.getTime())) * plot.width;
      const circle = markOf(el, id)!.querySelector('circle')!.getBoundingClientRect();
      expect(circle.left + circle.width / 2).to.be.closeTo(expected, 1.5);
    }
    expect(part(el, 'axis')).to.not.equal(null);
  });
});
