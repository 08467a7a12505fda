import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { findTimeExpressions, type TimeExpression } from '../../src/extract/time-expressions.js';

/** The single expression found in `text`, without offsets. */
function one(text: string): Omit<TimeExpression, 'start' | 'end'> {
  const found = findTimeExpressions(text);
  assert.equal(found.length, 1, `${text}: ${JSON.stringify(found)}`);
  const { start, end, ...rest } = found[0];
  assert.equal(text.slice(start, end), rest.text);
  return rest;
}

describe('findTimeExpressions: calendar dates', () => {
  const cases: Array<[string, Partial<TimeExpression>]> = [
    ['Ngày 8/2, Tổng thống Mỹ', { text: 'Ngày 8/2', day: 8, month: 2 }],
    ['Paris hôm 13/11 ảnh hưởng', { text: 'hôm 13/11', day: 13, month: 11 }],
    ['Đài CNN ngày 14.2 đưa tin', { text: 'ngày 14.2', day: 14, month: 2 }],
    ['Sáng 8-2, đoàn đến Hà Nội', { text: 'Sáng 8-2', day: 8, month: 2 }],
    ['được công bố vào tối muộn 6/8, chậm', { text: 'tối muộn 6/8', day: 6, month: 8 }],
    ['ngày 8-2-2016', { text: 'ngày 8-2-2016', day: 8, month: 2, year: 2016 }],
    ['tại Nhà Trắng vào ngày 1.9.2021', { text: 'ngày 1.9.2021', day: 1, month: 9, year: 2021 }],
    ['G20, ngày 5/9/2013 ở thành phố', { text: 'ngày 5/9/2013', day: 5, month: 9, year: 2013 }],
    ['ngày 8 tháng 2 năm 2016', { text: 'ngày 8 tháng 2 năm 2016', day: 8, month: 2, year: 2016 }],
    ['vào ngày 8 tháng 2, hai bên', { text: 'ngày 8 tháng 2', day: 8, month: 2 }],
    ['vào tháng 9.', { text: 'tháng 9', month: 9 }],
    ['từ tháng 9/2016 đến nay', { text: 'tháng 9/2016', month: 9, year: 2016 }],
    ['trong tháng 9 năm 2016', { text: 'tháng 9 năm 2016', month: 9, year: 2016 }],
    ['kể từ năm 2015.', { text: 'năm 2015', year: 2015, tense: 'past' }],
    ['vào cuối tháng 11', { text: 'cuối tháng 11', month: 11, part: 'late' }],
    ['đầu năm 2017./.', { text: 'đầu năm 2017', year: 2017, part: 'early' }],
    ['giai đoạn năm 2015-2016', { text: 'năm 2015-2016', year: 2015, endYear: 2016 }],
    ['sáng 8/2 (giờ địa phương)', { text: 'sáng 8/2 (giờ địa phương)', day: 8, month: 2, zone: 'giờ địa phương' }],
    ['chiều 8/2, ông', { text: 'chiều 8/2', day: 8, month: 2 }],
    ['tối 8/2 tại', { text: 'tối 8/2', day: 8, month: 2 }],
    ['ngày 14/2 (GMT+7)', { text: 'ngày 14/2 (GMT+7)', day: 14, month: 2, zone: 'GMT+7' }],
    ['trong ngày 5/11 (giờ Mỹ).', { text: 'ngày 5/11 (giờ Mỹ)', day: 5, month: 11, zone: 'giờ Mỹ' }],
    ['hôm thứ Hai (8/2), ông', { text: 'hôm thứ Hai (8/2)', day: 8, month: 2, weekday: 1 }],
    ['Chủ nhật 8/2 vừa qua', { text: 'Chủ nhật 8/2 vừa qua', day: 8, month: 2, weekday: 0, tense: 'past' }],
    ['dự kiến vào ngày 20/12 tới', { text: 'ngày 20/12 tới', day: 20, month: 12, tense: 'future' }],
  ];
  for (const [input, want] of cases) {
    it(`reads "${input}" as ${JSON.stringify(want)}`, () => {
      const got = one(input);
      for (const [k, v] of Object.entries(want)) assert.deepEqual(got[k as keyof typeof got], v, `${k} of ${input}`);
    });
  }

  it('"hồi tháng 1" is month 1 with a past cue, and "hồi" stays outside the span', () => {
    assert.deepEqual(one('Thủ tướng hồi tháng 1 cho hay'), { text: 'tháng 1', kind: 'calendar', month: 1, tense: 'past' });
  });
  it('"nhất trí tổ chức hội đàm … vào đầu tháng 9": the day of what was agreed on is ahead', () => {
    assert.equal(one('Hai bên cũng nhất trí tổ chức hội đàm chữ thập đỏ vào đầu tháng 9 để chuẩn bị').tense, 'future');
  });
  it('"cuối năm 2015" is the late part of year 2015', () => {
    assert.deepEqual(one('hồi cuối năm 2015 khiến'), { text: 'cuối năm 2015', kind: 'calendar', year: 2015, part: 'late', tense: 'past' });
  });
  it('"7/12 năm ngoái" keeps day and month and marks the year as last year', () => {
    assert.deepEqual(one('ngày 7/12 năm ngoái, ông'), { text: 'ngày 7/12 năm ngoái', kind: 'calendar', day: 7, month: 12, relation: 'last-year', anchor: 'document' });
  });
  it('"hôm qua 28.7": a dotted day/month told with "hôm qua" is a date (a bare "28.7" is a decimal)', () => {
    const found = findTimeExpressions('Tổng thống Obama hôm qua 28.7 trở thành');
    assert.deepEqual(found.map((e) => [e.text, e.day, e.month]), [['hôm qua', undefined, undefined], ['28.7', 28, 7]]);
    assert.deepEqual(findTimeExpressions('tăng trưởng đạt 28.7 điểm'), []);
  });
  it('"một năm trước Cách mạng Hồi giáo" is a year before something else, not a year before the day of writing; "Hai năm trước, …" and "một ngày trước lễ duyệt binh" count back from it', () => {
    assert.deepEqual(findTimeExpressions('chuyến đi của ông Takeo Fukuda năm 1978, một năm trước Cách mạng Hồi giáo.').filter((e) => e.relation === 'ago'), []);
    assert.deepEqual(findTimeExpressions('Hai năm trước, ông tới đây.').map((e) => [e.relation, e.amount, e.unit]), [['ago', 2, 'year']]);
    assert.deepEqual(findTimeExpressions('Một ngày trước lễ duyệt binh, bà Park hội đàm.').map((e) => [e.relation, e.amount, e.unit]), [['ago', 1, 'day']]);
  });
  it('"Trước đó trong ngày" is earlier the same day, not the day before', () => {
    assert.deepEqual(findTimeExpressions('Trước đó trong ngày, ông Abe phát biểu.').map((e) => [e.text, e.relation]), [['Trước đó trong ngày', 'same-day']]);
    assert.deepEqual(findTimeExpressions('Trước đó, ông Abe tới Jakarta.').map((e) => [e.text, e.relation]), [['Trước đó', 'before']]);
  });
  it('counts in words past ten ("Mười một ngày sau", "hai mươi lăm năm trước") are read whole, not from their last word', () => {
    assert.deepEqual(findTimeExpressions('Mười một ngày sau, hôm 29/9, quân đội tuyên bố.').filter((e) => e.relation === 'after').map((e) => [e.text, e.amount, e.unit]), [['Mười một ngày sau', 11, 'day']]);
    assert.deepEqual(findTimeExpressions('Mười một ngày sau đó, ông tới đây.').map((e) => [e.relation, e.amount, e.unit]), [['after', 11, 'day']]);
    assert.deepEqual(findTimeExpressions('Hai mươi lăm năm trước, ông tới đây.').map((e) => [e.relation, e.amount, e.unit]), [['ago', 25, 'year']]);
    assert.deepEqual(findTimeExpressions('Mười ngày sau đó, ông tới đây.').map((e) => [e.relation, e.amount, e.unit]), [['after', 10, 'day']]);
  });
  it('"ngày Giáng sinh năm ngoái" is 25/12 of last year; "lễ Giáng sinh năm 2015" of 2015', () => {
    assert.deepEqual(one('gặp ông Sharif vào đúng ngày Giáng sinh năm ngoái. Song'), { text: 'ngày Giáng sinh năm ngoái', kind: 'calendar', day: 25, month: 12, relation: 'last-year', anchor: 'document' });
    assert.deepEqual(one('dịp lễ Giáng sinh năm 2015, ông'), { text: 'lễ Giáng sinh năm 2015', kind: 'calendar', day: 25, month: 12, year: 2015 });
  });
  it('the Orthodox Christmas ("lễ Giáng sinh theo lịch Chính thống giáo", "đêm Giáng sinh Chính thống giáo") is 7/1, its eve 6/1', () => {
    assert.deepEqual(one('Chuyến đi trùng với lễ Giáng sinh theo lịch Chính thống giáo. Sau'), { text: 'lễ Giáng sinh', kind: 'calendar', day: 7, month: 1 });
    assert.deepEqual(one('dự lễ đêm Giáng sinh Chính thống giáo tại Moskva'), { text: 'đêm Giáng sinh', kind: 'calendar', day: 6, month: 1 });
  });
  it('reads the date of a header and leaves the time of day out', () => {
    assert.deepEqual(one('14/02/2022 07:06 GMT+7'), { text: '14/02/2022', kind: 'calendar', day: 14, month: 2, year: 2022 });
  });
});

