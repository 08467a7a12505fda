// Sentence shapes that tell several events, or an event's people, date or place elsewhere:
// made-up sentences of the shapes Vietnamese news uses.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findEventMentions } from '../../src/extract/events.js';
import { splitSentences } from '../../src/extract/sentences.js';
import { shortName } from '../../src/extract/titles.js';
import { summitContext } from '../../src/extract/temporal.js';
import { LEADERS } from '../../src/extract/people.js';

const run = (published: string, ...lines: string[]) => {
  const text = lines.join('\n');
  return findEventMentions('t', text, splitSentences(text), published).map((m) => [m.type, m.date?.start ?? null, m.participants.map((p) => p.name).join('+'), m.location?.name ?? null]);
};

test('a visitor calling on the host\'s leaders one after the other: one meeting per leader', () => {
  assert.deepEqual(run('2018-03-09',
    'Ngày 8/3, Tổng thống Pháp Emmanuel Macron hội kiến Tổng Bí thư Nguyễn Phú Trọng, gặp Thủ tướng Nguyễn Xuân Phúc và Chủ tịch Quốc hội Nguyễn Thị Kim Ngân.',
  ), [
    ['meeting', '2018-03-08', 'Emmanuel Macron+Nguyễn Phú Trọng', null],
    ['meeting', '2018-03-08', 'Emmanuel Macron+Nguyễn Xuân Phúc', null],
    ['meeting', '2018-03-08', 'Emmanuel Macron+Nguyễn Thị Kim Ngân', null],
  ]);
});

test('"A …, cùng Thủ tướng B thăm X, sau đó hội kiến C, D": B went along on the visit only; one meeting per leader', () => {
  assert.deepEqual(run('2017-05-11',
    'Trong ngày 10/5, Tổng thống Chile Michelle Bachelet đặt vòng hoa tại Đài tưởng niệm các Anh hùng liệt sĩ, cùng Thủ tướng Nguyễn Xuân Phúc thăm Văn Miếu, sau đó lần lượt hội kiến Tổng Bí thư Nguyễn Phú Trọng, Chủ tịch nước Trần Đại Quang và hội kiến Chủ tịch Quốc hội Nguyễn Thị Kim Ngân.',
  ).filter((r) => r[0] === 'meeting'), [
    // in the city of the visit told that day (the Temple of Literature, Hanoi)
    ['meeting', '2017-05-10', 'Michelle Bachelet+Nguyễn Phú Trọng', 'Hanoi'],
    ['meeting', '2017-05-10', 'Michelle Bachelet+Trần Đại Quang', 'Hanoi'],
    ['meeting', '2017-05-10', 'Michelle Bachelet+Nguyễn Thị Kim Ngân', 'Hanoi'],
  ]);
});

test('"Chiều cùng ngày" after a background paragraph resumes the visitor\'s day, not the flashback\'s', () => {
  const out = run('2017-05-11',
    'Hội đàm với Chủ tịch nước Trần Đại Quang tại Hà Nội sáng 10-5, Tổng thống Chile Michelle Bachelet nói hai nước sẽ mở rộng thương mại.\n',
    'Hôm 2-5, Ngoại trưởng Chile Heraldo Muñoz đã gặp Ngoại trưởng Peru Ricardo Luna ở Lima. Hai ngày sau đó, ông Muñoz tuyên bố tại Santiago rằng Chile sẵn sàng đàm phán.\n',
    'Chiều cùng ngày, Tổng thống Bachelet hội kiến Thủ tướng Nguyễn Xuân Phúc.',
  );
  assert.deepEqual(out.at(-1), ['meeting', '2017-05-10', 'Michelle Bachelet+Nguyễn Xuân Phúc', 'Hanoi']);
  // in the same paragraph, or when the subject took part that day, "cùng ngày" is the day just told
  const same = run('2017-05-11',
    'Hội đàm với Chủ tịch nước Trần Đại Quang tại Hà Nội sáng 10-5, Tổng thống Chile Michelle Bachelet nói hai nước sẽ mở rộng thương mại.\n',
    'Hôm 2-5, Ngoại trưởng Chile Heraldo Muñoz đã gặp Ngoại trưởng Peru Ricardo Luna ở Lima. Cùng ngày, Tổng thống Bachelet điện đàm với Tổng thống Peru Pedro Pablo Kuczynski.',
  );
  assert.deepEqual(same.at(-1), ['call', '2017-05-02', 'Michelle Bachelet+Pedro Pablo Kuczynski', null]);
});

