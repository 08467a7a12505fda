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

test('an outlet code opening the sapo ("TTO - ", "VOV.VN - ") goes; a title "EU - Trung Quốc …" stays', () => {
  const c = cleanArticle('EU - Trung Quốc ký thỏa thuận đầu tư\n\nTTO - Hội đàm với Thủ tướng Abe sáng 3-5, ông Hollande nói.\nVOV.VN - Chiều 4/5, hai bên ký văn kiện.');
  assert.deepEqual(c.text.split('\n').map((l) => l.trim()).filter(Boolean), ['EU - Trung Quốc ký thỏa thuận đầu tư', 'Hội đàm với Thủ tướng Abe sáng 3-5, ông Hollande nói.', 'Chiều 4/5, hai bên ký văn kiện.']);
});

test('a related-links box in the middle drops only its links; the body after it stays', () => {
  const text = [
    'Ngày 3/5, Thủ tướng Nhật Bản Shinzo Abe hội đàm với Tổng thống Pháp Francois Hollande tại Paris.',
    'Tin liên quan',
    'Nhật Bản và Pháp tăng cường hợp tác quốc phòng',
    'Nhật Bản và Pháp tăng cường hợp tác quốc phòng',
    'Ngày 12/4, hai nước đã ký một thỏa thuận về chuyển giao thiết bị quốc phòng.',
    'Thủ tướng Abe thăm Nga giữa lúc căng thẳng',
    'Thủ tướng Abe thăm Nga giữa lúc căng thẳng',
    'Chuyến thăm diễn ra sau nhiều tháng đàm phán về quần đảo tranh chấp...',
    'Đọc thêm',
    'Cùng ngày, hai nhà lãnh đạo ra tuyên bố chung về biến đổi khí hậu và an ninh hàng hải ở châu Á.',
  ].join('\n');
  const c = cleanArticle(text);
  assert.equal(c.text.length, text.length);
  assert.ok(c.text.includes('Cùng ngày, hai nhà lãnh đạo ra tuyên bố chung'), 'body after the box is kept');
  for (const junk of ['Tin liên quan', 'tăng cường hợp tác quốc phòng', '12/4', 'thăm Nga', 'đàm phán', 'Đọc thêm']) assert.ok(!c.text.includes(junk), junk);
});

test('a link box with unrepeated headlines ends where a body sentence starts', () => {
  const text = 'Ngày 3/5, ông A nói.\nXem thêm\nMỹ và Nga nối lại đối thoại\nEU họp khẩn về Ukraine\nSau đó, Thủ tướng Đức Angela Merkel điện đàm với Tổng thống Nga Vladimir Putin.';
  const c = cleanArticle(text);
  assert.ok(c.text.includes('Sau đó, Thủ tướng Đức Angela Merkel điện đàm'));
  assert.ok(!c.text.includes('nối lại đối thoại') && !c.text.includes('EU họp khẩn'));
});
