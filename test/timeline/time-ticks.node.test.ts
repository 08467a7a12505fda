import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { timeScale } from '../../src/timeline/time-scale.js';
import { timeTicks } from '../../src/timeline/time-ticks.js';

const scale = (from: Date, to: Date, width = 1000) => timeScale([from.getTime(), to.getTime()], [0, width]);

describe('timeTicks', () => {
  it('labels years when eight years fit in 1000 px', () => {
    const t = timeTicks(scale(new Date(2015, 0, 1), new Date(2023, 0, 1)), 'vi');
    assert.equal(t.unit, 'year');
    assert.deepEqual(t.ticks.map((d) => d.label), ['2015', '2016', '2017', '2018', '2019', '2020', '2021', '2022', '2023']);
    assert.deepEqual(t.context, []);
  });
  it('labels months in Vietnamese with the year in the context row when one year is shown', () => {
    const t = timeTicks(scale(new Date(2016, 0, 1), new Date(2017, 0, 1)), 'vi');
    assert.equal(t.unit, 'month');
    assert.equal(t.ticks[1].label, 'thg 2');
    assert.deepEqual(t.context.map((c) => c.label), ['2016', '2017']);
    assert.equal(t.ticks[0].major, true);
    assert.equal(t.ticks[1].major, false);
  });
  it('labels months in English', () => {
    const t = timeTicks(scale(new Date(2016, 0, 1), new Date(2017, 0, 1)), 'en');
    assert.equal(t.ticks[1].label, 'Feb');
  });
  it('labels days with the month in the context row when two weeks are shown', () => {
    const t = timeTicks(scale(new Date(2016, 1, 3), new Date(2016, 1, 17)), 'en');
    assert.equal(t.unit, 'day');
    assert.deepEqual(t.ticks.map((d) => d.label).slice(0, 3), ['3', '4', '5']);
    // The month the left edge is in is pinned at the edge.
    assert.deepEqual(t.context.map((c) => [c.x, c.label]), [[0, 'February 2016']]);
    assert.equal(timeTicks(scale(new Date(2016, 1, 3), new Date(2016, 1, 17)), 'vi').context[0].label, 'tháng 2, 2016');
  });
  it('keeps labels at least their minimum spacing apart at any zoom (320 px to 2000 px)', () => {
    for (const width of [320, 800, 2000]) {
      for (const days of [1, 3, 10, 40, 200, 800, 3000]) {
        const from = new Date(2016, 0, 5);
        const t = timeTicks(scale(from, new Date(from.getTime() + days * 864e5), width), 'vi');
        for (let i = 1; i < t.ticks.length; i++) assert.ok(t.ticks[i].x - t.ticks[i - 1].x >= 25, `${width}px ${days}d: ${t.ticks[i - 1].label} ${t.ticks[i].label}`);
        assert.ok(t.ticks.length <= width / 25 + 2);
      }
    }
  });
  it('returns no ticks for an empty domain or range', () => {
    assert.deepEqual(timeTicks(scale(new Date(2016, 0, 1), new Date(2016, 0, 1)), 'en').ticks, []);
  });
});

describe('timeScale', () => {
  it('maps its time domain linearly onto its pixel range and back', () => {
    const x = timeScale([0, 1000], [100, 300]);
    assert.equal(x(500), 200);
    assert.equal(x(new Date(1000)), 300);
    assert.equal(x.invert(150).getTime(), 250);
    assert.deepEqual(x.domain().map(Number), [0, 1000]);
  });
});