test('"Sau hội đàm sáng 3/9 tại Hà Nội, A và B ra Tuyên bố chung": the dated talks are an event of A and B', () => {
  assert.deepEqual(run('2017-05-11',
    'Sau hội đàm sáng 10/5 tại Hà Nội, Thủ tướng Nguyễn Xuân Phúc và Tổng thống Chile Michelle Bachelet đã ra Tuyên bố chung về hợp tác.',
  ), [
    ['meeting', '2017-05-10', 'Nguyễn Xuân Phúc+Michelle Bachelet', 'Hanoi'],
    ['statement', '2017-05-10', 'Nguyễn Xuân Phúc+Michelle Bachelet', null],
  ]);
});

test('"…, trước khi tới Việt Nam": what came next, told to place the event in time, is no event of its day', () => {
  const out = run('2019-06-12',
    'Ngày 10/6, Ngoại trưởng Đức Heiko Maas hội kiến Tổng thống Indonesia Joko Widodo tại Jakarta. Ông cũng dừng chân tại Singapore trước khi tới Việt Nam.',
  );
  assert.deepEqual(out, [['meeting', '2019-06-10', 'Heiko Maas+Joko Widodo', 'Jakarta']]);
});

test('a visitor\'s meetings of one day with no place told are in the city of that day\'s placed event', () => {
  const out = run('2017-05-11',
    'Ngày 10/5, Chủ tịch nước Trần Đại Quang hội đàm với Tổng thống Chile Michelle Bachelet tại Phủ Chủ tịch.',
    'Chiều cùng ngày, Tổng thống Bachelet hội kiến Thủ tướng Nguyễn Xuân Phúc.',
    // another day, or someone else, stays unplaced
    'Ngày 11/5, bà Bachelet gặp Chủ tịch Quốc hội Nguyễn Thị Kim Ngân.',
  );
  assert.deepEqual(out.map((r) => [r[1], r[2], r[3]]), [
    ['2017-05-10', 'Trần Đại Quang+Michelle Bachelet', 'Presidential Palace, Hanoi'],
    ['2017-05-10', 'Michelle Bachelet+Nguyễn Xuân Phúc', 'Hanoi'],
    ['2017-05-11', 'Michelle Bachelet+Nguyễn Thị Kim Ngân', null],
  ]);
});

test('a leader received with a minister sitting in is one meeting', () => {
  assert.deepEqual(run('2018-03-10', 'Ngày 9/3, Ngoại trưởng Mỹ John Kerry gặp Tổng thống Nga Vladimir Putin và Ngoại trưởng Nga Sergei Lavrov tại Moscow.'), [
    ['meeting', '2018-03-09', 'John Kerry+Sergei Lavrov+Vladimir Putin', 'Moscow'],
  ]);
});

test('"Trong ngày, …" is the day the article reports, not the day of a flashback told since', () => {
  const out = run('2018-03-09',
    'Ngày 8/3, Tổng thống Pháp Emmanuel Macron hội đàm với Chủ tịch nước Trần Đại Quang.',
    'Ông Macron tới Hà Nội tối 7/3, bắt đầu chuyến thăm chính thức Việt Nam.',
    'Trong ngày, ông Macron cũng hội kiến Tổng Bí thư Nguyễn Phú Trọng.',
  );
  assert.deepEqual(out.at(-1), ['meeting', '2018-03-08', 'Emmanuel Macron+Nguyễn Phú Trọng', null]);
});

