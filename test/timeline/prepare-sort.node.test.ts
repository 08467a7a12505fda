// prepareEvents sorts 100,000 events with a counting sort over days: it must give exactly the
// order a stable comparison sort gives (start, then end, then the document's order).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { DatePrecision, TimelineEvent } from '../../src/events-schema.js';
import { byTime, prepareEvents, sortByTime, type PreparedEvent } from '../../src/timeline/prepare.js';

const ev = (id: string, start: string, end?: string, precision: DatePrecision = 'day'): TimelineEvent => ({
  id, start, ...(end ? { end } : {}), precision, type: 'meeting', title: { vi: id, en: id }, participants: [], location: null, sources: [],
});
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** The reference: a stable comparison sort of the events in document order. */
const reference = (events: TimelineEvent[]) => {
  const prepared = events.map((e) => prepareEvents([e]).items[0]).filter(Boolean);
  const seen = new Set<string>();
  return prepared.filter((d) => !seen.has(d.id) && seen.add(d.id)).sort(byTime).map((d) => d.id);
};

const arbEvent = fc.record({
  year: fc.integer({ min: 2014, max: 2023 }),
  month: fc.integer({ min: 1, max: 12 }),
  day: fc.integer({ min: 1, max: 28 }),
  extra: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 40 })),
  precision: fc.constantFrom<DatePrecision>('day', 'day', 'day', 'month', 'year'),
});

describe('prepareEvents order', () => {
  it('equals a stable comparison sort by start, then end, then document order', () => {
    fc.assert(fc.property(fc.array(arbEvent, { maxLength: 300 }), (specs) => {
      const events = specs.map((s, i) => {
        const start = `${s.year}-${pad(s.month)}-${pad(s.day)}`;
        const endDate = new Date(s.year, s.month - 1, s.day + s.extra);
        const end = s.extra ? `${endDate.getFullYear()}-${pad(endDate.getMonth() + 1)}-${pad(endDate.getDate())}` : undefined;
        return ev(`e${i}`, start, end, s.precision);
      });
      assert.deepEqual(prepareEvents(events).items.map((d) => d.id), reference(events));
    }), { numRuns: 200 });
  });

  it('keeps ties in document order, across a daylight-saving change', () => {
    // Same spans in reverse id order; 2016-03-27 and 2016-10-30 are DST changes in Europe.
    const events = [ev('z', '2016-10-30'), ev('y', '2016-03-27', '2016-03-28'), ev('x', '2016-10-30'), ev('w', '2016-03-27', '2016-03-28'), ev('v', '2016-03-27')];
    assert.deepEqual(prepareEvents(events).items.map((d) => d.id), ['v', 'y', 'w', 'z', 'x']);
  });

  it('sorts a document spanning millennia (the comparison-sort fallback)', () => {
    const events = [ev('late', '9999-12-31'), ev('early', '0100-01-01'), ev('mid', '2016-05-05', undefined)];
    assert.deepEqual(prepareEvents(events).items.map((d) => d.id), ['early', 'mid', 'late']);
  });

  it('returns spans that are not at midnight in exact order too', () => {
    const item = (id: string, start: number, end: number): PreparedEvent => ({ id, start, end, kind: 'range', event: ev(id, '2016-01-01') });
    const items = [item('b', 5000, 9000), item('a', 1000, 9000), item('c', 1000, 2000)];
    assert.deepEqual(sortByTime(items).map((d) => d.id), ['c', 'a', 'b']);
  });
});
