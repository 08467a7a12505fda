import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countryAt, countryCode, findCountries } from '../../src/extract/countries.js';

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

test('states under their formal style: "Cộng hòa Pháp", "Cộng hòa Nhân dân Trung Hoa", "Hợp chúng quốc Hoa Kỳ"', () => {
  assert.equal(countryAt('Cộng hòa Pháp', 0)?.code, 'FR');
  assert.equal(countryAt('Cộng hòa Nhân dân Trung Hoa', 0)?.code, 'CN');
  assert.equal(countryAt('Hợp chúng quốc Hoa Kỳ', 0)?.code, 'US');
  assert.equal(countryAt('Cộng hòa Dân chủ Nhân dân Triều Tiên', 0)?.code, 'KP');
});

test('states the press names without their CLDR prefix or in English: "Solomon", "CHDCND Lào", "Morocco", "Cyprus"', () => {
  assert.equal(countryCode('Solomon'), 'SB');
  assert.equal(countryCode('Morocco'), 'MA');
  assert.equal(countryCode('Cyprus'), 'CY');
  assert.equal(countryAt('CHDCND Lào', 0)?.code, 'LA');
});

test('"Đức Tăng thống Thái Lan", "Đức Giáo hoàng": "Đức" as a religious leader\'s honorific is not Germany', () => {
  assert.deepEqual(findCountries('Cùng ngày, ông tới chùa Wat Ratchabophit gặp Đức Tăng thống Thái Lan.').map((c) => c.code), ['TH']);
  assert.deepEqual(findCountries('Đức Giáo hoàng Francis tiếp Thủ tướng Đức Angela Merkel.').map((c) => c.code), ['DE']);
});

test('"Thái Anh Văn", "Mã Anh Cửu": "Anh" inside a Sino-Vietnamese name is not Britain; "Thủ tướng Anh Theresa May", "Nước Anh" are', () => {
  assert.deepEqual(findCountries('Bà Thái Anh Văn thắng cử, còn ông Mã Anh Cửu tới đảo.').map((c) => c.code), []);
  assert.deepEqual(findCountries('Thủ tướng Anh Theresa May nói. Nước Anh rời EU.').map((c) => c.code), ['GB', 'GB', 'EU']);
});