test('several occasions of one event word, each a dated place, are one event each', () => {
  assert.deepEqual(run('2017-12-21',
    'Ngày 20/12, Thủ tướng Anh Theresa May điện đàm với Thủ tướng Đức Angela Merkel.',
    'Bà May đã gặp bà Merkel hai lần trong năm nay: tại Berlin hồi tháng 4 và bên lề Hội nghị G20 ở Hamburg hồi tháng 7.',
    'Hai bà từng gặp nhau tại Berlin và London.',
  ), [
    ['call', '2017-12-20', 'Theresa May+Angela Merkel', null],
    ['meeting', '2017-04', 'Theresa May+Angela Merkel', 'Berlin'],
    ['meeting', '2017-07', 'Theresa May+Angela Merkel', 'Hamburg'],
    // places without dates of their own are one undated mention
    ['meeting', null, 'Theresa May+Angela Merkel', 'Berlin'],
  ]);
});

test('a joint statement is made by all its parties: a pair named as "hai nhà lãnh đạo", or countries', () => {
  assert.deepEqual(run('2021-11-16',
    'Ngày 3/9, Tổng thống Nga Vladimir Putin hội đàm với Chủ tịch Trung Quốc Tập Cận Bình tại Bắc Kinh.',
    'Sau cuộc hội đàm, hai nhà lãnh đạo ra tuyên bố chung về hợp tác năng lượng.',
    // made at a summit the sentence tells: an event of its own, without people
    'Tuần trước, tại Hội nghị COP26 ở Glasgow, Ấn Độ và Nhật Bản bất ngờ ra tuyên bố chung về khí hậu.',
  ), [
    ['meeting', '2021-09-03', 'Vladimir Putin+Xi Jinping', 'Beijing'],
    ['statement', '2021-09-03', 'Vladimir Putin+Xi Jinping', null],
    ['summit', '2021-10-31', '', 'Glasgow'],
    ['statement', '2021-10-31', '', 'Glasgow'],
  ]);
  // a day between the countries and the verb
  assert.deepEqual(run('2021-02-26', 'Quân đội Ấn Độ và Pakistan ngày 25/2 đưa ra tuyên bố chung hiếm hoi, cam kết tuân thủ thỏa thuận ngừng bắn.'), [
    ['statement', '2021-02-25', '', null],
  ]);
});

test('a joint statement naming no one is made by those at the summit just told; an event on its sidelines is where it was', () => {
  assert.deepEqual(run('2019-12-10',
    'Hội nghị thượng đỉnh theo định dạng Normandy, với sự tham gia của Tổng thống Pháp Emmanuel Macron, Thủ tướng Đức Angela Merkel, Tổng thống Nga Vladimir Putin và Tổng thống Ukraine Volodymyr Zelensky, diễn ra tại Điện Élysée tối 9/12.',
    'Theo tuyên bố chung, các bên cam kết ngừng bắn trước cuối năm nay.',
    'Bên lề hội nghị, ông Zelensky và ông Putin có cuộc gặp song phương.',
  ), [
    ['summit', '2019-12-09', 'Emmanuel Macron+Angela Merkel+Vladimir Putin+Volodymyr Zelensky', 'Élysée Palace, Paris'],
    ['statement', '2019-12-09', 'Emmanuel Macron+Angela Merkel+Vladimir Putin+Volodymyr Zelensky', 'Élysée Palace, Paris'],
    ['meeting', '2019-12-09', 'Volodymyr Zelensky+Vladimir Putin', 'Élysée Palace, Paris'],
  ]);
});