describe('findTimeExpressions: ranges', () => {
  it('"15-16/11" is a day range within November', () => {
    assert.deepEqual(one('15-16/11'), { text: '15-16/11', kind: 'calendar', day: 15, month: 11, endDay: 16, endMonth: 11 });
  });
  it('"15 và 16/11" is the same range', () => {
    const e = one('ngày 15 và 16/11 tại Antalya');
    assert.deepEqual([e.text, e.day, e.endDay, e.month, e.endMonth], ['ngày 15 và 16/11', 15, 16, 11, 11]);
    // and with a hyphenated month, as Tuổi Trẻ writes it: "trong hai ngày 13 và 14-11"
    const d = one('trong hai ngày 13 và 14-11 tại Hà Nội');
    assert.deepEqual([d.text, d.day, d.endDay, d.month], ['ngày 13 và 14-11', 13, 14, 11]);
  });
  it('"từ 30/11 đến 12/12/2015" spans two months and gets its start year from the end', () => {
    const e = one('từ 30/11 đến 12/12/2015');
    assert.deepEqual([e.day, e.month, e.year, e.endDay, e.endMonth, e.endYear], [30, 11, 2015, 12, 12, 2015]);
  });
  it('a descending "16-15/11" is not a range', () => {
    assert.ok(findTimeExpressions('16-15/11').every((e) => e.endDay === undefined));
  });
});

