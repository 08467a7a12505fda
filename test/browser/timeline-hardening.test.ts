// Hostile input (issue 8): text from data stays text, links are http(s) only, a bad `src` of any
// kind is reported and keeps what is shown, the last `src` wins, and events with unreadable or
// reversed dates are skipped with a count instead of being drawn somewhere wrong.
import { expect } from '@esm-bundle/chai';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import type { EventsDocument, TimelineEvent } from '../../src/events-schema.js';
import type { DiploErrorDetail } from '../../src/timeline/events.js';
import { DiploTimeline } from '../../src/timeline/diplo-timeline.js';
import { centerOf, cleanup, drawnIds, mount, part, settle, smallDocument, until } from '../fixtures/timeline-helpers.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const pwned = () => (window as unknown as { __pwned?: unknown }).__pwned;
const markOf = (el: DiploTimeline, id: string) => el.shadowRoot!.querySelector(`[part~="event"][data-event-id="${CSS.escape(id)}"]`);
const messageOf = (el: DiploTimeline) => part(el, 'message')!.textContent!.replace(/\s+/g, ' ').trim();

/** Text payloads that would run script or create elements if they were ever treated as markup. */
const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=2</script>',
  '"><svg onload="window.__pwned=3"></svg>',
  'javascript:window.__pwned=4',
  '<a href="javascript:window.__pwned=5">x</a>',
  '<scr\u200bipt>window.__pwned=6</scr\u200bipt>\u200d\ufeff',
];

function hostileEvent(id: string, payload: string, date: string): TimelineEvent {
  return {
    id, start: date, precision: 'day', type: 'meeting',
    title: { vi: `${payload} vi`, en: `${payload} en` },
    participants: [{ name: `${payload} name`, nameVi: `${payload} nameVi`, role: `${payload} role`, country: `${payload} country` }],
    location: { name: `${payload} place`, nameVi: `${payload} placeVi`, country: `${payload} pc` },
    sources: [{ document: `doc-${id}`, quote: `${payload} quote`, start: 0, end: 10 }],
  };
}

/** Elements inside the shadow root whose tag is not one the component itself renders. */
function foreignElements(el: DiploTimeline): string[] {
  const own = new Set(['div', 'section', 'button', 'p', 'span', 'h2', 'h3', 'dl', 'dt', 'dd', 'ul', 'ol', 'li', 'blockquote', 'cite', 'bdi', 'strong', 'svg', 'g', 'rect', 'circle', 'line', 'text', 'path', 'style']);
  return [...el.shadowRoot!.querySelectorAll('*')].map((n) => n.localName).filter((t) => !own.has(t));
}

/** Screen rectangle of the first text node under `root` that contains `needle`. */
function textRect(root: Node, needle: string): DOMRect {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const i = n.textContent!.indexOf(needle);
    if (i < 0) continue;
    const range = document.createRange();
    range.setStart(n, i);
    range.setEnd(n, i + needle.length);
    return range.getBoundingClientRect();
  }
  throw new Error(`no text ${needle}`);
}

