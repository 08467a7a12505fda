import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countryCode, findCountries } from '../../src/extract/countries.js';

test('press spellings, CLDR names and organisations map to codes', () => {
  assert.equal(countryCode('Mỹ'), 'US');
  assert.equal(countryCode('Thổ Nhĩ Kỳ'), 'TR');
  assert.equal(countryCode('Ý'), 'IT');
  assert.equal(countryCode('Italy'), 'IT');
  assert.equal(countryCode('Triều Tiên'), 'KP');
  assert.equal(countryCode('Nhật Bản'), 'JP');
  assert.equal(countryCode('NATO'), 'NATO');
  assert.equal(countryCode('Xyz'), null);
});

test('finds whole-word mentions, longest first', () => {
  assert.deepEqual(findCountries('Quan hệ Nga - Thổ Nhĩ Kỳ và Hàn Quốc').map((c) => c.code), ['RU', 'TR', 'KR']);
  assert.deepEqual(findCountries('Người Nganh'), []);
});