describe('findTimeExpressions: relative expressions', () => {
  const cases: Array<[string, string, 'document' | 'previous', Partial<TimeExpression>?]> = [
    ['năm ngoái', 'last-year', 'document'], ['năm nay', 'this-year', 'document'], ['năm tới', 'next-year', 'document'],
    ['năm sau', 'next-year', 'document'], ['tháng trước', 'last-month', 'document'], ['tuần trước', 'last-week', 'document'],
    ['hôm qua', 'yesterday', 'document'], ['tối qua', 'yesterday', 'document'], ['hôm nay', 'today', 'document'],
    ['ngày mai', 'tomorrow', 'document'],
    ['Cùng ngày', 'same-day', 'previous'], ['Trước đó', 'before', 'previous'], ['Sau đó', 'after', 'previous'],
    ['Vài giờ trước đó', 'before', 'previous', { unit: 'hour' }],
    ['giữa năm', 'this-year', 'document', { part: 'mid' }],
    ['cuối tháng này', 'this-month', 'document', { part: 'late' }],
    ['3 ngày trước', 'ago', 'document', { amount: 3, unit: 'day' }],
    ['hôm thứ Hai', 'weekday', 'document', { weekday: 1 }],
    ['thứ Sáu tuần trước', 'weekday', 'document', { weekday: 5, unit: 'week', amount: -1 }],
  ];
  for (const [text, relation, anchor, extra] of cases) {
    it(`"${text}" is ${relation}, anchored on the ${anchor === 'document' ? 'document date' : 'previous event'}`, () => {
      const e = one(`${text}, ông nói`);
      assert.equal(e.text, text);
      assert.equal(e.kind, 'relative');
      assert.equal(e.relation, relation);
      assert.equal(e.anchor, anchor);
      for (const [k, v] of Object.entries(extra ?? {})) assert.equal(e[k as keyof typeof e], v, k);
    });
  }
  it('"Trước đó, ngày 29/1" is two expressions in order', () => {
    assert.deepEqual(findTimeExpressions('Trước đó, ngày 29/1, ông').map((e) => [e.text, e.start]), [['Trước đó', 0], ['ngày 29/1', 10]]);
  });
  it('"hai năm trước khi" is a conjunction, not a date', () => {
    assert.deepEqual(findTimeExpressions('hai năm trước khi nhậm chức'), []);
  });
});

