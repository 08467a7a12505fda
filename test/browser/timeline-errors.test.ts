import { expect } from '@esm-bundle/chai';
import type { DiploErrorDetail, DiploLoadDetail } from '../../src/timeline/events.js';
import { DiploTimeline } from '../../src/timeline/diplo-timeline.js';
import { blobUrl, cleanup, drawnIds, part, settle, smallDocument, until } from '../fixtures/timeline-helpers.js';

/** Mounts a timeline and records its diplo-error and diplo-load events from the start. */
async function mountListening(attrs: Record<string, string>, setup?: (el: DiploTimeline) => void) {
  const errors: DiploErrorDetail[] = [];
  const loads: DiploLoadDetail[] = [];
  const el = document.createElement('diplo-timeline');
  el.addEventListener('diplo-error', (e) => errors.push(e.detail));
  el.addEventListener('diplo-load', (e) => loads.push(e.detail));
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.style.width = '800px';
  setup?.(el);
  document.body.append(el);
  await settle(el);
  return { el, errors, loads };
}
const message = (el: DiploTimeline) => part(el, 'message')!.textContent!.trim();

describe('<diplo-timeline> loading and errors', () => {
  let uncaught: unknown[] = [];
  const onError = (e: ErrorEvent) => uncaught.push(e.error ?? e.message);
  beforeEach(() => {
    uncaught = [];
    window.addEventListener('error', onError);
  });
  afterEach(() => {
    window.removeEventListener('error', onError);
    expect(uncaught).to.deep.equal([]);
    cleanup();
  });

  it('loads src, draws its events and fires diplo-load', async () => {
    const doc = await smallDocument();
    const { el, loads } = await mountListening({ src: blobUrl(doc) });
    await until(() => drawnIds(el).length === doc.events.length, 3000, 'events from src');
    await settle(el);
    expect(loads.map((l) => [l.source, l.count])).to.deep.equal([['src', 8]]);
    expect(message(el)).to.equal('');
  });

  it('a src that does not exist shows a polite message and fires diplo-error', async () => {
    const { el, errors } = await mountListening({ src: '/no/such/events.json' });
    await until(() => errors.length > 0, 3000, 'diplo-error');
    await settle(el);
    expect(errors[0].kind).to.equal('load');
    expect(errors[0].message).to.contain('404');
    expect(message(el)).to.contain('404');
    const box = part<HTMLElement>(el, 'message')!;
    expect(box.getAttribute('aria-live')).to.equal('polite');
    expect(box.hidden).to.equal(false);
    expect(box.getBoundingClientRect().height).to.be.greaterThan(10);
    // The reader can close it.
    box.querySelector('button')!.click();
    await settle(el);
    expect(box.hidden).to.equal(true);
  });

  it('a src with malformed JSON shows a message and keeps the events it had', async () => {
    const doc = await smallDocument();
    const { el, errors } = await mountListening({}, (t) => { t.events = doc; });
    const before = drawnIds(el).length;
    el.events = null;
    el.src = blobUrl('{"schema": "diplo-timeline/events@1", "events": [');
    await until(() => errors.some((e) => e.kind === 'load'), 3000, 'diplo-error');
    await settle(el);
    expect(message(el)).to.contain('not valid JSON');
    el.events = doc;
    await settle(el);
    expect(drawnIds(el).length).to.equal(before);
  });

  it('events with unreadable dates are skipped with a message; the valid ones are drawn', async () => {
    const doc = await smallDocument();
    doc.events[0].start = '2016-02-30';
    (doc.events[1] as unknown as { start: string }).start = 'tháng 9';
    (doc.events as unknown[]).push({ id: 'broken' }, 42);
    const { el, errors } = await mountListening({}, (t) => { t.events = doc; });
    expect(drawnIds(el).length).to.equal(6);
    expect(errors.some((e) => e.kind === 'data')).to.equal(true);
    expect(message(el)).to.match(/4 items skipped/);
  });

  it('unknown attribute values never throw: each gives a message and diplo-error, and the rest works', async () => {
    const doc = await smallDocument();
    const { el, errors } = await mountListening(
      { 'group-by': 'colour', theme: 'neon', start: 'banana', end: '2016-13-01', height: 'tall', types: 'party,meeting', lang: 'fr', selected: 'nope' },
      (t) => { t.events = doc; },
    );
    expect(drawnIds(el)).to.deep.equal(['e1-meeting']);
    const text = message(el);
    for (const what of ['group-by', 'theme', 'start', 'end', 'types', 'lang', 'selected']) expect(text).to.contain(what);
    expect(errors.filter((e) => e.kind === 'attribute').length).to.be.at.least(7);
    expect(el.visibleRange.start.getTime()).to.equal(new Date(2015, 0, 1).getTime());
    el.setAttribute('group-by', 'type');
    el.removeAttribute('types');
    await settle(el);
    expect(drawnIds(el).length).to.equal(8);
  });

  it('accepts a bare array of events as well as a document', async () => {
    const doc = await smallDocument();
    const { el, loads } = await mountListening({}, (t) => { t.events = doc.events.slice(0, 3); });
    expect(drawnIds(el).sort()).to.deep.equal(['e1-meeting', 'e2-month', 'e3-range']);
    expect(loads[0].source).to.equal('events');
  });

  it('shows DiploTimeline.defaultEvents when neither events nor src is set, read at first render', async () => {
    const doc = await smallDocument();
    const el = document.createElement('diplo-timeline');
    DiploTimeline.defaultEvents = doc;
    try {
      el.style.width = '600px';
      document.body.append(el);
      await settle(el);
      expect(drawnIds(el).length).to.equal(8);
    } finally {
      DiploTimeline.defaultEvents = null;
    }
  });

  it('loading the library twice does not throw', async () => {
    // A second evaluation of the registration module, as a second copy of the bundle would do.
    await import(`../../src/timeline/define.ts?copy=${Date.now()}`);
    expect(customElements.get('diplo-timeline')).to.equal(DiploTimeline);
  });
});
