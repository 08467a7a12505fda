import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ERA_TERMS, eraFloor } from '../../src/extract/era-terms.js';
import { isIsoDate } from '../../src/events-schema.js';

describe('era terms', () => {
  it('gives every entry a valid day, spellings and a source', () => {
    for (const t of ERA_TERMS) {
      assert.ok(isIsoDate(t.since) && t.since.length === 10, t.name);
      assert.ok(t.spellings.length > 0, t.name);
      assert.match(t.source, /^https:\/\/en\.wikipedia\.org\/wiki\//, t.name);
    }
  });
  it('takes the latest coinage among the names a text uses', () => {
    const f = eraFloor('Giữa đại dịch COVID-19, biến thể Omicron lây lan nhanh tại châu Âu.');
    assert.equal(f?.term.name, 'Omicron variant');
    assert.equal(f?.term.since, '2021-11-26');
    assert.equal(eraFloor('Hai nước ký thỏa thuận trong bối cảnh dịch Covid-19 diễn biến phức tạp.')?.term.since, '2020-02-11');
    assert.equal(eraFloor('Mỹ, Anh và Australia công bố hiệp ước AUKUS.')?.quote, 'AUKUS');
  });
  it('reads decomposed (NFD) text like composed text', () => {
    assert.equal(eraFloor('Ông nói về Thỏa thuận khí hậu Paris.'.normalize('NFD'))?.term.name, 'Paris Agreement');
  });
  it('does not fire on other words that contain or resemble a name', () => {
    assert.equal(eraFloor('Hãng hàng không Delta Air Lines mở đường bay mới.'), null);
    assert.equal(eraFloor('Hiệp định Paris năm 1973 chấm dứt chiến tranh.'), null);
    assert.equal(eraFloor('Các COVIDIUS và AUKUSX không phải tên thật.'), null);
    assert.equal(eraFloor('Không có gì ở đây.'), null);
  });
});
