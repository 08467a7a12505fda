import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PhraseIndex } from '../../src/extract/phrase-index.js';

const index = new PhraseIndex<string>([['Thổ Nhĩ Kỳ', 'TR'], ['Nga', 'RU'], ['Anh', 'GB'], ['Jean-Yves Le Drian', 'FR-person'], ['Nhà Trắng', 'WH']]);

test('finds whole-word phrases left to right, longest first, never overlapping', () => {
  assert.deepEqual(index.findAll('Nga và Thổ Nhĩ Kỳ họp tại Nhà Trắng; Ngay sau đó, Anhxtanh').map((m) => [m.text, m.value, m.start]), [
    ['Nga', 'RU', 0],
    ['Thổ Nhĩ Kỳ', 'TR', 7],
    ['Nhà Trắng', 'WH', 26],
  ]);
  assert.equal(index.at('ông Jean-Yves Le Drian nói', 4)?.value, 'FR-person');
  assert.equal(index.at('xNga', 1), null, 'not at a word start');
});

test('a gazetteer of 20,000 phrases finds just the ones in the text (its cost is measured in bench/extract-scaling.mjs)', () => {
  const big = new PhraseIndex<number>(Array.from({ length: 20_000 }, (_, i) => [`Tên${i} Họ${i}`, i]));
  assert.deepEqual(big.findAll('Tên5 Họ5 gặp Tên77 Họ77 và một người khác.').map((m) => m.value), [5, 77]);
});
