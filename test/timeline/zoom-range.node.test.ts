import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { clampRange, MIN_SPAN } from '../../src/timeline/zoom-controller.js';

describe('clampRange', () => {
  const whole = [0, 100 * MIN_SPAN] as const;
  it('keeps a range that fits', () => {
    assert.deepEqual(clampRange([10 * MIN_SPAN, 20 * MIN_SPAN], whole), [10 * MIN_SPAN, 20 * MIN_SPAN]);
  });
  it('widens a range narrower than one day around its centre', () => {
    assert.deepEqual(clampRange([10 * MIN_SPAN, 10 * MIN_SPAN + 1000], whole), [10 * MIN_SPAN + 500 - MIN_SPAN / 2, 10 * MIN_SPAN + 500 + MIN_SPAN / 2]);
  });
  it('never goes wider than the whole range, nor outside it', () => {
    assert.deepEqual(clampRange([-50 * MIN_SPAN, 500 * MIN_SPAN], whole), [0, 100 * MIN_SPAN]);
    assert.deepEqual(clampRange([95 * MIN_SPAN, 105 * MIN_SPAN], whole), [90 * MIN_SPAN, 100 * MIN_SPAN]);
  });
});
