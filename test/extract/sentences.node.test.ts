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

test('initials, one or several ("George W. Bush", "H.R. McMaster"), end no sentence; a Vietnamese word with a mark does ("nước Ý.")', () => {
  assert.deepEqual(splitSentences('Ông Trump cùng Cố vấn H.R. McMaster gặp Hồng y Parolin. Ông George W. Bush tới.').map((x) => x.text), ['Ông Trump cùng Cố vấn H.R. McMaster gặp Hồng y Parolin.', 'Ông George W. Bush tới.']);
  assert.equal(splitSentences('Ông tới nước Ý. Sau đó ông về.').length, 2);
});

test('a quotation closed after its own "?" or "!" and followed by a comma is closed once: the next full stop still ends the sentence', () => {
  const text = 'Ông Trump viết: "Gã này không còn việc gì tốt hơn sao?", đồng thời cho rằng Trung Quốc có thể "ra tay mạnh". Ngày 4/7, Ngoại trưởng Tillerson ra tuyên bố.';
  assert.deepEqual(splitSentences(text).map((x) => x.text), [
    'Ông Trump viết: "Gã này không còn việc gì tốt hơn sao?", đồng thời cho rằng Trung Quốc có thể "ra tay mạnh".',
    'Ngày 4/7, Ngoại trưởng Tillerson ra tuyên bố.',
  ]);
  assert.equal(splitSentences('“Hãy dừng lại!”, ông nói. Ông về nước.').length, 2);
});