test('no joint statement when none was made, nor for a summit\'s own declaration by leaders it does not name', () => {
  assert.deepEqual(run('2019-03-01', 'Hội nghị thượng đỉnh giữa Tổng thống Mỹ Donald Trump và Chủ tịch Triều Tiên Kim Jong-un tại Hà Nội kết thúc trưa 28/2 mà không có tuyên bố chung nào được ký kết.'), [
    ['summit', '2019-02-28', 'Donald Trump+Kim Jong-un', 'Hanoi'],
  ]);
  assert.deepEqual(run('2016-05-28',
    'Ngày 26/5, Tổng thống Mỹ Barack Obama gặp Thủ tướng Nhật Bản Shinzo Abe.',
    'Ngày 27/5, các nhà lãnh đạo G7 đã ra tuyên bố chung khi bế mạc Hội nghị thượng đỉnh G7 tại Ise-Shima.',
  ).map((r) => r[0]), ['meeting', 'summit']);
});

test('what an agreement is about is not where it was reached', () => {
  assert.deepEqual(run('2019-12-10', 'Ngày 9/12, Tổng thống Nga Vladimir Putin và Tổng thống Ukraine Volodymyr Zelensky nhất trí ngừng bắn ở miền đông Ukraine.'), [
    ['agreement', '2019-12-09', 'Vladimir Putin+Volodymyr Zelensky', null],
  ]);
});

test('"Phát biểu tại X, …" says where the statement its speaker just made was made', () => {
  const out = run('2018-05-09',
    'Tổng thống Mỹ Donald Trump ngày 8/5 tuyên bố rút Mỹ khỏi thỏa thuận hạt nhân Iran.',
    'Phát biểu tại Nhà Trắng, ông Trump gọi thỏa thuận là "thảm họa".',
  );
  assert.deepEqual(out[0], ['statement', '2018-05-08', 'Donald Trump', 'White House, Washington']);
});

test('a politician received ("tiếp ứng viên tổng thống …") is a meeting; a surname keeps its particle', () => {
  assert.deepEqual(run('2017-05-30', 'Hồi tháng 3, Tổng thống Nga Vladimir Putin đã tiếp ứng viên tổng thống Pháp Marine Le Pen tại Điện Kremlin.'), [
    ['meeting', '2017-03', 'Vladimir Putin+Marine Le Pen', 'Kremlin, Moscow'],
  ]);
  assert.equal(shortName('Marine Le Pen'), 'Le Pen');
  assert.equal(shortName('Ursula von der Leyen'), 'von der Leyen');
});

test('a visit\'s people are its travellers, not whom they went to sway', () => {
  assert.deepEqual(run('2018-05-09', 'Hồi tháng 4, Tổng thống Pháp Emmanuel Macron và Thủ tướng Đức Angela Merkel lần lượt tới Washington để thuyết phục Tổng thống Mỹ Donald Trump giữ thỏa thuận.'), [
    ['visit', '2018-04', 'Emmanuel Macron+Angela Merkel', 'Washington'],
  ]);
});

test('"Tại cuộc hội đàm, …" after an arrival and a background month resumes the talks just told; "Cùng ngày" counts from them', () => {
  const rows = run('2019-06-12',
    'Trong cuộc hội đàm với Bộ trưởng Ngoại giao Phạm Bình Minh sáng nay, Ngoại trưởng Nhật Bản Taro Kono khẳng định hai nước là đối tác tin cậy.',
    'Ông Kono đến sân bay Nội Bài tối 11/6, bắt đầu chuyến thăm chính thức Việt Nam, sau chuyến thăm hồi tháng 3.',
    'Tại cuộc hội đàm, Bộ trưởng Phạm Bình Minh hoan nghênh kết quả hợp tác giữa hai nước.',
    'Cùng ngày, Thủ tướng Nguyễn Xuân Phúc đã tiếp Ngoại trưởng Taro Kono.',
  );
  assert.deepEqual(rows.filter((r) => r[0] === 'meeting').map((r) => r[1]), ['2019-06-12', '2019-06-12', '2019-06-12']);
});

