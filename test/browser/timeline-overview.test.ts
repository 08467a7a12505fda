import { expect } from '@esm-bundle/chai';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import type { DiploTimeline } from '../../src/timeline/diplo-timeline.js';
import { centerOf, cleanup, mount, part, settle, smallDocument, until, wheel } from '../fixtures/timeline-helpers.js';

/** The brush selection in overview pixels, and where the visible range should put it. */
function brushAndView(el: DiploTimeline) {
  const overview = part<SVGSVGElement>(el, 'overview')!;
  const sel = overview.querySelector('.selection')!;
  const width = overview.getBoundingClientRect().width;
  const { start, end } = el.fullRange;
  const px = (d: Date) => ((d.getTime() - start.getTime()) / (end.getTime() - start.getTime())) * width;
  return {
    brush: [Number(sel.getAttribute('x')), Number(sel.getAttribute('x')) + Number(sel.getAttribute('width'))],
    view: [px(el.visibleRange.start), px(el.visibleRange.end)],
  };
}

describe('<diplo-timeline> overview strip', () => {
  afterEach(async () => {
    cleanup();
    await resetMouse();
  });

  it('the brush shows the main view’s window, also after a wheel zoom', async () => {
    const el = await mount({}, await smallDocument());
    let { brush, view } = brushAndView(el);
    expect(brush[0]).to.be.closeTo(view[0], 1);
    expect(brush[1]).to.be.closeTo(view[1], 1);
    const { x, y } = centerOf(part(el, 'axis')!.closest('svg')!);
    await wheel(x, y, -600);
    await settle(el);
    ({ brush, view } = brushAndView(el));
    expect(brush[1] - brush[0]).to.be.below(700);
    expect(brush[0]).to.be.closeTo(view[0], 1);
    expect(brush[1]).to.be.closeTo(view[1], 1);
  });

  it('dragging the brush moves the main view, keeping its width', async () => {
    const el = await mount({ start: '2016-01-01', end: '2016-12-31' }, await smallDocument());
    const before = el.visibleRange;
    const sel = part(el, 'overview')!.querySelector('.selection')!;
    const { x, y } = centerOf(sel);
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [x + 50, y] });
    await sendMouse({ type: 'move', position: [x + 100, y] });
    await sendMouse({ type: 'up' });
    await settle(el);
    const after = el.visibleRange;
    const msPerPx = (el.fullRange.end.getTime() - el.fullRange.start.getTime()) / part(el, 'overview')!.getBoundingClientRect().width;
    expect(after.start.getTime() - before.start.getTime()).to.be.closeTo(100 * msPerPx, 2 * msPerPx);
    expect(after.end.getTime() - after.start.getTime()).to.be.closeTo(before.end.getTime() - before.start.getTime(), 864e5);
    const { brush, view } = brushAndView(el);
    expect(brush[0]).to.be.closeTo(view[0], 1);
  });

  it('clicking the strip outside the brush centres the view there', async () => {
    const el = await mount({ start: '2016-01-01', end: '2016-12-31' }, await smallDocument());
    const box = part(el, 'overview')!.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(box.right - 40), Math.round(box.top + 10)] });
    await until(() => el.visibleRange.start.getFullYear() >= 2021, 2000, 'view to move');
  });

  it('no-overview hides it', async () => {
    const el = await mount({ 'no-overview': '' }, await smallDocument());
    expect(part(el, 'overview')).to.equal(null);
  });
});
