import { expect } from '@esm-bundle/chai';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import type { TimelineEvent } from '../../src/events-schema.js';
import { centerOf, cleanup, markOf, mount, part, settle, smallDocument, until } from '../fixtures/timeline-helpers.js';

const clickAt = async (node: Element) => {
  const { x, y } = centerOf(node);
  await sendMouse({ type: 'click', position: [x, y] });
};
const focusedEventId = (el: HTMLElement) => el.shadowRoot!.activeElement?.getAttribute('data-event-id') ?? null;

describe('<diplo-timeline> selection and keyboard', () => {
  afterEach(async () => {
    cleanup();
    await resetMouse();
  });

  it('clicking an event opens its card with both titles, date, people, place, type and every source', async () => {
    const el = await mount({ lang: 'en', start: '2015-08-01', end: '2015-10-31' }, await smallDocument());
    const selections: Array<TimelineEvent | null> = [];
    el.addEventListener('diplo-select', (e) => selections.push(e.detail.event));
    await clickAt(markOf(el, 'e2-month')!.querySelector('rect')!);
    await settle(el);
    const card = part(el, 'card')!;
    expect(card).to.not.equal(null);
    const text = card.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('Joint statement in September');
    expect(text).to.contain('Tuyên bố chung tháng 9');
    expect(text).to.contain('September 2015');
    expect(text).not.to.match(/\b\d{1,2} September 2015/); // never a day it does not know
    expect(text).to.contain('Person B');
    expect(text).to.contain('Statement');
    expect(card.querySelectorAll('.sources li').length).to.equal(2);
    expect(text).to.contain('Hồi tháng 9, hai bên ra tuyên bố chung.');
    expect(text).to.contain('Test article A');
    expect(selections.map((e) => e?.id)).to.deep.equal(['e2-month']);
    expect(el.selected).to.equal('e2-month');
    expect(el.getAttribute('selected')).to.equal('e2-month');
  });

  it('Escape closes the card and reports the cleared selection', async () => {
    const el = await mount({ selected: 'e6-summit', lang: 'en' }, await smallDocument());
    expect(part(el, 'card')!.textContent).to.contain('Singapore summit');
    const selections: Array<TimelineEvent | null> = [];
    el.addEventListener('diplo-select', (e) => selections.push(e.detail.event));
    (part(el, 'card') as HTMLElement).focus();
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(part(el, 'card')).to.equal(null);
    expect(selections).to.deep.equal([null]);
  });

  it('hovering an event shows a tooltip with its title and date', async () => {
    const el = await mount({ lang: 'en', start: '2016-05-01', end: '2016-06-30' }, await smallDocument());
    const { x, y } = centerOf(markOf(el, 'e4-call')!.querySelector('circle')!);
    await sendMouse({ type: 'move', position: [x, y] });
    await settle(el);
    const tip = part(el, 'tooltip')!;
    expect(tip.textContent).to.contain('A calls C');
    expect(tip.textContent).to.contain('23 May 2016');
  });

  it('Tab reaches the timeline; arrow keys walk the events in time order, scrolling each into view', async () => {
    const doc = await smallDocument();
    const el = await mount({ 'no-controls': '', start: '2015-01-01', end: '2015-12-31' }, doc);
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.classList.contains('plot')).to.equal(true);
    const visited: string[] = [];
    for (let i = 0; i < doc.events.length; i++) {
      await sendKeys({ press: 'ArrowRight' });
      await until(() => focusedEventId(el) !== null && focusedEventId(el) !== visited[visited.length - 1], 2000, `event ${i + 1}`);
      await settle(el);
      const id = focusedEventId(el)!;
      visited.push(id);
      const mark = markOf(el, id)!;
      // The screen reader hears the date and the title.
      expect(mark.getAttribute('aria-label')).to.match(/\d{4}.*: /);
      // It is inside the view.
      const box = mark.getBoundingClientRect(), plot = part(el, 'axis')!.closest('svg')!.getBoundingClientRect();
      expect(box.right).to.be.greaterThan(plot.left);
      expect(box.left).to.be.below(plot.right);
    }
    expect(visited).to.deep.equal(['e1-meeting', 'e2-month', 'e3-range', 'e4-call', 'e5-year', 'e6-summit', 'e7-attack', 'e8-other']);
    await sendKeys({ press: 'Home' });
    await until(() => focusedEventId(el) === 'e1-meeting', 2000, 'Home');
    await sendKeys({ press: 'ArrowLeft' });
    expect(focusedEventId(el)).to.equal('e1-meeting');
  });

  it('Enter opens the card of the focused event and moves focus into it', async () => {
    const el = await mount({ 'no-controls': '', lang: 'en', start: '2016-01-01', end: '2016-12-31' }, await smallDocument());
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'ArrowRight' });
    await until(() => focusedEventId(el) === 'e3-range', 2000, 'focus');
    await sendKeys({ press: 'Enter' });
    await until(() => !!part(el, 'card') && el.shadowRoot!.activeElement === part(el, 'card'), 2000, 'card');
    expect(part(el, 'card')!.textContent).to.contain('C visits Vietnam');
    await sendKeys({ press: 'Escape' });
    await until(() => focusedEventId(el) === 'e3-range', 2000, 'focus back');
    expect(part(el, 'card')).to.equal(null);
  });

  it('announces range changes politely', async () => {
    const el = await mount({ lang: 'en' }, await smallDocument());
    const live = [...el.shadowRoot!.querySelectorAll('[aria-live="polite"]')];
    expect(live.length).to.be.greaterThan(0);
    el.zoomTo('2016-01-01', '2016-12-31');
    await until(() => live.some((n) => /Showing .*2016/.test(n.textContent ?? '')), 3000, 'announcement');
  });

  it('select(id) selects and scrolls to an event; the selected attribute opens its card', async () => {
    const el = await mount({ start: '2015-01-01', end: '2015-06-30' }, await smallDocument());
    el.select('e7-attack');
    await until(() => !!markOf(el, 'e7-attack'), 2000, 'scroll to the event');
    expect(part(el, 'card')).to.not.equal(null);
    el.setAttribute('selected', 'e1-meeting');
    await settle(el);
    expect(part(el, 'card')!.textContent).to.contain('Hội đàm A và B');
  });
});
