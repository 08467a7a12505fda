import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { findDateline } from '../../src/extract/dateline.js';
import { extractArticle } from '../../src/extract/index.js';
import { inferDocumentDate } from '../../src/extract/document-date.js';

describe('findDateline', () => {
  for (const [line, want] of [
    ['Hà Nội, 12/3/2017 – Ngày 11/3, hai bên hội đàm.', { place: 'Hà Nội', day: 12, month: 3, year: 2017 }],
    ['Jakarta, 27/10 (TTXVN) - Chiều 27/10, Thủ tướng hội kiến.', { place: 'Jakarta', day: 27, month: 10 }],
    ['Washington, 8.2 (VOV) — Tổng thống phát biểu.', { place: 'Washington', day: 8, month: 2 }],
    ['New Delhi, 3-9 – Thủ tướng tới thăm.', { place: 'New Delhi', day: 3, month: 9 }],
  ] as const) {
    it(`reads "${line.slice(0, 30)}…"`, () => {
      const d = findDateline(`Tiêu đề bài báo về ngoại giao\n\n${line}`);
      assert.ok(d);
      assert.deepEqual({ place: d.place, day: d.day, month: d.month, ...(d.year ? { year: d.year } : {}) }, want);
    });
  }
  it('gives offsets that cover the dateline and its dash', () => {
    const text = 'Tiêu đề\n\nHà Nội, 12/3 (TTXVN) – Ngày 11/3, hai bên hội đàm.';
    const d = findDateline(text)!;
    assert.equal(text.slice(d.start, d.end), 'Hà Nội, 12/3 (TTXVN) – ');
  });
  it('is not a sentence that opens with a date, a list or a dateline far below the top', () => {
    assert.equal(findDateline('Ngày 11/3, Ngoại trưởng hội đàm với người đồng cấp.'), null);
    assert.equal(findDateline('Hôm qua, 12/3, hai bên ký thỏa thuận.'), null);
    assert.equal(findDateline('Ông nói: Mỹ, Nga, 12 nước khác – đều đồng ý.'), null);
    assert.equal(findDateline('Hà Nội, 32/3 – không phải ngày.'), null);
    assert.equal(findDateline('Thứ Tư, 07/06/2017 - 06:52'), null);
    assert.equal(findDateline(`${'Một dòng.\n'.repeat(12)}Hà Nội, 12/3 – Ngày 11/3, hai bên hội đàm.`), null);
  });
});

describe('a dateline in extraction', () => {
  it('dates the article, and the event keeps its own day', () => {
    const text = 'Ngoại trưởng Australia hội đàm với người đồng cấp Indonesia\n\nHà Nội, 12/3/2017 – Ngày 11/3, Ngoại trưởng Australia Julie Bishop đã hội đàm với người đồng cấp Indonesia Retno Marsudi tại Jakarta.\n';
    assert.equal(inferDocumentDate(text).published, '2017-03-12');
    const doc = extractArticle({ id: 'a', text });
    assert.equal(doc.documents[0].published, '2017-03-12');
    assert.deepEqual(doc.events.map((e) => [e.start, e.type]), [['2017-03-11', 'meeting']]);
  });
});
