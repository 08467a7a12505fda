import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fallsOnWeekday, feastDay, findFeasts, findWeekdayDates } from '../../src/extract/weekday-dates.js';
import { inferDocumentDate } from '../../src/extract/document-date.js';

const years = (text: string) => findWeekdayDates(text).map((d) => [2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024].filter((y) => fallsOnWeekday(d, y)));

describe('findWeekdayDates', () => {
  it('reads a weekday before the day, and a weekday in brackets after it', () => {
    assert.deepEqual(findWeekdayDates('Tối chủ nhật 6/10, Nhà Trắng ra thông báo.').map((d) => [d.day, d.month, d.weekday]), [[6, 10, 0]]);
    assert.deepEqual(findWeekdayDates('Hôm thứ ba (19/9), ông Trump phát biểu.').map((d) => [d.day, d.month, d.weekday]), [[19, 9, 2]]);
    assert.deepEqual(findWeekdayDates('Vụ tấn công ngày 13/11 (thứ Sáu) làm 130 người chết.').map((d) => [d.day, d.month, d.weekday]), [[13, 11, 5]]);
    assert.deepEqual(findWeekdayDates('Thứ Hai, 12/3, ông Tập tới Hà Nội.').map((d) => [d.day, d.month, d.weekday]), [[12, 3, 1]]);
  });
  it('"thứ hai" lower case without a time word is "second", and a day with its year is left to the year', () => {
    assert.deepEqual(findWeekdayDates('Đây là lần thứ hai 5/6 thành viên bỏ phiếu.'), []);
    assert.deepEqual(findWeekdayDates('Hôm thứ sáu 13/11/2015, Paris bị tấn công.'), []);
  });
  it('"Hôm thứ bảy tuần trước (5/8)": a weekday of last week, then its day', () => {
    assert.deepEqual(findWeekdayDates('Hôm thứ bảy tuần trước (5/8), ANC đã cách chức nữ Tổng chưởng lý.').map((d) => [d.weekday, d.day, d.month]), [[6, 5, 8]]);
  });

  it('a day falls on its weekday in a year or two of a decade', () => {
    assert.deepEqual(years('Tối chủ nhật 6/10'), [[2019, 2024]]);
    assert.deepEqual(years('ngày 13/11 (thứ Sáu)'), [[2015, 2020]]);
  });
});

describe('inferDocumentDate with days told with their weekday', () => {
  it('"tối chủ nhật 6/10" and a leader in office 2017-2021 give 2019', () => {
    const r = inferDocumentDate('Tối chủ nhật 6/10, sau cuộc điện đàm với Tổng thống Mỹ Donald Trump, ông Erdogan mở chiến dịch hôm 9/10.', { leaders: [{ name: 'Donald Trump', aliases: ['Trump'], terms: [{ role: 'President', country: 'US', from: '2017-01-20', to: '2021-01-20' }] }] });
    assert.equal(r.published, '2019-10-09');
    assert.match(r.publishedBasis ?? '', /"chủ nhật 6\/10" falls on that weekday in 2019/);
  });
});

describe('findWeekdayDates with a hyphen', () => it('a day written with a hyphen ("hôm thứ sáu 22-1", "22-1 (thứ sáu)") is read with its weekday too', () => {
  assert.deepEqual(findWeekdayDates('trong cuộc điện đàm hôm thứ sáu 22-1, hai nhà lãnh đạo').map((d) => [d.day, d.month, d.weekday]), [[22, 1, 5]]);
  assert.deepEqual(findWeekdayDates('ngày 22-1 (thứ sáu)').map((d) => [d.day, d.month, d.weekday]), [[22, 1, 5]]);
  // (a full date is not a day/month with a weekday)
  assert.deepEqual(findWeekdayDates('thứ sáu 22-1-2021'), []);
}));

it('Sundays named by their feast fall on the day the computus gives ("Lễ Lá" 28/3/2021, 9/4/2017; "Lễ Phục sinh" 21/4/2019)', () => {
  const [palm] = findFeasts('Đánh bom liều chết trước nhà thờ Indonesia đúng Chủ nhật Lễ Lá');
  assert.equal(palm.name, 'Palm Sunday');
  assert.deepEqual(feastDay(palm, 2021), { day: 28, month: 3 });
  assert.deepEqual(feastDay(palm, 2017), { day: 9, month: 4 });
  const [easter] = findFeasts('Loạt vụ đánh bom nhằm vào nhà thờ trong ngày lễ Phục sinh');
  assert.deepEqual(feastDay(easter, 2019), { day: 21, month: 4 });
  assert.deepEqual(findFeasts('Lá cờ được kéo lên.'), []);
});

it('a feast named with a day-month told that it fell on in one year only dates the article ("đúng Chủ nhật Lễ Lá" and "sáng 28/3": 2021)', () => {
  const d = inferDocumentDate('Đánh bom liều chết trước nhà thờ Indonesia đúng Chủ nhật Lễ Lá\n\nHai kẻ tấn công kích nổ bom tại cổng nhà thờ chính tòa ở Makassar sáng 28/3, khi giáo dân vừa kết thúc thánh lễ. Dịch Covid-19 khiến số người dự lễ giảm.', { leaders: [] });
  assert.equal(d.published, '2021-03-28', d.publishedBasis ?? '');
});

describe('Pentecost', () => {
  it('("lễ Chúa Thánh Thần Hiện Xuống", "lễ Ngũ Tuần") is the seventh Sunday after Easter; a Pentecostal church ("nhà thờ Ngũ Tuần") is no feast', () => {
    const [pentecost] = findFeasts('Vụ tấn công xảy ra khi giáo dân dự thánh lễ mừng lễ Chúa Thánh Thần Hiện Xuống.');
    assert.equal(pentecost?.name, 'Pentecost');
    assert.deepEqual(feastDay(pentecost!, 2022), { day: 5, month: 6 });
    assert.deepEqual(feastDay(pentecost!, 2016), { day: 15, month: 5 });
    assert.deepEqual(findFeasts('ba vụ nổ tại nhà thờ Ngũ Tuần Trung tâm Surabaya'), []);
  });
});
