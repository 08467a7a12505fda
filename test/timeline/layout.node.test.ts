import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { TimelineEvent } from '../../src/events-schema.js';
import { prepareEvents, lowerBound } from '../../src/timeline/prepare.js';
import { buildLanes, laneKeys, stackRows, OTHER_LANE, UNKNOWN_LANE } from '../../src/timeline/lanes.js';
import { binSize, layoutLane } from '../../src/timeline/clusters.js';
import { filterEvents, parseList, parseTypes } from '../../src/timeline/filter.js';

const DAY = 864e5;
const ev = (id: string, start: string, extra: Partial<TimelineEvent> = {}): TimelineEvent => ({
  id, start, precision: 'day', type: 'meeting', title: { vi: id, en: id }, participants: [], location: null, sources: [], ...extra,
});
const person = (name: string, country?: string, nameVi?: string) => ({ name, country, nameVi });

describe('prepareEvents', () => {
  it('sorts by start and skips events whose dates cannot be read, saying which', () => {
    const { items, problems } = prepareEvents([ev('b', '2016-02-08'), ev('a', '2015-01-01'), ev('bad', '2016-13-45')]);
    assert.deepEqual(items.map((d) => d.id), ['a', 'b']);
    assert.equal(problems.length, 1);
    assert.match(problems[0], /"bad"/);
  });
  it('lowerBound finds the first index at or after a value', () => {
    assert.equal(lowerBound([1, 3, 3, 5], 3), 1);
    assert.equal(lowerBound([1, 3, 3, 5], 6), 4);
    assert.equal(lowerBound([], 1), 0);
  });
});

describe('lanes', () => {
  it('laneKeys gives one lane per participant, per country (falling back to the place), or by type', () => {
    const e = ev('x', '2016-01-01', { type: 'call', participants: [person('A', 'US'), person('B', 'VN'), person('C', 'US')], location: { name: 'Hà Nội', country: 'VN' } });
    assert.deepEqual(laneKeys(e, 'participant'), ['A', 'B', 'C']);
    assert.deepEqual(laneKeys(e, 'country'), ['US', 'VN']);
    assert.deepEqual(laneKeys(e, 'type'), ['call']);
    assert.deepEqual(laneKeys(e, 'none'), ['']);
    assert.deepEqual(laneKeys(ev('y', '2016-01-01', { location: { name: 'Paris', country: 'FR' } }), 'country'), ['FR']);
    assert.deepEqual(laneKeys(ev('z', '2016-01-01'), 'participant'), [UNKNOWN_LANE]);
  });
  it('buildLanes orders types as the schema does and merges the quietest lanes past the limit', () => {
    const { items } = prepareEvents([
      ev('1', '2016-01-01', { type: 'visit' }), ev('2', '2016-01-02', { type: 'meeting' }),
      ev('3', '2016-01-03', { participants: [person('A')] }), ev('4', '2016-01-04', { participants: [person('A'), person('B')] }),
      ev('5', '2016-01-05', { participants: [person('C')] }),
    ]);
    assert.deepEqual(buildLanes(items, 'type').map((l) => l.key), ['meeting', 'visit']);
    const lanes = buildLanes(items, 'participant', 2);
    assert.deepEqual(lanes.map((l) => l.key), ['A', OTHER_LANE]);
    assert.deepEqual(lanes[1].items.map((d) => d.id), ['1', '2', '4', '5']);
  });
  it('stackRows puts overlapping extents on different rows and reports those that do not fit', () => {
    assert.deepEqual(stackRows([{ x0: 0, x1: 10 }, { x0: 5, x1: 15 }, { x0: 12, x1: 20 }, { x0: 13, x1: 14 }], 2, 1), [0, 1, 0, -1]);
  });
});

describe('layoutLane', () => {
  const lane = (events: TimelineEvent[]) => buildLanes(prepareEvents(events).items, 'none')[0];
  const t0 = new Date(2016, 0, 1).getTime();
  const dense = Array.from({ length: 60 }, (_, i) => ev(`d${i}`, `2016-01-${String(1 + (i % 28)).padStart(2, '0')}`));

  it('binSize is a power of two that halves when the zoom doubles', () => {
    const a = binSize(1e6, 36), b = binSize(0.5e6, 36);
    assert.equal(Math.log2(a) % 1, 0);
    assert.equal(a / b, 2);
  });
  it('collapses a dense run into clusters whose counts add up to every event', () => {
    const l = lane(dense);
    const t1 = t0 + 365 * DAY;
    const x = (t: number) => ((t - t0) / (t1 - t0)) * 800;
    const out = layoutLane(l, x, t0, t1, { maxRows: 3 });
    assert.ok(out.clusters.length > 0);
    assert.equal(out.clusters.reduce((s, c) => s + c.count, 0) + out.events.length, 60);
  });
  it('splits the clusters into single events when zoomed in far enough', () => {
    const l = lane(dense.slice(0, 10));
    const t1 = t0 + 12 * DAY;
    const x = (t: number) => ((t - t0) / (t1 - t0)) * 800;
    const out = layoutLane(l, x, t0, t1, { maxRows: 3 });
    assert.equal(out.clusters.length, 0);
    assert.equal(out.events.length, 10);
  });
  it('never lets two marks of one row overlap', () => {
    const l = lane(dense);
    for (const days of [365, 60, 20, 5]) {
      const t1 = t0 + days * DAY;
      const x = (t: number) => ((t - t0) / (t1 - t0)) * 800;
      const out = layoutLane(l, x, t0, t1, { maxRows: 4 });
      const marks = [...out.events, ...out.clusters].sort((a, b) => a.row - b.row || a.x0 - b.x0);
      for (let i = 1; i < marks.length; i++) {
        if (marks[i].row === marks[i - 1].row) assert.ok(marks[i].x0 >= marks[i - 1].x1, `overlap at ${days} days`);
      }
    }
  });
  it('draws a year band that starts before the view but reaches into it', () => {
    const l = lane([ev('y', '2015', { precision: 'year' }), ev('p', '2015-06-01')]);
    const s = new Date(2015, 11, 1).getTime(), e = s + 60 * DAY;
    const out = layoutLane(l, (t) => ((t - s) / (e - s)) * 500, s, e, { maxRows: 2 });
    assert.deepEqual(out.events.map((m) => m.item.id), ['y']);
  });
  it('keeps a pinned event out of its cluster', () => {
    const l = lane(dense);
    const t1 = t0 + 365 * DAY;
    const out = layoutLane(l, (t) => ((t - t0) / (t1 - t0)) * 800, t0, t1, { maxRows: 2, pinned: new Set(['d5']) });
    assert.ok(out.events.some((m) => m.item.id === 'd5'));
    assert.equal(out.clusters.reduce((s, c) => s + c.count, 0) + out.events.length, 60);
  });
});

