import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanArticle } from '../../src/extract/clean-article.js';

test('blanks furniture, keeps length, offsets and the caption text', () => {
  const text = 'Mỹ, NATO kêu gọi Nga tập trung chống IS\n\nNgày 1/12, ông A nói.\nTheo dõi Baoquocte.vn trên\nObama tại G20, ngày 5/9/2013. Ảnh: Getty |\nKhánh An\nTop\nXem nhiều\n\nTin 23/11 về bóng đá';
  const c = cleanArticle(text);
  assert.equal(c.text.length, text.length);
  assert.equal(c.headline, 'Mỹ, NATO kêu gọi Nga tập trung chống IS');
  assert.ok(c.text.includes('Ngày 1/12, ông A nói.'));
  assert.ok(c.text.includes('Obama tại G20, ngày 5/9/2013.'));
  for (const junk of ['Theo dõi', 'Getty', 'Khánh An', 'Top', 'Xem nhiều', '23/11']) assert.ok(!c.text.includes(junk), junk);
  assert.equal(c.text.indexOf('Ngày 1/12'), text.indexOf('Ngày 1/12'));
});

test('comment box and source prefix go; an article-opening sentence is no headline', () => {
  const text = '(Tổ Quốc) - Ngày 20/11, Obama gặp Putin.\nTop\n\nBạn không thể gửi bình luận liên tục. Xin hãy đợi\n60 giây nữa.';
  const c = cleanArticle(text);
  assert.equal(c.headline, null);
  assert.equal(c.text.trim(), 'Ngày 20/11, Obama gặp Putin.');
});