describe('<diplo-timeline> hostile text', () => {
  afterEach(async () => {
    cleanup();
    await resetMouse();
    delete (window as unknown as { __pwned?: unknown }).__pwned;
  });

  it('titles, names, places, quotes, ids and document titles with markup render as inert text everywhere', async () => {
    const events = PAYLOADS.map((p, i) => hostileEvent(`ev-${i}-${p}`, p, `2016-0${i + 1}-15`));
    const doc = { schema: 'diplo-timeline/events@1', documents: events.map((e, i) => ({ id: e.sources[0].document, title: `${PAYLOADS[i]} doctitle`, published: null, publishedFrom: null })), events: [...events] } as EventsDocument;
    // A broken event whose id and dates are payloads too: they end up in the message.
    (doc.events as unknown[]).push({ id: PAYLOADS[0], start: PAYLOADS[1], title: { vi: 'x', en: 'x' }, participants: [], sources: [] });
    for (const groupBy of ['none', 'participant', 'country']) {
      const el = await mount({ lang: 'en', start: '2016-01-01', end: '2016-07-31', 'group-by': groupBy }, doc);
      expect(drawnIds(el).length, groupBy).to.equal(PAYLOADS.length);
      // Hover one mark (tooltip), then open every card in turn.
      const first = markOf(el, events[0].id)!;
      const { x, y } = centerOf(first.querySelector('.mark')!);
      await sendMouse({ type: 'move', position: [x, y] });
      await settle(el);
      expect(part(el, 'tooltip')!.textContent).to.contain(events[0].title.en);
      for (const [i, e] of events.entries()) {
        el.select(e.id);
        await settle(el);
        const card = part(el, 'card')!;
        expect(card.querySelector('h2')!.textContent).to.equal(e.title.en);
        for (const piece of ['name', 'role', 'country', 'place', 'pc', 'quote', 'doctitle']) expect(card.textContent, piece).to.contain(`${PAYLOADS[i]} ${piece}`);
        expect(markOf(el, e.id)!.getAttribute('aria-label')).to.contain(e.title.en);
        expect(foreignElements(el), `${groupBy} card ${i}`).to.deep.equal([]);
      }
      expect(messageOf(el)).to.contain(PAYLOADS[1]);
      expect(foreignElements(el)).to.deep.equal([]);
      expect(el.shadowRoot!.querySelectorAll('a').length).to.equal(0);
      expect(document.querySelectorAll('img, svg').length).to.equal(0);
      cleanup();
    }
    await sleep(50); // an onerror would have fired by now
    expect(pwned()).to.equal(undefined);
  });

  it('bidi overrides in data cannot reorder the UI around them (tooltip, card, message)', async () => {
    const RLO = '\u202e';
    const e: TimelineEvent = {
      id: `rlo${RLO}id`, start: '2016-03-10', end: '2016-03-12', precision: 'day', type: 'visit',
      title: { vi: `${RLO}Tiêu đề`, en: `${RLO}Title` },
      participants: [{ name: `${RLO}Alice`, role: 'Minister', country: 'VN' }],
      location: { name: `${RLO}Hue`, country: 'VN' },
      sources: [{ document: 'd1', quote: 'q', start: 0, end: 1 }],
    };
    const doc = { schema: 'diplo-timeline/events@1', documents: [{ id: 'd1', title: `${RLO}Paper`, published: '2016-03-13', publishedFrom: 'header' }], events: [e] } as EventsDocument;
    (doc.events as unknown[]).push({ id: `bad${RLO}one`, start: '2016-02-30', title: { vi: 'x', en: 'x' }, participants: [], sources: [] });
    const el = await mount({ lang: 'en', start: '2016-03-01', end: '2016-03-31' }, doc);
    const { x, y } = centerOf(markOf(el, e.id)!.querySelector('.mark')!);
    await sendMouse({ type: 'move', position: [x, y] });
    await settle(el);
    // Tooltip: the date follows the title on screen.
    const tip = part(el, 'tooltip')!;
    expect(textRect(tip, '2016').left).to.be.greaterThan(textRect(tip, 'Title').right - 1);
    el.select(e.id);
    await settle(el);
    const card = part(el, 'card')!;
    const [, people, place] = card.querySelectorAll('dd');
    const cite = card.querySelector('cite')!;
    // The role follows the name, the country follows the place, the date follows the paper.
    expect(textRect(people, 'Minister').left).to.be.greaterThan(textRect(people, 'Alice').right - 1);
    expect(textRect(place, 'VN').left).to.be.greaterThan(textRect(place, 'Hue').right - 1);
    expect(textRect(cite, '2016').left).to.be.greaterThan(textRect(cite, 'Paper').right - 1);
    // The message quotes the bad id with its control character made visible.
    expect(messageOf(el)).to.contain('bad\\u202eone');
    expect(messageOf(el)).not.to.contain(RLO);
  });

  it('source links: http(s) URLs become links; javascript:, data:, relative and disguised URLs stay plain text', async () => {
    const bad = ['javascript:window.__pwned=1', 'JavaScript:window.__pwned=2', ' javascript:window.__pwned=3', '\u0000javascript:window.__pwned=4',
      'java\u200bscript:window.__pwned=5', 'java\tscript:window.__pwned=6', 'data:text/html,<script>window.__pwned=7</script>', 'vbscript:x', '//evil.example/x', '/relative/x', 'file:///etc/passwd', 'ftp://x.example/'];
    const good = ['https://example.org/a?b=1&c=<2>', 'http://example.org/b'];
    const urls = [...good, ...bad];
    const e: TimelineEvent = {
      id: 'linked', start: '2016-03-10', precision: 'day', type: 'meeting', title: { vi: 't', en: 't' }, participants: [], location: null,
      sources: urls.map((url, i) => ({ document: `d${i}`, quote: `q${i}`, start: 0, end: 1, url })),
    };
    // One more source with no url of its own: its document's url counts.
    e.sources.push({ document: 'doc-with-url', quote: 'qd', start: 0, end: 1 }, { document: 'doc-with-bad-url', quote: 'qb', start: 0, end: 1 });
    const documents = [...urls.map((_, i) => ({ id: `d${i}`, title: `Paper ${i}`, published: null, publishedFrom: null })),
      { id: 'doc-with-url', title: 'Doc link', published: null, publishedFrom: null, url: 'https://example.org/doc' },
      { id: 'doc-with-bad-url', title: 'Doc bad link', published: null, publishedFrom: null, url: 'javascript:window.__pwned=9' }];
    const el = await mount({ lang: 'en', selected: 'linked' }, { schema: 'diplo-timeline/events@1', documents, events: [e] } as EventsDocument);
    const cites = [...part(el, 'card')!.querySelectorAll('cite')];
    expect(cites.length).to.equal(urls.length + 2);
    const links = cites.map((c) => c.querySelector('a'));
    expect(links.slice(0, good.length).map((a) => a?.href)).to.deep.equal(good.map((u) => new URL(u).href));
    for (const a of links.slice(0, good.length)) {
      expect(a!.rel).to.contain('noopener');
      expect(a!.target).to.equal('_blank');
    }
    expect(links.slice(good.length, urls.length).map((a) => a?.outerHTML ?? null)).to.deep.equal(bad.map(() => null));
    expect(cites.slice(good.length, urls.length).map((c) => c.textContent!.trim())).to.deep.equal(bad.map((_, i) => `Paper ${i + good.length}`));
    expect(links[urls.length]?.href).to.equal('https://example.org/doc');
    expect(links[urls.length + 1]?.outerHTML ?? null).to.equal(null);
    expect(cites[urls.length + 1].textContent!.trim()).to.equal('Doc bad link');
    expect(pwned()).to.equal(undefined);
  });
});

