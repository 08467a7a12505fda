import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from '../../src/extract/index.js';
import { findTriggers } from '../../src/extract/event-type.js';
import { findPlaces } from '../../src/extract/places.js';
import { splitSentences } from '../../src/extract/sentences.js';
import { hostFirst } from '../../src/extract/titles.js';

// What a sentence asserts happened, against plans, forums and occasions it only refers to; each
// rule on a made-up text of the shape Vietnamese news uses.

const HEADER = 'Tiêu đề bài báo về ngoại giao\n\n14/06/2018 09:00 GMT+7\n\n';
const extract = (body: string) => extractArticle({ id: 't', text: HEADER + body });
const rows = (body: string) => extract(body).events.map((e) => [e.start, e.type, e.participants.map((p) => p.name).join('+'), e.location?.name ?? null]);
const kinds = (s: string) => findTriggers(s).map((t) => t.type);

test('an event word a few words after "sẽ", "dự kiến" or "nhận lời" is ahead, not held', () => {
  assert.deepEqual(kinds('Sau đó, ông sẽ sang Nhật Bản dự Hội nghị thượng đỉnh G20 tại Osaka.'), []);
  assert.deepEqual(kinds('Hai nước sẽ tổ chức hội nghị thượng đỉnh tại Hà Nội vào cuối tháng 2.'), []);
  assert.deepEqual(kinds('Ông cho biết Tổng thống Mỹ đã nhận lời gặp Chủ tịch Kim.'), ['statement']);
  // the same words with the event told as done stay an event
  assert.deepEqual(kinds('Hôm qua, ông sang Nhật Bản dự Hội nghị thượng đỉnh G20 tại Osaka.'), ['summit']);
  assert.deepEqual(rows('Ngày 12/6, Tổng thống Mỹ Donald Trump cho biết ông đã nhận lời gặp Chủ tịch Triều Tiên Kim Jong-un.').filter((r) => r[1] === 'meeting'), []);  // "sắp xếp" is arranged, not about to
  assert.deepEqual(kinds('Cuộc gặp được sắp xếp ngay sau chuyến thăm Hà Nội của ông Tập.'), ['meeting', 'visit']);
});

test('a summit joined by "và" to one that is ahead is ahead too', () => {
  assert.deepEqual(kinds('Cuối tháng 6, ông Tập dự kiến dự Hội nghị thượng đỉnh G20 tại Osaka và Hội nghị cấp cao APEC tại Port Moresby.'), []);
  // after a comma a new clause starts: its summit is told on its own
  assert.deepEqual(kinds('Ông Tập dự kiến dự Hội nghị cấp cao APEC tại Lima, sau khi dự Hội nghị thượng đỉnh G20 tại Hàng Châu.'), ['summit']);
});

test('a statement that something "sẽ" be held on a day was made before that day', () => {
  const out = rows('Ngày 10/6, Tổng thống Pháp Emmanuel Macron hội đàm với Thủ tướng Canada Justin Trudeau. Cùng ngày, Thủ tướng Đức Angela Merkel cho biết liên minh sẽ tổ chức hội nghị thượng đỉnh trực tuyến vào ngày 20/6.');
  assert.deepEqual(out.filter((r) => r[1] === 'statement').map((r) => r[0]), ['2018-06-10'], JSON.stringify(out));
  assert.ok(!out.some((r) => r[0] === '2018-06-20'), JSON.stringify(out));
});

test('a summit noun named as the next one, or whose predicate says it will be held, is no event', () => {
  const out = rows('Hội nghị thượng đỉnh G7 tại Charlevoix khép lại chiều 9/6. Hội nghị G7 năm tới sẽ do Pháp đăng cai.');
  // one summit, this year's: none for next year's host
  assert.deepEqual(out.map((r) => String(r[0]).slice(0, 4)), ['2018'], JSON.stringify(out));
  assert.deepEqual(rows('Hội nghị thượng đỉnh G7 sắp tới tại Biarritz được dư luận chú ý.'), []);
  assert.deepEqual(rows('Ngày 9/6, Thủ tướng Nhật Bản Shinzo Abe thông báo cuộc gặp thượng đỉnh sẽ diễn ra tại Tokyo.').filter((r) => r[1] === 'summit'), []);
});

