// The layout reused while panning: marks laid out once over a window wider than the view keep
// their coordinates, and are where a layout of the view alone would put them on screen.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { TimelineEvent } from '../../src/events-schema.js';
import { prepareEvents } from '../../src/timeline/prepare.js';
import { buildLanes } from '../../src/timeline/lanes.js';
import { inView, ViewLayoutCache } from '../../src/timeline/view-layout.js';

const DAY = 864e5;
const pad = (n: number) => String(n).padStart(2, '0');
const ev = (id: string, d: Date, days = 0): TimelineEvent => {
  const iso = (x: Date) => `${x.getFullYear()}-${pad(x.getMonth() + 1)}-${pad(x.getDate())}`;
  const end = days ? new Date(d.getFullYear(), d.getMonth(), d.getDate() + days) : null;
  return { id, start: iso(d), ...(end ? { end: iso(end) } : {}), precision: 'day', type: 'meeting', title: { vi: `Sự kiện ${id}`, en: `Event ${id}` }, participants: [], location: null, sources: [] };
};
// Two events every three days through 2016, some of them ranges.
const events = Array.from({ length: 240 }, (_, i) => ev(`e${i}`, new Date(2016, 0, 1 + Math.floor(i * 1.5)), i % 7 === 0 ? 4 : 0));
const lanes = buildLanes(prepareEvents(events).items, 'none');
const options = { maxRows: 4 };
const t0 = new Date(2016, 2, 1).getTime();
const span = 60 * DAY;
const width = 900;

describe('ViewLayoutCache', () => {
  it('hands out the same layout while panning at one zoom level, and a new one when zoomed', () => {
    const cache = new ViewLayoutCache();
    const a = cache.get(lanes, [t0, t0 + span], width, 'k', options);
    const b = cache.get(lanes, [t0 + 5 * DAY, t0 + 5 * DAY + span], width, 'k', options);
    assert.equal(b, a);
    const zoomed = cache.get(lanes, [t0 + 5 * DAY, t0 + 5 * DAY + span * 0.9], width, 'k', options);
    assert.notEqual(zoomed, a);
    // While zooming (a new scale every frame) the window laid out reaches less far beyond the view.
    assert.ok((zoomed.to - zoomed.from) / (span * 0.9) < (a.to - a.from) / span);
    assert.ok(zoomed.from <= t0 + 5 * DAY && zoomed.to >= t0 + 5 * DAY + span * 0.9);
  });

  it('lays out again when the view nears the edge of the window laid out', () => {
    const cache = new ViewLayoutCache();
    const a = cache.get(lanes, [t0, t0 + span], width, 'k', options);
    assert.ok(a.from < t0 && a.to > t0 + span);
    const shift = a.to - (t0 + span); // pan right to the window's edge
    const b = cache.get(lanes, [t0 + shift, t0 + shift + span], width, 'k', options);
    assert.notEqual(b, a);
    assert.ok(b.to > t0 + shift + span);
  });

  it('lays out again for other lanes or another key (rows, pinned events)', () => {
    const cache = new ViewLayoutCache();
    const a = cache.get(lanes, [t0, t0 + span], width, 'k', options);
    assert.notEqual(cache.get(lanes, [t0, t0 + span], width, 'other', options), a);
    assert.notEqual(cache.get(buildLanes(prepareEvents(events).items, 'none'), [t0, t0 + span], width, 'other', options), a);
  });

  it('puts every mark where the view scale puts its time, at any pan offset', () => {
    const cache = new ViewLayoutCache();
    for (const offset of [0, 3, 7.5, 11]) {
      const v0 = t0 + offset * DAY, v1 = v0 + span;
      const view = cache.get(lanes, [v0, v1], width, 'k', options);
      const vx0 = (v0 - view.origin) * view.k;
      const screen = (t: number) => ((t - v0) / (v1 - v0)) * width;
      const shown = inView(view.lanes[0], vx0, vx0 + width);
      assert.ok(shown.events.length + shown.clusters.length > 0);
      for (const m of shown.events) {
        const t = m.item.kind === 'point' ? (m.item.start + m.item.end) / 2 : m.item.start;
        const x = m.item.kind === 'point' ? m.cx : m.x0;
        assert.ok(Math.abs(x - vx0 - screen(t)) < 1e-6, `${m.item.id} at ${x - vx0}, expected ${screen(t)}`);
      }
    }
  });

  it('shows every event in view, drawn or counted in a cluster, and nothing far outside it', () => {
    const cache = new ViewLayoutCache();
    const v0 = t0 + 2 * DAY, v1 = v0 + span;
    const view = cache.get(lanes, [v0, v1], width, 'k', options);
    const vx0 = (v0 - view.origin) * view.k;
    const shown = inView(view.lanes[0], vx0, vx0 + width);
    const ids = new Set(shown.events.map((m) => m.item.id));
    const inside = lanes[0].items.filter((d) => d.start >= v0 + DAY && d.start < v1 - DAY);
    const clustered = shown.clusters.reduce((s, c) => s + c.count, 0);
    const missing = inside.filter((d) => !ids.has(d.id));
    assert.ok(missing.length <= clustered, `${missing.length} events neither drawn nor in a cluster`);
    for (const m of shown.events) assert.ok(m.x0 <= vx0 + width + 8, `${m.item.id} is right of the view`);
    // inView stops at the first mark right of the view: the layout lists marks by left edge.
    const x0s = view.lanes[0].events.map((m) => m.x0);
    assert.deepEqual(x0s, [...x0s].sort((a, b) => a - b));
  });
});