describe('findTimeExpressions: things that are not dates', () => {
  const notDates = [
    '12.000 binh sĩ', '3.000 nhà báo', 'hoạt động liên tục 24 giờ', 'kéo dài khoảng 1 giờ với', 'máy bay Su-24 của Nga',
    'máy bay CF-18 khỏi Syria', 'Hội nghị thượng đỉnh G-20 ở', 'tại G20', 'tại COP21', 'ở mùa giải 2023/24',
    '60 giây nữa.', 'chỉ còn hai tháng', 'còn 2 tháng nữa', 'gia hạn thêm 3 năm', 'cuộc gặp kéo dài 20 phút',
    'khiến 130 người thiệt mạng', 'phiên bản 1.2.3', 'thắng với tỷ số 2-1', 'dưới thời Trump 2.0', 'gọi 0912.345.678',
    'tăng 15%', 'tăng 1,5%', 'gói 1,5 tỷ USD', '1/3 dân số', 'họp mỗi tháng 2 lần', 'nền kinh tế thứ ba thế giới',
    'Bầu cử Mỹ 2024:', 'lần thứ 21', 'ngày 31/2', 'tháng 13', '7h30', 'lúc 07:06', 'lúc 4 giờ chiều',
    'vào buổi chiều', 'uống thuốc ngày 1-2 lần', 'Nghị định số 12/2015/NĐ-CP', 'trong những tháng tới', 'nhiều năm trước', 'hiện nay',
  ];
  for (const text of notDates) {
    it(`"${text}" yields nothing`, () => assert.deepEqual(findTimeExpressions(text), []));
  }
});

describe('findTimeExpressions: named days', () => {
  it('days named by their occasion, the same every year: "ngày đầu năm mới", "đêm Giáng sinh", "lễ Giáng sinh"', () => {
    const got = findTimeExpressions('Ngay trong ngày đầu năm mới, ông ra tuyên bố. Đêm Giáng sinh và lễ Giáng sinh yên bình. Một năm mới bắt đầu.');
    assert.deepEqual(got.map((e) => [e.text, e.kind, e.day, e.month]), [
      ['ngày đầu năm mới', 'calendar', 1, 1],
      ['Đêm Giáng sinh', 'calendar', 24, 12],
      ['lễ Giáng sinh', 'calendar', 25, 12],
    ]);
  });
});

it('"Ngay trong tối hôm đó", "Tối hôm đó", "Hôm đó", "Cùng tối", "Cũng trong đêm" are the day just told; "những ngày đó" is none', () => {
  const rel = (t: string) => findTimeExpressions(t).map((e) => [e.text, e.relation]);
  for (const t of ['Ngay trong tối hôm đó', 'Tối hôm đó', 'Hôm đó', 'Cùng tối', 'Cũng trong đêm']) assert.deepEqual(rel(`${t}, ông viết.`), [[t, 'same-day']], t);
  assert.deepEqual(rel('Trong những ngày đó ông viết.'), []);
});

it('"… hôm 24/9 và hai ngày sau đã phát biểu …": a second verb\'s day, counted from the day the sentence told; not "hai ngày sau khi …"', () => {
  const rel = (t: string) => findTimeExpressions(t).filter((e) => e.kind === 'relative').map((e) => [e.text, e.relation, e.amount, e.unit]);
  assert.deepEqual(rel('Ông Castro tới New York từ hôm 24/9 và hai ngày sau đã phát biểu tại Liên Hợp Quốc.'), [['hai ngày sau', 'after', 2, 'day']]);
  assert.deepEqual(rel('Ông tới New York hôm 24/9 và hai ngày sau khi đến đã phát biểu.'), []);
});

it('", rồi tới Ankara hội kiến ông Erdogan một ngày sau." closes a clause joined on: counted from the day before it; not a count inside one clause', () => {
  const rel = (t: string) => findTimeExpressions(t).filter((e) => e.kind === 'relative').map((e) => [e.text, e.relation, e.amount, e.unit]);
  assert.deepEqual(rel('Ông Pompeo gặp Quốc vương Salman hôm 16/10, rồi tới Ankara hội kiến ông Erdogan một ngày sau.'), [['một ngày sau', 'after', 1, 'day']]);
  // (the other shapes keep their own groups)
  assert.deepEqual(rel('Hôm 20/8, bà tới Moskva hội đàm với ông Putin, hai ngày sau thăm Kiev.'), [['hai ngày sau', 'after', 2, 'day']]);
  assert.deepEqual(rel('Ông nói sẽ trở lại một ngày sau.'), []);
});

