import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findEventMentions } from '../../src/extract/events.js';
import { splitSentences } from '../../src/extract/sentences.js';

const run = (text: string, published: string) =>
  findEventMentions('t', text, splitSentences(text), published).map((m) => [m.type, m.date?.start ?? null, m.participants.map((p) => p.name).join('+'), m.location?.name ?? null]);

test('trigger + people + date + place per sentence; "Cùng ngày" carries the date; undated stays undated', () => {
  const text = [
    'Ngày 8/2, Tổng thống Mỹ Barack Obama đã có cuộc hội đàm với người đồng cấp Italy Sergio Mattarella tại Nhà Trắng.',
    'Cùng ngày, Tổng thống Obama cũng đã có cuộc điện đàm với Thủ tướng Canada Justin Trudeau.',
    'Hai nhà lãnh đạo đã nhất trí về nhiều vấn đề.',
    'Vụ tấn công ở Paris, Pháp hôm 13/11 gây chấn động.',
  ].join('\n');
  assert.deepEqual(run(text, '2016-02-09'), [
    ['meeting', '2016-02-08', 'Barack Obama+Sergio Mattarella', 'White House, Washington'],
    ['call', '2016-02-08', 'Barack Obama+Justin Trudeau', null],
    ['agreement', null, 'Barack Obama+Justin Trudeau', null],
    ['attack', '2015-11-13', '', 'Paris'],
  ]);
});
