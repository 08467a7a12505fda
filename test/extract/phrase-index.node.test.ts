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

test('cost is one lookup per word, whatever the gazetteer size (20,000 phrases cost about what 5 do)', () => {
  const big = new PhraseIndex<number>(Array.from({ length: 20_000 }, (_, i) => [`Tên${i} Họ${i}`, i]));
  const small = new PhraseIndex<number>(Array.from({ length: 5 }, (_, i) => [`Tên${i} Họ${i}`, i]));
  const text = 'Tên5 Họ5 gặp Tên77 Họ77 và một người khác ở Hà Nội. '.repeat(2000);
  // Median of several runs: the machine is shared, a single timing is noise.
  const time = (index: PhraseIndex<number>) => {
    index.findAll(text);
    const runs = [0, 1, 2, 3, 4].map(() => { const t0 = performance.now(); index.findAll(text); return performance.now() - t0; });
    return runs.sort((a, b) => a - b)[2];
  };
  const ratio = time(big) / Math.max(1, time(small));
  // a scan per phrase would make the big gazetteer thousands of times slower; the wide margin
  // keeps a loaded machine (GC, another process) from failing it
  assert.ok(ratio < 50, `ratio ${ratio}`);
  assert.equal(big.findAll('Tên5 Họ5 gặp Tên77 Họ77 và một người khác.').length, 2);
});
