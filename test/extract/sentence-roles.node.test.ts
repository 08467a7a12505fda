import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findTriggers } from '../../src/extract/event-type.js';
import { ArticlePeople } from '../../src/extract/people.js';
import { clauseAround, frontedClause, isObject, pickTrigger, subjectOf } from '../../src/extract/sentence-roles.js';

const read = (text: string) => ({ triggers: findTriggers(text), people: new ArticlePeople().inSentence(text, '2016-01-01') });

test('subjectOf: the people right before the event word, "A và B" together', () => {
  const text = 'Tổng thống Mỹ Barack Obama và Tổng Thư ký NATO Jens Stoltenberg đã ra tuyên bố chung.';
  const { triggers, people } = read(text);
  assert.deepEqual(subjectOf(triggers[0], people, text).map((p) => p.person.name), ['Barack Obama', 'Jens Stoltenberg']);
});

test('pickTrigger: among statement words, the one a named person says', () => {
  const text = 'Đáp lại lời kêu gọi của Mỹ, Tổng thống Thổ Nhĩ Kỳ Recep Tayyip Erdogan cam kết không trả đũa.';
  const { triggers, people } = read(text);
  assert.equal(pickTrigger(triggers, people, text)?.lemma, 'cam kết');
});

test('isObject: "với / tiếp / gặp" + office introduces the counterpart; "cuộc gặp kéo dài … giữa" does not', () => {
  const a = 'Thủ tướng Abe hội đàm với người đồng cấp Italy Matteo Renzi.';
  assert.ok(isObject(a, a.indexOf('Matteo')));
  assert.ok(!isObject(a, a.indexOf('Abe')));
  const b = 'Cuộc gặp kéo dài 20 phút giữa Tổng thống Mỹ Barack Obama và Putin.';
  assert.ok(!isObject(b, b.indexOf('Barack')));
});

test('frontedClause and clauseAround', () => {
  const text = 'Sau cuộc hội đàm tại Paris, ông Obama tuyên bố.';
  assert.deepEqual(frontedClause(text), { end: text.indexOf(',') + 1 });
  assert.equal(frontedClause('Ông Obama tuyên bố, sau cuộc hội đàm.'), null);
  assert.deepEqual(clauseAround('a, b c, d', 4), { from: 2, to: 6 });
});