test('"Tại cuộc hội đàm ở X," after an agreement just told is not dated from earlier talks of other people', () => {
  const rows = run('2016-02-09',
    'Ngày 8/2, Tổng thống Mỹ Barack Obama hội đàm với Tổng thống Italy Sergio Mattarella tại Nhà Trắng.',
    'Trước đó, ngày 29/1, Ngoại trưởng Mỹ John Kerry và Ngoại trưởng Canada Stéphane Dion đã nhất trí tăng cường hợp tác.',
    'Tại cuộc hội đàm diễn ra ở thành phố Quebec, Ngoại trưởng nước chủ nhà khẳng định Ottawa tiếp tục chiến dịch.',
  );
  assert.deepEqual(rows.filter((r) => r[3] === 'Quebec City').map((r) => r[1]), [null]);
});

test('"dành ngày X cho một loạt cuộc gặp song phương: với A, B và C": one meeting per counterpart, whatever their countries', () => {
  assert.deepEqual(run('2018-12-02',
    'Ông Macron dành ngày 30/11 cho một loạt cuộc gặp song phương: với Thủ tướng Canada Justin Trudeau, Thủ tướng Ấn Độ Narendra Modi và Tổng thống Nga Vladimir Putin.',
  ).filter((r) => r[0] === 'meeting').map((r) => [r[1], r[2]]), [
    ['2018-11-30', 'Emmanuel Macron+Justin Trudeau'],
    ['2018-11-30', 'Emmanuel Macron+Narendra Modi'],
    ['2018-11-30', 'Emmanuel Macron+Vladimir Putin'],
  ]);
});

test('a place after "kể từ" is the earlier event\'s, not the meeting\'s', () => {
  const rows = run('2019-06-29', 'Ngày 28/6, Thủ tướng Anh Theresa May có cuộc gặp đầu tiên với ông Putin kể từ vụ đầu độc cựu điệp viên Sergei Skripal ở Salisbury.');
  assert.deepEqual(rows.filter((r) => r[0] === 'meeting').map((r) => r[3]), [null]);
});

test('a meeting told on a day of the summit its sentence places is held in the summit\'s city, not where the visitor went that night', () => {
  const text = [
    'Cuộc gặp giữa Tổng thống Mỹ Donald Trump và Thủ tướng Canada Justin Trudeau diễn ra trưa 29/6, ngày cuối của Hội nghị thượng đỉnh G20 tại thành phố Osaka, Nhật Bản.',
    'Ông Trump tới Seoul ngay tối 29/6.',
  ].join('\n');
  const rows = findEventMentions('t', text, splitSentences(text), '2019-06-30', summitContext(text, LEADERS)).map((m) => [m.type, m.date?.start ?? null, m.location?.name ?? null]);
  assert.deepEqual(rows.filter((r) => r[0] === 'meeting'), [['meeting', '2019-06-29', 'Osaka']]);
});

test('"Trước khi rời Hà Nội, ông X còn gặp Y" in a paragraph of its own: on the last day told of X\'s stay there', () => {
  const rows = run('2019-04-12',
    'Ngoại trưởng Nhật Bản Taro Kono đến Hà Nội tối 10/4, bắt đầu chuyến thăm chính thức Việt Nam.',
    'Ngày 11/4, ông Kono hội đàm với Bộ trưởng Ngoại giao Phạm Bình Minh.',
    'Trước khi rời Hà Nội, ông Kono còn gặp Bộ trưởng Công an Tô Lâm.',
  );
  assert.deepEqual(rows.filter((r) => String(r[2]).includes('Tô Lâm')).map((r) => r[1]), ['2019-04-11']);
});

test('the summit an article is about is, among the series\' summits its words fit as well, the one of the year of writing', () => {
  const text = 'Ngày làm việc thứ hai của hội nghị thượng đỉnh NATO ở Brussels bị đảo lộn. Tổng thống Mỹ Donald Trump chỉ trích Đức. Tổng thư ký NATO Jens Stoltenberg kêu gọi đoàn kết.';
  assert.equal(summitContext(text, LEADERS, '2018-07-13').get('NATO')?.year, 2018);
  assert.equal(summitContext(text, LEADERS, '2017-05-26').get('NATO')?.year, 2017);
});
