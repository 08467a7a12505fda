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

test('a statement whose speaker comes after the trigger and the date ("ngày 2/12, phát biểu …, X cam kết")', () => {
  const text = 'Đáp lại lời kêu gọi của Mỹ, ngày 2/12, phát biểu trước báo giới, Tổng thống Thổ Nhĩ Kỳ Recep Tayyip Erdogan cam kết sẽ không trả đũa.\n'
    + 'Trong bài phát biểu từ Nhà Trắng ngày 7/12 năm ngoái, Tổng thống Mỹ Barack Obama coi chống khủng bố là ưu tiên.';
  assert.deepEqual(run(text, '2016-02-08'), [
    ['statement', '2015-12-02', 'Recep Tayyip Erdogan', null],
    ['statement', '2015-12-07', 'Barack Obama', 'White House, Washington'],
  ]);
});

test('"Sau cuộc hội đàm với X …, Y tuyên bố": two events, the subject first, the talks precede the statement', () => {
  const text = 'Sau cuộc hội đàm với người đồng cấp Pháp Francois Hollande tại Paris, Tổng thống Nga Vladimir Putin tuyên bố hai nước sẽ phối hợp.';
  const ms = findEventMentions('t', text, splitSentences(text), '2015-11-27');
  assert.deepEqual(ms.map((m) => [m.type, m.participants.map((p) => p.name).join('+')]), [
    ['meeting', 'Vladimir Putin+François Hollande'],
    ['statement', 'Vladimir Putin'],
  ]);
  assert.equal(ms[0].precedes, ms[1]);
});

test('counterparts go after the subject; "cuộc gặp giữa A và B" keeps A first', () => {
  const text = 'Ngày 5/3, Thủ tướng Nhật Bản Shinzo Abe hội đàm với Tổng thống Mỹ Donald Trump.\nCuộc gặp kéo dài 20 phút giữa Tổng thống Mỹ Barack Obama và người đồng cấp Nga Vladimir Putin diễn ra ngày 15/11.';
  assert.deepEqual(run(text, '2017-03-06').map((r) => r[2]), ['Shinzo Abe+Donald Trump', 'Barack Obama+Vladimir Putin']);
});

test('an attack names its agent, object and border when the clause states them', () => {
  const text = 'Căng thẳng tăng sau vụ không quân Thổ Nhĩ Kỳ bắn hạ máy bay chiến đấu Su-24 của Nga tại biên giới Syria hôm 24/11.';
  const [m] = findEventMentions('t', text, splitSentences(text), '2015-12-02');
  assert.equal(m.date?.start, '2015-11-24');
  assert.deepEqual(m.attack, { agent: { code: 'TR', vi: 'Thổ Nhĩ Kỳ' }, object: { en: 'Russian Su-24 jet', vi: 'máy bay Su-24 của Nga' }, border: 'SY' });
});

test('a summit named by its month keeps the month stated (the summit\'s days are not told)', () => {
  const text = 'Hai ông Barack Obama và Vladimir Putin từng cùng tham dự Hội nghị thượng đỉnh G20 tại Trung Quốc vào tháng 9.';
  const [m] = findEventMentions('t', text, splitSentences(text), '2016-11-20');
  assert.deepEqual([m.type, m.date?.start, m.date?.end, m.date?.precision], ['summit', '2016-09', undefined, 'month']);
});

test('a second event in a clause of its own, with its own date ("…, người đang có chuyến thăm … từ ngày 12 đến 13/11")', () => {
  const text = 'Chiều 12/11, Tổng Bí thư Nguyễn Phú Trọng hội đàm với Chủ tịch Trung Quốc Tập Cận Bình, người đang có chuyến thăm cấp nhà nước tới Việt Nam từ ngày 12 đến 13/11.';
  const ms = findEventMentions('t', text, splitSentences(text), '2017-11-13');
  assert.deepEqual(ms.map((m) => [m.type, m.date?.start, m.date?.end ?? null, m.participants.map((p) => p.name).join('+'), m.location?.name ?? null]), [
    ['meeting', '2017-11-12', null, 'Nguyễn Phú Trọng+Xi Jinping', 'Vietnam'], // (during the visit told with its span)
    ['visit', '2017-11-12', '2017-11-13', 'Xi Jinping', 'Vietnam'],
  ]);
});

test('"Cùng ngày" after an event dated only by a summit\'s span is not anchored on that span', () => {
  const text = 'Bên lề Hội nghị thượng đỉnh G7 tại Ise-Shima, Thủ tướng Anh David Cameron đã gặp Thủ tướng Nhật Bản Shinzo Abe.\nCùng ngày, Tổng thống Mỹ Barack Obama hội đàm với Thủ tướng Abe.';
  const ms = findEventMentions('t', text, splitSentences(text), '2016-05-27');
  assert.deepEqual(ms.map((m) => [m.type, m.date?.start ?? null, m.date?.end ?? null]), [
    ['meeting', '2016-05-26', '2016-05-27'],
    ['meeting', null, null],
  ]);
});

test('an attack is not dated by a date that belongs to another event word after it', () => {
  const text = 'Hai nhà lãnh đạo cho rằng vụ tấn công tại Ankara nhằm phá hoại quan hệ, vốn được khôi phục sau cuộc gặp tại St. Petersburg hồi tháng 8.';
  const attack = findEventMentions('t', text, splitSentences(text), '2016-12-20').find((m) => m.type === 'attack');
  assert.ok(attack, 'the attack is found');
  assert.equal(attack.date, null);
});

test('a day told of leaders counted, not named ("Ngày 16/11, các lãnh đạo G20 thông qua …"), is the one "Cũng trong ngày này" counts from', () => {
  const text = [
    'Hôm 13/11, Tổng thống Pháp François Hollande tuyên bố tình trạng khẩn cấp.',
    'Ngày 16/11, các lãnh đạo G20 thông qua một tuyên bố riêng về chống khủng bố tại Antalya.',
    'Cũng trong ngày này, tại điện Versailles, ông Hollande phát biểu trước lưỡng viện Quốc hội.',
  ].join('\n');
  assert.deepEqual(run(text, '2015-11-17').map((m) => m.slice(0, 3)), [
    ['statement', '2015-11-13', 'François Hollande'],
    ['statement', '2015-11-16', 'François Hollande'],
  ]);
});

test('"vụ tấn công hôm qua … ở vùng hẻo lánh" after a look back to another attack is placed where the attack of its day was, not where the one told last was', () => {
  const text = 'Vụ tấn công xảy ra sáng hôm qua (26/5), khi đoàn xe buýt chở các tín đồ Copt đang trên đường tới tu viện Thánh Samuel ở huyện Adwa, tỉnh Minya.\n\nTrước đó, hồi tháng 12 năm ngoái, một vụ đánh bom nhà thờ Thánh Peter và Paul ở Cairo làm gần 30 người thiệt mạng.\n\nGiới phân tích nhận định vụ tấn công hôm qua cho thấy các nhóm phiến quân đang chuyển mục tiêu sang những nhóm tín đồ di chuyển ở vùng hẻo lánh.';
  assert.deepEqual(run(text, '2017-05-27').map((r) => `${r[1]} ${r[3]}`), ['2017-05-26 Adwa', '2016-12 Cairo', '2017-05-26 Adwa']);
});
