import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ToldBefore, type SentenceTold } from '../../src/extract/told-before.js';
import type { ResolvedDate } from '../../src/extract/temporal.js';

const day = (start: string, end?: string): ResolvedDate => ({ start, ...(end ? { end } : {}), precision: 'day', anchoring: 'absolute', yearInferred: false });
const told = (over: Partial<SentenceTold>): SentenceTold => ({ index: 0, paragraph: 0, day: null, stated: null, hadEventWords: false, acted: false, planned: false, ...over });

test('the day just told carries to the same or the next paragraph, no further', () => {
  const t = new ToldBefore();
  t.record(told({ index: 0, paragraph: 2, day: day('2018-05-08') }));
  t.record(told({ index: 1, paragraph: 2 }));
  assert.equal(t.dayGoneOnFrom(3)?.start, '2018-05-08');
  assert.equal(t.dayGoneOnFrom(4), null);
});

test('"Tại đây," takes the days the sentence right before stated, and only that sentence', () => {
  const t = new ToldBefore();
  t.record(told({ index: 4, stated: day('2018-05-07', '2018-05-08') }));
  assert.equal(t.statedRightBefore(5)?.end, '2018-05-08');
  assert.equal(t.statedRightBefore(6), null);
});

test('a scene is a single day stated by a sentence right before, in its paragraph, that told no event and no plan', () => {
  const t = new ToldBefore();
  t.record(told({ index: 1, paragraph: 3, stated: day('2015-01-09'), acted: true }));
  assert.deepEqual(t.scene(2, 3), { date: day('2015-01-09'), acted: true });
  assert.equal(t.scene(2, 4), null, 'another paragraph');
  t.record(told({ index: 2, paragraph: 3, stated: day('2015-01-09'), hadEventWords: true }));
  assert.equal(t.scene(3, 3), null, 'it told an event');
  t.record(told({ index: 3, paragraph: 3, stated: day('2015-01-09'), planned: true }));
  assert.equal(t.scene(4, 3), null, 'a plan');
  t.record(told({ index: 4, paragraph: 3, stated: day('2015-01-09', '2015-01-10') }));
  assert.equal(t.scene(5, 3), null, 'days, not a day');
});
