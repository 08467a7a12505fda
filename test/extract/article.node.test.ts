import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from '../../src/extract/index.js';

test('the document date comes from the document-date stage, with its basis', () => {
  const text = 'Ngày 8/2, Tổng thống Mỹ Barack Obama hội đàm với Tổng thống Italy Sergio Mattarella tại Nhà Trắng.\n'
    + 'Trong bài phát biểu từ Nhà Trắng ngày 7/12 năm ngoái, Tổng thống Obama coi chống khủng bố là ưu tiên sau các vụ tấn công hồi cuối năm 2015.';
  const doc = extractArticle({ id: 'a', text });
  assert.equal(doc.documents[0].published, '2016-02-08');
  assert.equal(doc.documents[0].publishedFrom, 'inferred');
  assert.match(doc.documents[0].publishedBasis ?? '', /năm ngoái/);
  assert.deepEqual(doc.events.map((e) => [e.start, e.type, e.title.en]), [
    ['2015-12-07', 'statement', 'Obama speaks at the White House'],
    ['2016-02-08', 'meeting', 'Obama and Mattarella hold talks at the White House'],
  ]);
});

test('talks "bên lề" a summit, followed by a dated statement, end no later than that statement', () => {
  const text = 'Ngày 1/12, Tổng thống Mỹ Barack Obama ra tuyên bố kêu gọi Nga và Thổ Nhĩ Kỳ giảm căng thẳng.\n'
    + 'Sau cuộc hội đàm với người đồng cấp Thổ Nhĩ Kỳ Recep Tayyip Erdogan bên lề Hội nghị COP21 tại Paris, Tổng thống Obama tuyên bố hai nước cần đối thoại.';
  const doc = extractArticle({ id: 'b', text });
  const talks = doc.events.find((e) => e.type === 'meeting')!;
  assert.deepEqual([talks.start, talks.end, talks.precision], ['2015-11-30', '2015-12-01', 'day']);
  assert.deepEqual(talks.participants.map((p) => p.name), ['Barack Obama', 'Recep Tayyip Erdogan']);
  const statement = doc.events.find((e) => e.type === 'statement')!;
  assert.equal(statement.start, '2015-12-01');
  assert.equal(statement.sources.length, 2, 'the statement after the talks is the 1/12 statement told again');
});