it('"nhân dịp này", "Nhân dịp đó" (on this occasion) are the day just told', () => {
  const rel = (t: string) => findTimeExpressions(t).map((e) => [e.text, e.relation, e.anchor]);
  assert.deepEqual(rel('Hai ngoại trưởng trao đổi điện mừng nhân dịp này.'), [['nhân dịp này', 'same-day', 'previous']]);
  assert.deepEqual(rel('Nhân dịp đó, hai bên ký ba văn kiện.'), [['Nhân dịp đó', 'same-day', 'previous']]);
});

describe('a bare day/month restating the day a relative time just told', () => it('"Ba ngày sau, 9/10, …"', () => {
  const found = findTimeExpressions('Ba ngày sau, 9/10, Ankara mở chiến dịch quân sự.');
  assert.deepEqual(found.map((e) => [e.text, e.kind, e.day, e.month]), [['Ba ngày sau', 'relative', undefined, undefined], ['9/10', 'calendar', 9, 10]]);
  // (a bare pair elsewhere is still no date)
  assert.deepEqual(findTimeExpressions('Tỷ lệ ủng hộ đạt 9/10 cử tri.'), []);
}));
describe('a bare day/month restating a day the words before it name', () => it('"Ngày đầu tiên của chuyến thăm, 24/2, …"', () => {
  const found = findTimeExpressions('Ngày đầu tiên của chuyến thăm, 24/2, ông Trump đáp xuống Ahmedabad.');
  assert.deepEqual(found.map((e) => [e.text, e.kind, e.day, e.month]), [['24/2', 'calendar', 24, 2]]);
  // (a ratio after a day's words is no date: "Ngày bỏ phiếu, 2/3 số phiếu …" has no comma after the pair)
  assert.deepEqual(findTimeExpressions('Ngày bỏ phiếu, 2/3 số đại biểu tán thành.'), []);
}));

describe('"trong ngày này", "vào ngày đó": the day just told', () => it('is a same-day relative; "ngày này năm ngoái" is not', () => {
  assert.deepEqual(findTimeExpressions('Cũng trong ngày này, ông Hollande phát biểu.').map((e) => [e.text, e.relation]), [['trong ngày này', 'same-day']]);
  assert.deepEqual(findTimeExpressions('Cũng vào ngày đó, ông Putin tới Ankara.').map((e) => [e.text, e.relation]), [['vào ngày đó', 'same-day']]);
  assert.deepEqual(findTimeExpressions('Vào ngày này năm ngoái, ông Putin tới Ankara.').map((e) => e.relation), ['last-year']);
}));

describe('a month and year joined by a dot', () => {
  it('reads "tháng 6.2021" and "cuối tháng 12.2015" as a month of that year, and not "tháng 6. 2021"', () => {
    const june = one('Cuối tháng 6.2021, ông Lapid thăm UAE.');
    assert.equal(june.year, 2021);
    assert.equal(june.month, 6);
    assert.equal(one('hai bên tuyên bố kết thúc đàm phán vào tháng 12.2015').year, 2015);
    assert.equal(findTimeExpressions('Đó là tháng 6. 2021 người đã đến.')[0]?.year, undefined);
  });
});

describe('the same year as told', () => {
  it('reads "Tháng 11 cùng năm đó" as a month of the year told last, resolved against what was told before', () => {
    const e = one('Tháng 11 cùng năm đó, ông thăm Việt Nam.');
    assert.equal(e.month, 11);
    assert.equal(e.relation, 'same-year');
  });
});

describe('findTimeExpressions: "N ngày sau [the event just told]," opening a sentence', () => {
  it('"Hai ngày sau bầu cử, …" counts two days from the event just told', () => {
    const got = one('Hai ngày sau bầu cử, ông Obama tiếp ông Trump tại Phòng Bầu dục.');
    assert.deepEqual([got.text, got.relation, got.anchor, got.amount, got.unit], ['Hai ngày sau', 'after', 'previous', 2, 'day']);
  });
  it('not after a date the sentence states ("Ngày 23/1, chỉ ba ngày sau lễ nhậm chức, …") nor inside it ("… vài giờ sau vụ tấn công, …")', () => {
    assert.equal(one('Ngày 23/1, chỉ ba ngày sau lễ nhậm chức, ông Trump ký sắc lệnh.').text, 'Ngày 23/1');
    assert.deepEqual(findTimeExpressions('Phát biểu tại Nhà Trắng vài giờ sau vụ tấn công, Tổng thống Biden nói.'), []);
  });
});