/** The test server's controllable events endpoint (see test/web-test-runner.config.mjs). */
const endpoint = (params: Record<string, string | number>) => `/__diplo/src?${new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)]))}`;
const serverLog = async (tag: string): Promise<Array<{ body: string; aborted: boolean; finished: boolean }>> => (await fetch(`/__diplo/log?tag=${tag}`)).json();

describe('<diplo-timeline> src failures', () => {
  const errors: Array<{ detail: DiploErrorDetail; bubbles: boolean; composed: boolean; target: EventTarget | null }> = [];
  const onError = (e: Event) => {
    const ev = e as CustomEvent<DiploErrorDetail>;
    errors.push({ detail: ev.detail, bubbles: ev.bubbles, composed: ev.composed, target: ev.target });
  };
  const saved = { timeout: DiploTimeline.srcTimeout, max: DiploTimeline.srcMaxBytes };
  beforeEach(() => {
    errors.length = 0;
    document.addEventListener('diplo-error', onError);
  });
  afterEach(() => {
    document.removeEventListener('diplo-error', onError);
    DiploTimeline.srcTimeout = saved.timeout;
    DiploTimeline.srcMaxBytes = saved.max;
    cleanup();
  });

  /** A timeline showing 3 events read from a good src. */
  async function withGoodSrc(tag: string) {
    const el = await mount({ lang: 'en', start: '2016-01-01', end: '2016-01-31' });
    el.src = endpoint({ tag, n: 3 });
    await until(() => drawnIds(el).length === 3, 5000, 'the good src');
    return el;
  }

  /** A timeline showing the 3 events of the default dataset (what the script-tag bundle shows). */
  async function withDefaultEvents(tag: string) {
    DiploTimeline.defaultEvents = ['a', 'b', 'c'].map((x, i) => ({
      id: `${tag}-${x}`, start: `2016-01-0${i + 1}`, precision: 'day', type: 'call', title: { vi: x, en: x }, participants: [], location: null, sources: [],
    }));
    try {
      const el = await mount({ lang: 'en', start: '2016-01-01', end: '2016-01-31' });
      expect(drawnIds(el).length).to.equal(3);
      return el;
    } finally {
      DiploTimeline.defaultEvents = null;
    }
  }

  const failures: Array<[string, Record<string, string | number>, RegExp, (() => void)?]> = [
    ['404', { status: 404 }, /HTTP 404/],
    ['500', { status: 500, delay: 50 }, /HTTP 500/],
    ['a server that never answers (timeout)', { delay: 4000 }, /no answer within 0.3 s/, () => { DiploTimeline.srcTimeout = 300; }],
    ['a body that stops halfway (timeout)', { body: 'stall' }, /no answer within 0.3 s/, () => { DiploTimeline.srcTimeout = 300; }],
    ['invalid JSON', { body: 'invalid' }, /not valid JSON/],
    ['valid JSON of the wrong shape', { body: 'shape' }, /not an events document/],
    ['a document over the size limit', { body: 'huge', bytes: 40_000_000 }, /larger than 1000000 bytes/, () => { DiploTimeline.srcMaxBytes = 1_000_000; }],
  ];
  for (const [[name, params, reason, setup], from] of failures.flatMap((f) => [[f, 'src'], [f, 'default']] as const)) {
    it(`${name}: a polite visible message, a composed diplo-error, and the events shown (from ${from}) stay`, async () => {
      const el = from === 'src' ? await withGoodSrc(`good-${params.status ?? params.body ?? 'x'}`) : await withDefaultEvents('default');
      const before = drawnIds(el);
      setup?.();
      const tag = `bad-${Math.random().toString(36).slice(2)}`;
      el.src = endpoint({ ...params, tag });
      await until(() => errors.length > 0, 6000, 'diplo-error');
      await settle(el);
      expect(errors.length).to.equal(1);
      const [{ detail, bubbles, composed, target }] = errors;
      expect([detail.kind, bubbles, composed, target]).to.deep.equal(['load', true, true, el]);
      expect(detail.message).to.match(reason);
      const box = part<HTMLElement>(el, 'message')!;
      expect(box.getAttribute('aria-live')).to.equal('polite');
      expect(box.hidden).to.equal(false);
      expect(box.getBoundingClientRect().height).to.be.greaterThan(10);
      expect(messageOf(el)).to.match(reason);
      expect(drawnIds(el)).to.deep.equal(before);
      expect(el.loadedEvents.length).to.equal(3);
      expect(el.shadowRoot!.querySelector('text.empty')?.textContent ?? null).to.equal(null);
      if (params.body === 'huge' || params.body === 'stall') {
        // The component stopped reading: the server saw the client hang up.
        await sleep(300);
        expect((await serverLog(tag)).map((r) => r.aborted)).to.deep.equal([true]);
      }
    });
  }

  it('a large document under the limit loads (the limit is not hit by real data)', async () => {
    const el = await mount({ lang: 'en', start: '2016-01-01', end: '2016-01-31' });
    el.src = endpoint({ tag: 'big', n: 20, body: 'huge', bytes: 5_000_000 });
    await until(() => drawnIds(el).length === 20, 8000, 'the large document');
    expect(errors).to.deep.equal([]);
  });

  it('the same src failing again is reported again; a good src afterwards clears the message', async () => {
    const el = await withGoodSrc('again-good');
    const bad = endpoint({ status: 500, tag: 'again-bad' });
    el.src = bad;
    await until(() => errors.length === 1, 5000, 'first error');
    el.src = endpoint({ tag: 'again-good', n: 2 });
    await until(() => drawnIds(el).length === 2, 5000, 'good src');
    await settle(el);
    expect(messageOf(el)).to.equal('');
    el.src = bad;
    await until(() => errors.length === 2, 5000, 'second error');
    await settle(el);
    expect(messageOf(el)).to.contain('HTTP 500');
    expect(drawnIds(el).length).to.equal(2);
  });

  it('changing src quickly cancels the earlier request: the last one wins even when the earlier answers later', async () => {
    const el = await mount({ lang: 'en', start: '2016-01-01', end: '2016-01-31' });
    const loads: string[] = [];
    el.addEventListener('diplo-load', () => loads.push(drawnIds(el).join()));
    const slow = `slow-${Date.now()}`, mid = `mid-${Date.now()}`, fast = `fast-${Date.now()}`;
    el.src = endpoint({ tag: slow, n: 4, delay: 900 });
    await el.updateComplete;
    await sleep(30);
    el.src = endpoint({ tag: mid, n: 5, delay: 600 });
    await el.updateComplete;
    await sleep(30);
    el.src = endpoint({ tag: fast, n: 2, delay: 100 });
    await until(() => drawnIds(el).length === 2, 5000, 'the last src');
    // Wait past the moment the earlier answers would have arrived.
    await sleep(1200);
    await settle(el);
    expect(loads.length).to.equal(1);
    expect(drawnIds(el).sort()).to.deep.equal([`${fast}-0`, `${fast}-1`]);
    expect(el.loadedEvents.map((e) => e.id).sort()).to.deep.equal([`${fast}-0`, `${fast}-1`]);
    expect((await serverLog(slow)).map((r) => r.aborted)).to.deep.equal([true]);
    expect((await serverLog(mid)).map((r) => r.aborted)).to.deep.equal([true]);
    expect((await serverLog(fast)).map((r) => r.finished)).to.deep.equal([true]);
    expect(errors).to.deep.equal([]);
  });

  it('while the first src loads, the timeline says so; a later src keeps the old events until the new ones arrive', async () => {
    const el = await mount({ lang: 'en', start: '2016-01-01', end: '2016-01-31' });
    const loads: number[] = [];
    el.addEventListener('diplo-load', (e) => loads.push(e.detail.count));
    el.src = endpoint({ tag: 'first', n: 3, delay: 400 });
    await settle(el);
    expect(el.shadowRoot!.querySelector('text.empty')?.textContent).to.equal('Loading…');
    await until(() => drawnIds(el).length === 3, 5000, 'first src');
    el.src = endpoint({ tag: 'second', n: 5, delay: 400 });
    await settle(el);
    expect(drawnIds(el).length).to.equal(3);
    expect(el.shadowRoot!.querySelector('text.empty')?.textContent ?? null).to.equal(null);
    await until(() => drawnIds(el).length === 5, 5000, 'second src');
    await settle(el);
    // One diplo-load per document read, none for the wait in between.
    expect(loads).to.deep.equal([3, 5]);
  });
});

