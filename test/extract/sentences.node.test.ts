import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from '../../src/extract/sentences.js';

test('splits on stops, not on abbreviations, numbers or quoted stops', () => {
  const text = 'Họ gặp ở St. Petersburg ngày 14.2. Có 12.000 binh sĩ tại TP.HCM. Ông nói: “Chúng tôi đồng ý. Rất tốt”.\nDòng hai';
  const s = splitSentences(text);
  assert.deepEqual(s.map((x) => x.text), [
    'Họ gặp ở St. Petersburg ngày 14.2.',
    'Có 12.000 binh sĩ tại TP.HCM.',
    'Ông nói: “Chúng tôi đồng ý. Rất tốt”.',
    'Dòng hai',
  ]);
  for (const x of s) assert.equal(text.slice(x.start, x.end), x.text);
  assert.deepEqual(s.map((x) => x.paragraph), [0, 0, 0, 1]);
});
