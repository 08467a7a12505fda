import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isIsoDate, validateEventsDocument, SCHEMA_ID } from '../../src/events-schema.js';

const event = (over: Record<string, unknown> = {}) => ({
  id: 'e1', start: '2016-02-08', precision: 'day', type: 'meeting',
  title: { vi: 'a', en: 'a' }, participants: [], location: null, sources: [], ...over,
});

describe('isIsoDate', () => {
  it('accepts YYYY, YYYY-MM and YYYY-MM-DD that exist', () => {
    for (const d of ['2015', '2015-11', '2015-11-13', '2016-02-29']) assert.ok(isIsoDate(d), d);
  });
  it('knows leap years, century rules included', () => {
    assert.ok(isIsoDate('2000-02-29'));
    assert.ok(!isIsoDate('2100-02-29'));
    assert.ok(!isIsoDate('2016-04-31'));
  });
  it('rejects impossible and malformed dates', () => {
    for (const d of ['2015-02-29', '2015-13', '2015-00-10', '15-11-13', '2015/11/13', '2015-1-13', '2015-11-1a', '', 'x', 2015, null]) assert.ok(!isIsoDate(d), String(d));
  });
});

describe('validateEventsDocument', () => {
  it('keeps valid events and reports each invalid one', () => {
    const r = validateEventsDocument({ schema: SCHEMA_ID, documents: [], events: [event(), event({ id: 'bad', start: '1970-13-01' })] });
    assert.deepEqual(r.events.map((e) => e.id), ['e1']);
    assert.equal(r.problems.length, 1);
    assert.match(r.problems[0], /"bad".*invalid start/);
  });
  it('rejects an end before the start', () => {
    const r = validateEventsDocument([event({ end: '2016-02-01' })]);
    assert.equal(r.events.length, 0);
  });
  it('fills precision from the shape of start and unknown types as other', () => {
    const r = validateEventsDocument([event({ start: '2015-09', precision: undefined, type: 'party' })]);
    assert.equal(r.events[0].precision, 'month');
    assert.equal(r.events[0].type, 'other');
  });
  it('keeps complete events as they are, without copying them', () => {
    const e = event();
    assert.equal(validateEventsDocument([e]).events[0], e);
  });
  it('never throws on hostile shapes', () => {
    for (const input of [null, 42, 'x', { events: 'no' }, { events: [null, 1, []] }]) {
      const r = validateEventsDocument(input);
      assert.equal(r.events.length, 0);
      assert.ok(r.problems.length > 0);
    }
  });
});