describe('<diplo-timeline> unreadable dates', () => {
  afterEach(cleanup);

  it('missing, impossible and reversed dates are skipped with a count; valid events draw where they belong, none at 1970', async () => {
    const valid: TimelineEvent[] = [
      { id: 'ok-day', start: '2016-02-29', precision: 'day', type: 'meeting', title: { vi: 'a', en: 'a' }, participants: [], location: null, sources: [] },
      { id: 'ok-range', start: '2016-03-01', end: '2016-03-05', precision: 'day', type: 'visit', title: { vi: 'b', en: 'b' }, participants: [], location: null, sources: [] },
      { id: 'ok-month', start: '2016-04', precision: 'month', type: 'call', title: { vi: 'c', en: 'c' }, participants: [], location: null, sources: [] },
    ];
    const bad: Array<Record<string, unknown>> = [
      {}, // no start
      { start: null },
      { start: '' },
      { start: 0 },
      { start: '2015-02-30' },
      { start: '2015-13-01' },
      { start: '2015-00-10' },
      { start: '2015-02-29' }, // not a leap year
      { start: '16-02-08' },
      { start: '2016-2-8' },
      { start: '2016-02-08T10:00:00Z' },
      { start: '0070-01-01' }, // a Date built from year 70 is 1970
      { start: '0000' },
      { start: '2016-03-05', end: '2016-03-01' }, // reversed
      { start: '2016-03', end: '2016-02-15', precision: 'month' }, // reversed across precisions
      { start: '2016-03-05', end: '2016-02-30' }, // impossible end
    ];
    const events = [...valid, ...bad.map((b, i) => ({ id: `bad-${i}`, precision: 'day', type: 'meeting', title: { vi: 'x', en: 'x' }, participants: [], location: null, sources: [], ...b }))];
    const errors: DiploErrorDetail[] = [];
    const el = document.createElement('diplo-timeline');
    el.addEventListener('diplo-error', (e) => errors.push(e.detail));
    el.events = events as TimelineEvent[];
    el.lang = 'en';
    el.style.width = '800px';
    document.body.append(el);
    await settle(el);
    await el.fit();
    await settle(el);
    expect(drawnIds(el).sort()).to.deep.equal(['ok-day', 'ok-month', 'ok-range']);
    expect(el.loadedEvents.map((e) => e.id)).to.deep.equal(['ok-day', 'ok-range', 'ok-month']);
    expect(messageOf(el)).to.match(new RegExp(`^${bad.length} items skipped`));
    expect(errors.filter((e) => e.kind === 'data').length).to.equal(1);
    // Nothing widened the zoomable range toward 1970 (or 1900).
    expect(el.fullRange.start.getFullYear()).to.be.at.least(2014);
    // Each mark sits at its own date.
    const { start, end } = el.visibleRange;
    const plot = el.shadowRoot!.querySelector('svg.plot')!.getBoundingClientRect();
    const at = (id: string) => {
      const r = markOf(el, id)!.querySelector('.mark')!.getBoundingClientRect();
      return start.getTime() + ((r.left - plot.left) / plot.width) * (end.getTime() - start.getTime());
    };
    const day = 864e5;
    expect(Math.abs(at('ok-day') - new Date(2016, 1, 29, 12).getTime())).to.be.below(2 * day);
    expect(Math.abs(at('ok-range') - new Date(2016, 2, 1).getTime())).to.be.below(2 * day);
    expect(Math.abs(at('ok-month') - new Date(2016, 3, 1).getTime())).to.be.below(2 * day);
  });

  it('the same bad dates from src are skipped the same way', async () => {
    const doc = await smallDocument();
    doc.events[0].start = '2015-02-30';
    doc.events[1].end = '2015-01-01';
    delete (doc.events[2] as Partial<TimelineEvent>).start;
    const blob = URL.createObjectURL(new Blob([JSON.stringify(doc)], { type: 'application/json' }));
    const el = await mount({ lang: 'en', src: blob });
    await until(() => drawnIds(el).length === 5, 5000, 'events from src');
    await settle(el);
    expect(messageOf(el)).to.match(/^3 items skipped/);
    expect(el.fullRange.start.getFullYear()).to.be.at.least(2014);
  });
});
