// Lifecycle hardening (issue 8): mounting and removing the element 1,000 times leaves no element,
// listener, observer, fetch or timer behind (measured through the Chrome DevTools Protocol), and
// several instances on one page do not interfere with each other.
import { expect } from '@esm-bundle/chai';
import { executeServerCommand, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import type { EventsDocument } from '../../src/events-schema.js';
import type { DiploTimeline } from '../../src/timeline/diplo-timeline.js';
import { centerOf, cleanup, drawnIds, markOf, mount, part, settle, smallDocument, until, visibleDays, wheel } from '../fixtures/timeline-helpers.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const probe = <T>(command: string, payload?: unknown) => executeServerCommand(command, payload) as Promise<T>;
const PROTOTYPES = ['customElements.get("diplo-timeline").prototype', 'ShadowRoot.prototype', 'ResizeObserver.prototype', 'MutationObserver.prototype', 'AbortController.prototype'];

/**
 * Wraps the timer functions so that every timeout, interval and animation frame scheduled from
 * now on is remembered with the stack that scheduled it until it runs or is cancelled.
 */
function trackTimers() {
  const live = new Map<string, string>();
  const w = window as unknown as Record<string, (...a: unknown[]) => number>;
  const original = Object.fromEntries(['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'requestAnimationFrame', 'cancelAnimationFrame'].map((k) => [k, w[k]]));
  const schedule = (kind: string, repeat: boolean) => (fn: unknown, ...rest: unknown[]) => {
    const stack = new Error().stack ?? '';
    const id: number = original[kind].call(window, (...args: unknown[]) => {
      if (!repeat) live.delete(`${kind}:${id}`);
      if (typeof fn === 'function') fn(...args);
    }, ...rest);
    live.set(`${kind}:${id}`, stack);
    return id;
  };
  const cancel = (kind: string, cancelName: string) => (id: unknown) => {
    live.delete(`${kind}:${id}`);
    return original[cancelName].call(window, id);
  };
  w.setTimeout = schedule('setTimeout', false);
  w.setInterval = schedule('setInterval', true);
  w.requestAnimationFrame = schedule('requestAnimationFrame', false);
  w.clearTimeout = cancel('setTimeout', 'clearTimeout');
  w.clearInterval = cancel('setInterval', 'clearInterval');
  w.cancelAnimationFrame = cancel('requestAnimationFrame', 'cancelAnimationFrame');
  return {
    /** Stacks of what is still scheduled and was scheduled by library code (not by this test). */
    pendingFromLibrary: () => [...live.values()].filter((s) => /\/(src|node_modules)\//.test(s)),
    restore: () => Object.assign(window, original),
  };
}

/** Every element the lives created, held weakly: a live one after GC is a leak. */
const created: Array<WeakRef<Element>> = [];

/**
 * One life of an element, touching what could leave something behind: timers, fetch, focus,
 * card, a move within the page. `afterRemoval` runs once the removal has had a moment to settle.
 */
async function life(i: number, doc: EventsDocument, afterRemoval?: () => void): Promise<void> {
  const el = document.createElement('diplo-timeline');
  created.push(new WeakRef(el));
  el.style.width = '600px';
  const fetching = i % 10 === 3;
  if (fetching) el.src = `/__diplo/src?tag=leak&n=3&delay=5000`; // removed while the fetch is in flight
  else el.events = doc;
  el.lang = i % 2 ? 'en' : 'vi';
  document.body.append(el);
  await el.updateComplete;
  if (fetching) await sleep(30); // let the request reach the server
  if (i % 4 === 0) void el.zoomTo('2016-01-01', '2016-06-30'); // an animation in flight
  if (i % 4 === 1) {
    el.select('e3-range'); // opens the card
    el.setAttribute('start', '2015-06-01'); // moves the window at once: arms the announcement timer
    await el.updateComplete;
  }
  if (i % 4 === 2) el.shadowRoot!.querySelector<SVGElement>('svg.plot')?.focus();
  if (i % 50 === 0) {
    // Now and then: move the element within the page (disconnect + connect), then remove it.
    document.body.prepend(el);
    await el.updateComplete;
  }
  el.remove();
  // A cancelled fetch settles a few microtasks later (its timer is cleared then).
  if (fetching) await sleep(0);
  afterRemoval?.();
}

describe('<diplo-timeline> leaks', () => {
  afterEach(cleanup);

  it('adding and removing the element 1,000 times leaves no element, listener, observer, fetch or timer behind', async function () {
    this.timeout(180_000);
    const doc = await smallDocument();
    // Warm up module-level caches (templates, date labels) so they do not count as growth.
    for (let i = 0; i < 20; i++) await life(i, doc);
    await sleep(1000);
    const before = {
      listeners: await probe<Record<string, string[]>>('listeners'),
      objects: await probe<Record<string, number>>('count-objects', { prototypes: PROTOTYPES }),
      heap: (await probe<{ usedSize: number }>('heap')).usedSize,
    };
    created.length = 0;
    const timers = trackTimers();
    // Timers the library still has pending once an element is gone (a stack line each).
    const leftBehind = new Set<string>();
    try {
      for (let i = 0; i < 1000; i++) await life(i, doc, () => timers.pendingFromLibrary().forEach((s) => leftBehind.add(s.split('\n').slice(2, 4).join(' | '))));
      await sleep(1500);
    } finally {
      timers.restore();
    }
    expect([...leftBehind], 'timers pending after removal').to.deep.equal([]);
    expect(timers.pendingFromLibrary()).to.deep.equal([]);
    await probe('gc');
    expect(created.filter((r) => r.deref()).length, 'removed elements still alive after GC').to.equal(0);
    const after = {
      listeners: await probe<Record<string, string[]>>('listeners'),
      objects: await probe<Record<string, number>>('count-objects', { prototypes: PROTOTYPES }),
      heap: (await probe<{ usedSize: number }>('heap')).usedSize,
    };
    expect(document.querySelectorAll('diplo-timeline').length).to.equal(0);
    expect(after.listeners).to.deep.equal(before.listeners);
    expect(after.objects[PROTOTYPES[0]], 'live <diplo-timeline> objects').to.equal(0);
    expect(after.objects).to.deep.equal(before.objects);
    // A leaked instance holds its shadow DOM, lanes and templates (tens of KB each): 1,000 of
    // them would add tens of MB. Allow 2 MB of noise.
    expect(after.heap - before.heap, `heap ${before.heap} → ${after.heap}`).to.be.below(2_000_000);
    // Fetches of removed elements were cancelled, not left to finish.
    const log: Array<{ aborted: boolean; finished: boolean }> = await (await fetch('/__diplo/log?tag=leak')).json();
    expect(log.length).to.be.at.least(50);
    expect(log.filter((r) => !r.aborted), 'requests not cancelled').to.deep.equal([]);
  });
});

describe('<diplo-timeline> several instances on one page', () => {
  afterEach(async () => {
    cleanup();
    await resetMouse();
  });

  it('selection, zoom, keyboard focus, language and id references stay per instance', async () => {
    const doc = await smallDocument(); // one document object shared by both
    const a = await mount({ lang: 'vi', start: '2015-01-01', end: '2016-12-31', height: '300' }, doc);
    const b = await mount({ lang: 'en', start: '2015-01-01', end: '2016-12-31', height: '300' }, doc);
    const rangeOf = (el: DiploTimeline) => [el.visibleRange.start.getTime(), el.visibleRange.end.getTime()];
    const bRange = rangeOf(b);
    const selections: Array<[string, string | undefined]> = [];
    for (const [name, el] of [['a', a], ['b', b]] as const) el.addEventListener('diplo-select', (e) => selections.push([name, e.detail.event?.id]));

    // Select in A with the real mouse: only A opens a card.
    const { x, y } = centerOf(markOf(a, 'e3-range')!.querySelector('.mark')!);
    await sendMouse({ type: 'click', position: [x, y] });
    await settle(a);
    expect([a.selected, b.selected]).to.deep.equal(['e3-range', null]);
    expect(part(b, 'card')).to.equal(null);
    expect(selections).to.deep.equal([['a', 'e3-range']]);

    // Zoom A with the real wheel: B's window does not move.
    const plotA = a.shadowRoot!.querySelector('svg.plot')!;
    const days = visibleDays(a);
    const c = centerOf(plotA);
    await wheel(c.x, c.y, -300);
    await until(() => visibleDays(a) < days * 0.9, 3000, 'A zoomed');
    await settle(b);
    expect(rangeOf(b)).to.deep.equal(bRange);

    // Keyboard: focus A's first event, walk with the arrows; B's focus and window stay.
    a.select(null);
    await settle(a);
    await a.zoomTo('2015-01-01', '2016-12-31');
    await settle(a);
    (a.shadowRoot!.querySelector('svg.plot') as SVGElement).focus();
    await sendKeys({ press: 'Home' });
    await until(() => a.shadowRoot!.activeElement?.getAttribute('data-event-id') === 'e1-meeting', 3000, 'A focus');
    await sendKeys({ press: 'ArrowRight' });
    await until(() => a.shadowRoot!.activeElement?.getAttribute('data-event-id') === 'e2-month', 3000, 'A next');
    await sendKeys({ press: 'Enter' });
    await settle(a);
    expect(a.selected).to.equal('e2-month');
    expect(b.shadowRoot!.activeElement).to.equal(null);
    expect(b.selected).to.equal(null);
    expect(rangeOf(b)).to.deep.equal(bRange);

    // Each instance's id references resolve inside its own shadow root, to its own content.
    b.select('e6-summit');
    await settle(b);
    for (const [el, title] of [[a, 'Tuyên bố chung tháng 9'], [b, 'Singapore summit']] as const) {
      const root = el.shadowRoot!;
      const card = part(el, 'card')!;
      expect(root.getElementById(card.getAttribute('aria-labelledby')!)!.textContent).to.equal(title);
      const plot = root.querySelector('svg.plot')!;
      expect(root.getElementById(plot.getAttribute('aria-describedby')!)!.textContent).to.contain(el === a ? 'Mũi tên' : 'arrows');
      for (const n of root.querySelectorAll('[id]')) expect(root.querySelectorAll(`#${CSS.escape(n.id)}`).length, n.id).to.equal(1);
    }
    // The shared document is read per instance language.
    expect(markOf(a, 'e1-meeting')!.getAttribute('aria-label')).to.contain('Hội đàm A và B');
    expect(markOf(b, 'e1-meeting')!.getAttribute('aria-label')).to.contain('A meets B');
    expect(drawnIds(a).length).to.be.greaterThan(0);
  });

  it('instances with different src load their own documents; removing one leaves the other working', async () => {
    const a = await mount({ lang: 'en', start: '2016-01-01', end: '2016-01-31', src: '/__diplo/src?tag=inst-a&n=2&delay=200' });
    const b = await mount({ lang: 'en', start: '2016-01-01', end: '2016-01-31', src: '/__diplo/src?tag=inst-b&n=4&delay=50' });
    await until(() => drawnIds(a).length === 2 && drawnIds(b).length === 4, 5000, 'both documents');
    expect(drawnIds(a).every((id) => id.startsWith('inst-a'))).to.equal(true);
    expect(drawnIds(b).every((id) => id.startsWith('inst-b'))).to.equal(true);
    a.remove();
    const days = visibleDays(b);
    await b.zoomTo('2016-01-01', '2016-01-10');
    await settle(b);
    expect(visibleDays(b)).to.be.below(days);
    expect(drawnIds(b).length).to.be.greaterThan(0);
  });
});
