import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findPlaces } from '../../src/extract/places.js';

test('buildings, cities and countries, with locative cue', () => {
  const p = findPlaces('cuộc gặp tại Nhà Trắng, trước thềm G20 ở thành phố Antalya của Thổ Nhĩ Kỳ');
  assert.deepEqual(p.map((x) => [x.location.name, x.kind, x.locative]), [
    ['White House, Washington', 'building', true],
    ['Antalya', 'city', true],
    ['Türkiye', 'country', false],
  ]);
  assert.equal(p[0].location.nameVi, 'Nhà Trắng');
});
