import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { TimelineEvent } from '../../src/events-schema.js';
import { assignEventIds, baseEventId } from '../../src/extract/event-id.js';

const ev = (over: Partial<TimelineEvent>): TimelineEvent => ({
  id: '', start: '2016-02-08', precision: 'day', type: 'meeting', title: { vi: 'x', en: 'x' },
  participants: [{ name: 'Barack Obama' }, { name: 'Sergio Mattarella' }], location: null,
  sources: [{ document: 'a', quote: 'q', start: 0, end: 1 }], ...over,
});

test('ids come from content and are deduplicated independent of order', () => {
  assert.equal(baseEventId(ev({})), '2016-02-08-obama-mattarella-meeting');
  assert.equal(baseEventId(ev({ type: 'attack', participants: [], location: { name: 'Paris' } })), '2015-11-13-paris-attack'.replace('2015-11-13', '2016-02-08'));
  const a = ev({ title: { vi: 'a', en: 'a' } });
  const b = ev({ title: { vi: 'b', en: 'b' } });
  const one = assignEventIds([a, b]).map((e) => `${e.title.en}:${e.id}`).sort();
  const two = assignEventIds([b, a]).map((e) => `${e.title.en}:${e.id}`).sort();
  assert.deepEqual(one, two);
  assert.deepEqual(one, ['a:2016-02-08-obama-mattarella-meeting', 'b:2016-02-08-obama-mattarella-meeting-2']);
});