describe('findTimeExpressions: a day named by what falls on it', () => {
  it('"trước ngày bầu cử 8/11", "ngày Quốc khánh 2/9" are dates', () => {
    assert.deepEqual([one('Ông bị dẫn trước hơn hai tháng trước ngày bầu cử 8/11.').text, one('Lễ mít tinh nhân ngày Quốc khánh 2/9.').text], ['8/11', '2/9']);
  });

  it('"nhân Ngày Trái đất 22/4", "Ngày Quốc tế Lao động 1/5" are dates', () => {
    assert.deepEqual([one('Hội nghị khai mạc nhân Ngày Trái đất 22/4.').text, one('Mít tinh nhân Ngày Quốc tế Lao động 1/5.').text], ['22/4', '1/5']);
  });
  it('but a bare fraction after other words is not ("tỷ lệ 1/3")', () => {
    assert.deepEqual(findTimeExpressions('Ông giành được tỷ lệ ủng hộ 1/3 số phiếu.'), []);
  });
});

it('"Cũng trong ngày," is the day just told; "trong ngày" of a duration is none', () => {
  const rel = (t: string) => findTimeExpressions(t).map((e) => [e.text, e.relation]);
  assert.deepEqual(rel('Cũng trong ngày, ông Obama đã điện đàm với ông Netanyahu.'), [['Cũng trong ngày', 'same-day']]);
  assert.deepEqual(rel('Ông ấy đi về trong ngày để dự họp.'), []);
  // ("Cũng trong ngày đầu tiên, …" of a conference just told opening: that day too)
  assert.deepEqual(rel('Cũng trong ngày đầu tiên, Phó Thủ tướng chủ trì hội nghị.'), [['Cũng trong ngày đầu tiên', 'same-day']]);
});

it('"Trước đó trong buổi sáng" is earlier the same day', () => {
  const [e] = findTimeExpressions('Trước đó trong buổi sáng, ông Rajnath Singh hội đàm với ông Shoigu.');
  assert.equal(e.text, 'Trước đó trong buổi sáng');
  assert.equal(e.relation, 'same-day');
});

it('"Trước đó hai ngày, hôm 10/9": the day told after a count of days is a date of its own, not swallowed by the count\'s "ngày"', () => {
  const got = (t: string) => findTimeExpressions(t).map((e) => [e.text, e.day, e.month]);
  assert.deepEqual(got('Trước đó hai ngày, hôm 10/9, hai nhà lãnh đạo đã hội đàm tại Vladivostok.'), [['Trước đó hai ngày', undefined, undefined], ['hôm 10/9', 10, 9]]);
  assert.deepEqual(got('Sau đó 2 ngày, ngày 12/9, ông đề xuất ký hòa ước.'), [['Sau đó 2 ngày', undefined, undefined], ['ngày 12/9', 12, 9]]);
});

it('"Cuối năm đó" is late in the year just told, not in this one', () => {
  const [e] = findTimeExpressions('Cuối năm đó, ông Trump thăm cấp nhà nước Việt Nam.');
  assert.deepEqual([e.text, e.relation, e.anchor, e.part], ['Cuối năm đó', 'same-year', 'previous', 'late']);
});

it('a day right after a vote the story stands before ("trước cuộc bầu cử ngày 2/3") is still ahead; a day "hồi" told is past', () => {
  const [vote] = findTimeExpressions('Chuyến đi mang lại cho ông Netanyahu lợi thế trước cuộc bầu cử ngày 2/3, lần thứ ba trong chưa đầy một năm.');
  assert.deepEqual([vote.text, vote.tense], ['ngày 2/3', 'future']);
  const [past] = findTimeExpressions('Ông Netanyahu tới Moskva hồi tháng 4.');
  assert.equal(past.tense, 'past');
});

it('"vài giờ sau khi ông rời đi" is hours after the event just told, as "vài giờ sau," is; "vài giờ sau khi ký" is not read so', () => {
  const [left] = findTimeExpressions('Tuy nhiên, chỉ vài giờ sau khi ông rời đi, Bộ Ngoại giao Triều Tiên ra tuyên bố.');
  assert.deepEqual([left.text, left.kind, left.relation, left.unit], ['vài giờ sau', 'relative', 'after', 'hour']);
  assert.deepEqual(findTimeExpressions('Vài giờ sau khi ký thỏa thuận, hai bên họp báo.'), []);
});
