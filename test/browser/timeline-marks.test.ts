import { expect } from '@esm-bundle/chai';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import { centerOf, cleanup, denseEvents, drawnIds, markOf, mount, part, parts, settle, smallDocument, until, wheel } from '../fixtures/timeline-helpers.js';

describe('<diplo-timeline> marks', () => {
  afterEach(async () => {
    cleanup();
    await resetMouse();
  });

  it('draws month-precision events as a band across the whole month, unlike a day point', async () => {
    const el = await mount({ start: '2015-08-01', end: '2015-10-31' }, await smallDocument());
    const band = markOf(el, 'e2-month')!;
    expect(band.dataset.kind).to.equal('band');
    expect(band.dataset.precision).to.equal('month');
    const rect = band.querySelector('rect')!.getBoundingClientRect();
    const plotWidth = part(el, 'axis')!.closest('svg')!.getBoundingClientRect().width;
    // September is 30 of the 92 days shown.
    expect(rect.width / plotWidth).to.be.closeTo(30 / 92, 0.02);
    expect(getComputedStyle(band.querySelector('rect')!).strokeDasharray).to.not.equal('none');
    el.setAttribute('start', '2015-03-01');
    el.setAttribute('end', '2015-03-31');
    await settle(el);
    expect(markOf(el, 'e1-meeting')!.dataset.kind).to.equal('point');
    expect(markOf(el, 'e1-meeting')!.querySelector('circle')).to.not.equal(null);
  });

  it('draws multi-day events as a range from the first to the last day', async () => {
    const el = await mount({ start: '2016-02-01', end: '2016-02-29' }, await smallDocument());
    const range = markOf(el, 'e3-range')!;
    expect(range.dataset.kind).to.equal('range');
    const plotWidth = part(el, 'axis')!.closest('svg')!.getBoundingClientRect().width;
    expect(range.querySelector('rect')!.getBoundingClientRect().width / plotWidth).to.be.closeTo(3 / 29, 0.01);
  });

  it('collapses a dense month into clusters with counts, which split into events when zoomed in', async () => {
    const events = denseEvents(80, new Date(2016, 0, 1), 28);
    const el = await mount({ 'no-overview': '' }, events);
    const clusters = parts(el, 'cluster');
    expect(clusters.length).to.be.greaterThan(0);
    const counted = clusters.reduce((s, c) => s + Number(c.getAttribute('data-count')), 0);
    expect(counted + drawnIds(el).length).to.equal(80);
    expect(clusters[0].textContent!.trim()).to.match(/^\d+$/);
    // Real wheel input over the cluster, several notches.
    for (let i = 0; i < 12 && parts(el, 'cluster').length; i++) {
      const { x, y } = centerOf(parts(el, 'cluster')[0] ?? part(el, 'axis')!);
      await wheel(x, y, -500);
      await settle(el);
    }
    await until(() => parts(el, 'cluster').length === 0, 2000, 'clusters to split');
    expect(drawnIds(el).length).to.be.greaterThan(5);
  });

  it('draws 20,000 events with a few hundred nodes: what is visible, clustered by zoom level', async () => {
    const el = await mount({}, denseEvents(20000, new Date(2015, 0, 1), 2900));
    const nodes = () => el.shadowRoot!.querySelectorAll('*').length;
    const count = () => parts(el, 'cluster').reduce((s, c) => s + Number(c.getAttribute('data-count')), 0) + drawnIds(el).length;
    expect(nodes()).to.be.below(800);
    expect(count()).to.be.closeTo(20000, 200); // all of them, give or take the edges of the window
    await el.zoomTo('2016-03-01', '2016-03-08');
    await settle(el);
    expect(nodes()).to.be.below(800);
    expect(drawnIds(el).length).to.be.greaterThan(10);
  });

  it('clicking a cluster zooms into it', async () => {
    const el = await mount({ 'no-overview': '' }, denseEvents(80, new Date(2016, 0, 1), 28));
    const before = el.visibleRange;
    (parts(el, 'cluster')[0] as SVGGElement).dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await until(() => el.visibleRange.end.getTime() - el.visibleRange.start.getTime() < (before.end.getTime() - before.start.getTime()) / 10, 2000, 'zoom');
  });

  it('splits events into lanes by type, country and participant', async () => {
    const el = await mount({ 'group-by': 'type', lang: 'en', height: '600' }, await smallDocument());
    const lanes = () => [...el.shadowRoot!.querySelectorAll('g.lane')].map((g) => g.getAttribute('data-lane'));
    expect(lanes()).to.deep.equal(['meeting', 'call', 'summit', 'visit', 'statement', 'agreement', 'attack', 'other']);
    expect(el.shadowRoot!.querySelector('g.lane[data-lane="call"] [part~="event"]')!.getAttribute('data-event-id')).to.equal('e4-call');
    el.groupBy = 'participant';
    await settle(el);
    // e4 involves Person A and Person C: it is drawn in both lanes.
    expect(drawnIds(el).filter((id) => id === 'e4-call').length).to.equal(2);
    el.setAttribute('group-by', 'country');
    await settle(el);
    expect(lanes()).to.include('US');
  });

  it('filters by types, participants and query, and redraws when they change', async () => {
    const el = await mount({ types: 'meeting,call' }, await smallDocument());
    expect(drawnIds(el).sort()).to.deep.equal(['e1-meeting', 'e4-call']);
    el.removeAttribute('types');
    el.setAttribute('participants', 'Person C');
    await settle(el);
    expect(drawnIds(el).sort()).to.deep.equal(['e3-range', 'e4-call']);
    el.removeAttribute('participants');
    el.query = 'singapore';
    await settle(el);
    expect(drawnIds(el)).to.deep.equal(['e6-summit']);
  });

  it('clicking a legend entry hides that type, and clicking it again shows it', async () => {
    const el = await mount({ lang: 'en' }, await smallDocument());
    const entry = () => [...part(el, 'controls')!.querySelectorAll('.legend button')].find((b) => b.textContent!.includes('Call'))!;
    await sendMouse({ type: 'click', position: Object.values(centerOf(entry())) as [number, number] });
    await settle(el);
    expect(drawnIds(el)).to.not.include('e4-call');
    expect(drawnIds(el).length).to.equal(7);
    expect(entry().getAttribute('aria-pressed')).to.equal('false');
    await sendMouse({ type: 'click', position: Object.values(centerOf(entry())) as [number, number] });
    await settle(el);
    expect(drawnIds(el)).to.include('e4-call');
    expect(el.types).to.equal(null);
  });

  it('labels the axis and the events in the language of lang, and follows changes of it', async () => {
    const el = await mount({ lang: 'en', start: '2016-01-01', end: '2016-12-31' }, await smallDocument());
    const axisText = () => part(el, 'axis')!.textContent!;
    expect(axisText()).to.contain('Feb');
    expect(markOf(el, 'e4-call')!.getAttribute('aria-label')).to.contain('A calls C');
    el.setAttribute('lang', 'vi');
    await settle(el);
    expect(axisText()).to.contain('thg 2');
    expect(markOf(el, 'e4-call')!.getAttribute('aria-label')).to.contain('A điện đàm với C');
    expect(markOf(el, 'e4-call')!.getAttribute('aria-label')).to.contain('23 tháng 5 năm 2016');
  });

  it('takes its language from the nearest ancestor with lang when it has none', async () => {
    const wrapper = document.createElement('div');
    wrapper.lang = 'en-GB';
    document.body.append(wrapper);
    const el = document.createElement('diplo-timeline');
    el.events = await smallDocument();
    wrapper.append(el);
    await settle(el);
    expect(el.resolvedLang).to.equal('en');
    wrapper.lang = 'vi';
    await until(() => el.resolvedLang === 'vi', 2000, 'the page language to be followed');
    wrapper.remove();
  });

  it('shows a legend of the types present, coloured by --diplo-color-* properties', async () => {
    const el = await mount({ lang: 'en' }, await smallDocument());
    el.style.setProperty('--diplo-color-summit', 'rgb(1, 2, 3)');
    await settle(el);
    expect(part(el, 'controls')!.textContent).to.contain('Summit');
    expect(getComputedStyle(markOf(el, 'e6-summit')!.querySelector('circle')!).fill).to.equal('rgb(1, 2, 3)');
  });

  it('works 320 px wide', async () => {
    const el = await mount({}, await smallDocument(), 320);
    expect(part(el, 'axis')!.closest('svg')!.getBoundingClientRect().width).to.be.closeTo(318, 3);
    expect(drawnIds(el).length + parts(el, 'cluster').length).to.be.greaterThan(0);
    el.style.width = '600px';
    await until(() => part(el, 'axis')!.closest('svg')!.getBoundingClientRect().width > 590, 2000, 'resize');
  });
});