test('a summit series listed among forums of cooperation is a forum, not a summit held', () => {
  const out = extractArticle({ id: 't', text: 'Tiêu đề\n\n14/09/2016 09:00 GMT+7\n\nNgày 8/9, Thủ tướng Ấn Độ Narendra Modi dự Hội nghị cấp cao Đông Á tại Vientiane. Chủ tịch nước Trần Đại Quang đề nghị hai bên phối hợp chặt chẽ tại các diễn đàn đa phương, trong đó có Liên hợp quốc và Hội nghị cấp cao Đông Á.' })
    .events.map((e) => [e.start, e.type, e.participants.map((p) => p.name).join('+')]);
  assert.deepEqual(out, [['2016-09-08', 'summit', 'Narendra Modi']]);
});

test('a single capital with a Vietnamese mark ends a sentence: "Đông Á." is no initial', () => {
  assert.equal(splitSentences('Hai bên phối hợp tại Hội nghị cấp cao Đông Á. Trước khi rời Hà Nội, ông thăm chùa.').length, 2);
  assert.equal(splitSentences('Ông trở về từ nước Ý. Chiều cùng ngày, ông họp báo.').length, 2);
  // a Latin initial still does not end one
  assert.equal(splitSentences('Tổng thống George W. Bush thăm Hà Nội.').length, 1);
});

test('"Cùng ngày" counts from an event or a person\'s act, not from a storm\'s landfall', () => {
  const out = rows('Ngày 12/6, Thủ tướng Nguyễn Xuân Phúc tiếp Ngoại trưởng Mỹ Mike Pompeo tại Hà Nội. Cơn bão số 3 đổ bộ vào Quảng Ninh hôm 10/6, gây thiệt hại nặng. Cùng ngày, Phó Thủ tướng Phạm Bình Minh đã hội đàm với Ngoại trưởng Pompeo.');
  assert.deepEqual(out.map((r) => r[0]), ['2018-06-12', '2018-06-12'], JSON.stringify(out));
});

test('"Chuyến thăm diễn ra vài ngày trước cuộc bầu cử …" places the visit just told; it tells no event', () => {
  const out = rows('Ngày 12/6, Thủ tướng Nhật Bản Shinzo Abe hội đàm với Tổng thống Nga Vladimir Putin tại Moskva. Chuyến thăm diễn ra chỉ vài ngày trước cuộc bầu cử quốc hội Nhật Bản ngày 20/6, trong đó Thủ tướng Abe đối đầu với phe đối lập.');
  assert.deepEqual(out.map((r) => r[0]), ['2018-06-12'], JSON.stringify(out));
  // an event that is told with a day of its own still is one
  assert.equal(rows('Cuộc gặp giữa Tổng thống Mỹ Donald Trump và Chủ tịch Triều Tiên Kim Jong-un diễn ra ngày 12/6 tại Singapore.').length, 1);
});

test('"X receives Y": the host, who is named before "tiếp" or after a fronted "Tiếp Y, …", comes first', () => {
  const phuc = { name: 'Nguyễn Xuân Phúc', role: 'Prime Minister', country: 'VN' };
  const pompeo = { name: 'Mike Pompeo', role: 'Secretary of State', country: 'US' };
  assert.deepEqual(hostFirst([pompeo, phuc], 'tiếp', 'Tiếp Ngoại trưởng Mỹ Mike Pompeo ngày 30/10, Thủ tướng Nguyễn Xuân Phúc khẳng định Việt Nam coi trọng quan hệ với Mỹ.').map((p) => p.name), ['Nguyễn Xuân Phúc', 'Mike Pompeo']);
  assert.deepEqual(hostFirst([pompeo, phuc], 'tiếp', 'Thủ tướng Nguyễn Xuân Phúc tiếp Ngoại trưởng Mỹ Mike Pompeo.').map((p) => p.name), ['Nguyễn Xuân Phúc', 'Mike Pompeo']);
  assert.deepEqual(hostFirst([phuc, pompeo], 'tiếp', 'Ngoại trưởng Mỹ Mike Pompeo tiếp Thủ tướng Nguyễn Xuân Phúc.').map((p) => p.name), ['Mike Pompeo', 'Nguyễn Xuân Phúc']);
  const title = extract('Tiếp Ngoại trưởng Mỹ Mike Pompeo ngày 12/6, Thủ tướng Nguyễn Xuân Phúc khẳng định Việt Nam coi trọng quan hệ với Mỹ.').events[0]?.title.en;
  assert.match(title ?? '', /^Nguyễn Xuân Phúc receives Pompeo/);
});

