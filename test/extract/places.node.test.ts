import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findPlaces, placeByName } from '../../src/extract/places.js';

test('buildings, cities and countries, with locative cue', () => {
  const p = findPlaces('cuộc gặp tại Nhà Trắng, trước thềm G20 ở thành phố Antalya của Thổ Nhĩ Kỳ');
  assert.deepEqual(p.map((x) => [x.location.name, x.kind, x.locative]), [
    ['White House, Washington', 'building', true],
    ['Antalya', 'city', true],
    ['Turkey', 'country', false],
  ]);
  assert.equal(p[0].location.nameVi, 'Nhà Trắng');
});

test('placeByName: a place known from other data (a summit host city) with its Vietnamese form', () => {
  assert.deepEqual(placeByName('Hangzhou'), { name: 'Hangzhou', nameVi: 'Hàng Châu', country: 'CN' });
  assert.equal(placeByName('Saint Petersburg')?.name, 'St. Petersburg');
  assert.equal(placeByName('Atlantis'), null);
});