describe('filters', () => {
  const { items } = prepareEvents([
    ev('a', '2016-01-01', { type: 'call', participants: [person('Barack Obama', 'US')], title: { vi: 'Điện đàm', en: 'Call' } }),
    ev('b', '2016-01-02', { type: 'visit', participants: [person('Xi Jinping', 'CN', 'Tập Cận Bình')], location: { name: 'Hanoi', nameVi: 'Hà Nội', country: 'VN' } }),
  ]);
  it('parseList and parseTypes split comma lists and report unknown types', () => {
    assert.deepEqual(parseList(' a, b ,,c'), ['a', 'b', 'c']);
    assert.deepEqual(parseTypes('call, Visit, party'), { types: ['call', 'visit'], unknown: ['party'] });
  });
  it('filters by type, participant (part of a name, Vietnamese name or country code) and query', () => {
    assert.deepEqual(filterEvents(items, { types: ['visit'] }).map((d) => d.id), ['b']);
    assert.deepEqual(filterEvents(items, { participants: ['obama'] }).map((d) => d.id), ['a']);
    assert.deepEqual(filterEvents(items, { participants: ['tap can binh'] }).map((d) => d.id), ['b']);
    assert.deepEqual(filterEvents(items, { participants: ['US'] }).map((d) => d.id), ['a']);
    assert.deepEqual(filterEvents(items, { query: 'ha noi' }).map((d) => d.id), ['b']);
    assert.deepEqual(filterEvents(items, {}).map((d) => d.id), ['a', 'b']);
  });
});

describe('layoutLane clusters', () => {
  it('merges touching clusters, so a row never shows two clusters side by side', () => {
    const pad = (n: number) => String(n).padStart(2, '0');
    const events = Array.from({ length: 400 }, (_, i) => {
      const d = new Date(2016, 0, 1 + (i % 200));
      return ev(`e${i}`, `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`);
    });
    const l = buildLanes(prepareEvents(events).items, 'none')[0];
    const s = new Date(2015, 6, 1).getTime(), e = new Date(2017, 6, 1).getTime();
    const out = layoutLane(l, (t) => ((t - s) / (e - s)) * 320, s, e, { maxRows: 1 });
    const clusters = out.clusters.sort((a, b) => a.x0 - b.x0);
    for (let i = 1; i < clusters.length; i++) assert.ok(clusters[i].x0 - clusters[i - 1].x1 >= 3, 'touching clusters');
    assert.equal(clusters.reduce((n, c) => n + c.count, 0) + out.events.length, 400);
  });
});

describe('layoutLane edges', () => {
  it('clusters many bands reaching in from before the view at its left edge, instead of piling them up', () => {
    const bands = Array.from({ length: 30 }, (_, i) => ev(`m${i}`, '2018-02', { precision: 'month' }));
    const l = buildLanes(prepareEvents(bands).items, 'none')[0];
    const s = new Date(2018, 1, 10).getTime(), e = new Date(2018, 1, 20).getTime();
    const out = layoutLane(l, (t) => ((t - s) / (e - s)) * 600, s, e, { maxRows: 3 });
    assert.equal(out.events.length, 0);
    assert.deepEqual(out.clusters.map((c) => [c.count, c.x0 >= -5]), [[30, true]]);
  });
});

describe('layoutLane crowding', () => {
  it('never shows a cluster of one: an event with no row clusters with the mark it collides with', () => {
    const l = buildLanes(prepareEvents([ev('a', '2015-11-13'), ev('b', '2015-11-15'), ev('c', '2016-02-08')]).items, 'none')[0];
    const s = new Date(2015, 8, 1).getTime(), e = new Date(2016, 2, 1).getTime();
    const out = layoutLane(l, (t) => ((t - s) / (e - s)) * 900, s, e, { maxRows: 1 });
    assert.ok(out.clusters.every((c) => c.count > 1), `clusters ${out.clusters.map((c) => c.count)}`);
    assert.equal(out.clusters.reduce((n, c) => n + c.count, 0) + out.events.length, 3);
    assert.deepEqual(out.events.map((m) => m.item.id), ['c']);
  });
});