test('"trụ sở Chính phủ" is the Government Office, and "trụ sở Quốc hội" names no place called "Quốc"', () => {
  const gov = findPlaces('Thủ tướng tiếp Ngoại trưởng Mỹ tại trụ sở Chính phủ.').filter((p) => p.kind === 'building');
  assert.deepEqual(gov.map((p) => p.location.name), ['Government Office']);
  assert.deepEqual(findPlaces('Ông gặp các nghị sĩ tại trụ sở Quốc hội.').map((p) => p.location.name), []);
  assert.deepEqual(findPlaces('Hai bên hội đàm tại khách sạn Capella hôm 12/6.').map((p) => p.location.name), ['Capella Hotel']);
});

test('"Cuộc gặp được … công bố vào tối 3/6" dates the announcement of the event just told, not a new event', () => {
  const out = rows('Ngày 7/6, Chủ tịch Trung Quốc Tập Cận Bình gặp lãnh đạo Đài Loan Mã Anh Cửu tại Singapore. Cuộc gặp được người phát ngôn văn phòng lãnh đạo Đài Loan bất ngờ công bố vào tối 3/6, trước khi Bắc Kinh xác nhận.');
  assert.deepEqual(out.map((r) => r[0]), ['2018-06-07'], JSON.stringify(out));
});

test('"là năm 1945, khi A và B đàm phán": an earlier occasion of other people is a comparison, not an event of the article\'s leaders', () => {
  const out = rows('Ngày 7/6, Chủ tịch Trung Quốc Tập Cận Bình gặp lãnh đạo Đài Loan Mã Anh Cửu tại Singapore. Lần gần nhất lãnh đạo hai bên ngồi cùng bàn là năm 1945, khi Mao Trạch Đông và Tưởng Giới Thạch đàm phán tại Trùng Khánh.');
  assert.deepEqual(out.map((r) => r[0]), ['2018-06-07'], JSON.stringify(out));
  // the earlier occasion of the same people is one
  const same = rows('Ngày 7/6, Thủ tướng Nhật Bản Shinzo Abe hội đàm với Tổng thống Nga Vladimir Putin. Lần gần nhất hai bên gặp nhau là vào tháng 12/2016, khi ông Putin thăm Nhật Bản.');
  assert.ok(same.some((r) => r[0] === '2016-12'), JSON.stringify(same));
});

test('an event dated after the article is a target or a plan: "nâng kim ngạch lên 100 tỉ USD vào năm 2020"', () => {
  const out = rows('Ngày 12/6, Tổng thống Hàn Quốc Moon Jae-in hội đàm với Chủ tịch nước Trần Đại Quang tại Hà Nội. Tại hội đàm, hai bên nhất trí phấn đấu nâng kim ngạch thương mại song phương lên 100 tỉ USD vào năm 2020.');
  assert.ok(!out.some((r) => String(r[0]).startsWith('2020')), JSON.stringify(out));
  assert.ok(out.some((r) => r[0] === '2018-06-12'));
});

test('a summit known by its city, in its month with the year only guessed, is that summit whatever the year guessed', () => {
  const out = extractArticle({ id: 't', text: 'Tiêu đề\n\n31/10/2022 09:00 GMT+7\n\nLần gần nhất Tổng Bí thư Nguyễn Phú Trọng thăm Trung Quốc là vào tháng 1/2017. Tháng 11, Chủ tịch Trung Quốc Tập Cận Bình dự Hội nghị cấp cao APEC tại Đà Nẵng.' }).events
    .filter((e) => e.type === 'summit').map((e) => [e.start, e.location?.name]);
  // (the month stated, not the summit's days: only the month is told; a visit "ngay sau khi dự" it is the visit, see news-rules)
  assert.deepEqual(out, [['2017-11', 'Da Nang']]);
});

test('"Trong chuyến thăm …, X dự kiến hội kiến A, B": a fronted visit naming no one is the visit told, not a visit of A and B', () => {
  const out = rows('Tổng Bí thư Nguyễn Phú Trọng đến Bắc Kinh chiều 12/6, bắt đầu chuyến thăm chính thức Trung Quốc. Trong chuyến thăm kéo dài tới ngày 14/6, Tổng Bí thư Nguyễn Phú Trọng dự kiến hội kiến Thủ tướng Quốc vụ viện Lý Khắc Cường và Ủy viên trưởng Lật Chiến Thư.');
  assert.deepEqual(out.map((r) => [r[0], r[1], r[2]]), [['2018-06-12', 'visit', 'Nguyễn Phú Trọng']], JSON.stringify(out));
});
