import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeTitle, shortName } from '../../src/extract/titles.js';

const obama = { name: 'Barack Obama', role: 'President', country: 'US' };
const mattarella = { name: 'Sergio Mattarella', role: 'President', country: 'IT' };
const wh = { name: 'White House, Washington', nameVi: 'Nhà Trắng', country: 'US' };

test('headline titles in both languages', () => {
  assert.deepEqual(makeTitle({ type: 'meeting', lemma: 'hội đàm', participants: [obama, mattarella], location: wh, summit: null }), {
    en: 'Obama and Mattarella hold talks at the White House',
    vi: 'Obama hội đàm với Mattarella tại Nhà Trắng',
  });
  assert.deepEqual(makeTitle({ type: 'attack', lemma: 'vụ tấn công khủng bố', participants: [], location: { name: 'Paris', country: 'FR' }, summit: null }), {
    en: 'Paris attacks',
    vi: 'Tấn công khủng bố tại Paris',
  });
  assert.equal(shortName('Jean-Yves Le Drian'), 'Le Drian');
  assert.equal(shortName('Recep Tayyip Erdogan'), 'Erdogan');
  assert.equal(shortName('Nguyễn Xuân Phúc'), 'Nguyễn Xuân Phúc');
});
