import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readSettings, type RawSettings } from '../../src/timeline/settings.js';
import { countBins } from '../../src/timeline/clusters.js';

const base: RawSettings = { lang: null, groupBy: 'none', types: null, theme: 'light', start: null, end: null, height: 360 };
const day = (y: number, m: number, d: number) => new Date(y, m - 1, d).getTime();

describe('readSettings', () => {
  it('defaults to Vietnamese, one lane, all types and the 2015–2022 window', () => {
    assert.deepEqual(readSettings(base), { lang: 'vi', groupBy: 'none', types: [], window: [day(2015, 1, 1), day(2023, 1, 1)], height: 360, problems: [] });
  });
  it('takes lang from the element, else from the ancestor, else vi', () => {
    assert.equal(readSettings({ ...base, lang: 'en-US', inheritedLang: 'vi' }).lang, 'en');
    assert.equal(readSettings({ ...base, inheritedLang: 'en' }).lang, 'en');
    assert.equal(readSettings({ ...base, inheritedLang: 'fr' }).lang, 'vi');
    assert.deepEqual(readSettings({ ...base, inheritedLang: 'fr' }).problems, []);
  });
  it('turns every unknown value into its default plus one problem, without throwing', () => {
    const s = readSettings({ lang: 'fr', groupBy: 'colour', types: 'meeting, party', theme: 'neon', start: 'banana', end: '2016-02-30', height: Number('tall') });
    assert.equal(s.lang, 'vi');
    assert.equal(s.groupBy, 'none');
    assert.deepEqual(s.types, ['meeting']);
    assert.equal(s.height, 360);
    assert.deepEqual(s.window, [day(2015, 1, 1), day(2023, 1, 1)]);
    assert.deepEqual(s.problems.map((p) => p.split(':')[0]), ['lang', 'group-by', 'types', 'theme', 'height', 'start', 'end']);
  });
  it('makes the window end after its last day, and refuses an end before the start', () => {
    assert.deepEqual(readSettings({ ...base, start: '2016-02', end: '2016-02-29' }).window, [day(2016, 2, 1), day(2016, 3, 1)]);
    const s = readSettings({ ...base, start: '2018-01-01', end: '2017-01-01' });
    assert.deepEqual(s.window, [day(2015, 1, 1), day(2023, 1, 1)]);
    assert.equal(s.problems.length, 1);
  });
});

describe('countBins', () => {
  it('counts sorted starts per equal slice, ignoring those outside', () => {
    assert.deepEqual(countBins([-5, 0, 1, 2, 5, 9, 10, 12], [0, 10], 2), [3, 2]);
  });
});
