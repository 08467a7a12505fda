import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { findSummitMentions, SUMMITS, type SummitSeries } from '../../src/extract/summits.js';
import { isIsoDate } from '../../src/events-schema.js';

/** "series year city" of the best candidates of the first mention. */
function best(text: string): string[] {
  const found = findSummitMentions(text);
  if (!found.length) return [];
  const first = found.filter((m) => m.start === found[0].start);
  const top = Math.max(...first.map((m) => m.score));
  return first.filter((m) => m.score === top).map((m) => `${m.summit.series} ${m.summit.year} ${m.summit.city}`);
}

describe('summits gazetteer', () => {
  it('covers every year 2013-2024 for G20, G7, APEC, ASEAN, EAS, BRICS, SCO and COP (no COP in 2020), and NATO when it met', () => {
    const years = (s: SummitSeries) => new Set(SUMMITS.filter((x) => x.series === s).map((x) => x.year));
    for (const s of ['G20', 'G7', 'APEC', 'ASEAN', 'EAS', 'BRICS', 'SCO'] as const) {
      for (let y = 2013; y <= 2024; y++) assert.ok(years(s).has(y), `${s} ${y}`);
    }
    for (let y = 2013; y <= 2024; y++) assert.equal(years('COP').has(y), y !== 2020, `COP ${y}`);
    assert.deepEqual([...years('NATO')].sort(), [2014, 2016, 2017, 2018, 2019, 2021, 2022, 2023, 2024]);
  });
  it('finds the Shanghai Cooperation Organisation by its acronym or its name, near a summit word', () => {
    assert.deepEqual(best('hội nghị thượng đỉnh SCO ở Samarkand'), ['SCO 2022 Samarkand']);
    assert.deepEqual(best('Hội nghị thượng đỉnh Tổ chức Hợp tác Thượng Hải tại Thanh Đảo'), ['SCO 2018 Qingdao']);
  });
  it('gives every entry valid ordered dates in its year, a country code and a source', () => {
    for (const s of SUMMITS) {
      const label = `${s.series} ${s.year} ${s.city}`;
      assert.ok(isIsoDate(s.start) && isIsoDate(s.end) && s.start <= s.end, label);
      assert.equal(+s.start.slice(0, 4), s.year, label);
      assert.match(s.country, /^[A-Z]{2}$/, label);
      assert.match(s.source, /^https:\/\/en\.wikipedia\.org\/wiki\//, label);
    }
  });
  it('numbers COPs 19-29 in order', () => {
    assert.deepEqual(SUMMITS.filter((s) => s.series === 'COP').map((s) => s.ordinal), [19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29]);
  });
});

describe('findSummitMentions', () => {
  it('"Hội nghị thượng đỉnh G-20 ở Antalya" is the 2015 G20 by its city', () => {
    assert.deepEqual(best('trước thềm Hội nghị thượng đỉnh G-20 ở Antalya, thành phố ven biển'), ['G20 2015 Antalya']);
  });
  it('"G20 tại Trung Quốc vào tháng 9" is Hangzhou 2016, by country and month', () => {
    assert.deepEqual(best('kể từ khi cùng tham dự Hội nghị thượng đỉnh G20 tại Trung Quốc vào tháng 9.'), ['G20 2016 Hangzhou']);
  });
  it('"APEC tại thủ đô Lima, Peru" fits two summits in Lima and returns both', () => {
    assert.deepEqual(best('hội nghị thượng đỉnh APEC tại thủ đô Lima, Peru').sort(), ['APEC 2016 Lima', 'APEC 2024 Lima']);
  });
  it('a stated day on the summit dates settles the tie', () => {
    assert.deepEqual(best('hội nghị APEC tại thủ đô Lima, Peru vào ngày 20/11'), ['APEC 2016 Lima']);
  });
  it('"COP21" is the Paris conference by its ordinal', () => {
    assert.deepEqual(best('bên lề COP21, hai ông'), ['COP 2015 Paris']);
  });
  it('the long form and its bracketed acronym are one mention', () => {
    const found = findSummitMentions('bên lề Hội nghị lần thứ 21 các Bên tham gia Công ước khung của Liên hợp quốc về Biến đổi khí hậu (COP21), ông');
    assert.deepEqual(found.map((m) => [m.text, m.summit.city]), [['Hội nghị lần thứ 21 các Bên', 'Paris']]);
  });
  it('"Hội nghị Cấp cao ASEAN lần thứ 37" is the 2020 Hanoi summit', () => {
    assert.deepEqual(best('Hội nghị Cấp cao ASEAN lần thứ 37 tại Hà Nội'), ['ASEAN 2020 Hanoi']);
  });
  it('a year beside the series picks that year', () => {
    assert.deepEqual(best('Hội nghị thượng đỉnh NATO năm 2023 ở Vilnius'), ['NATO 2023 Vilnius']);
  });
  it('a bare series name yields nothing unless asked, then every summit of the series with score 0', () => {
    assert.deepEqual(findSummitMentions('các diễn đàn đa phương như APEC'), []);
    const all = findSummitMentions('các diễn đàn đa phương như APEC', { includeUncued: true });
    assert.equal(all.length, SUMMITS.filter((s) => s.series === 'APEC').length);
    assert.ok(all.every((m) => m.score === 0));
  });
  it('NATO as an alliance, not a summit, is no mention', () => {
    assert.deepEqual(findSummitMentions('Thổ Nhĩ Kỳ là đồng minh trong NATO ở Madrid'), []);
  });
  it('a host country before the series name is not a cue (it is usually a leader\'s)', () => {
    assert.deepEqual(findSummitMentions('Tổng thống Mỹ Obama dự hội nghị APEC'), []);
  });
  it('the series\' leaders at the start of a sentence that tells a summit further on ("Lãnh đạo các nước SCO hôm nay ký …, khép lại hội nghị thượng đỉnh 13-14/6") are a mention of it', () => {
    assert.deepEqual(best('Lãnh đạo các nước Tổ chức Hợp tác Thượng Hải (SCO) hôm nay ký Tuyên bố Bishkek, khép lại hội nghị thượng đỉnh 13-14/6 tại thủ đô Kyrgyzstan.'), ['SCO 2019 Bishkek']);
  });
  it('a host country named as the series\' chair or host just before it is a cue ("Thái Lan, nước giữ chức chủ tịch APEC")', () => {
    assert.deepEqual(best('Thái Lan, nước giữ chức chủ tịch APEC năm nay, tìm kiếm đầu tư.'), ['APEC 2022 Bangkok']);
    assert.deepEqual(best('Thái Lan, nước thành viên APEC, tìm kiếm đầu tư.'), []);
  });
  it('numbers glued to letters are not series names', () => {
    assert.deepEqual(findSummitMentions('máy bay Su-24 và nhóm G-77 ở Antalya'), []);
  });
});

describe('summit mentions: ministers\' meetings', () => {
  it('"Hội nghị Bộ trưởng Ngoại giao G20 tại Bali" is not the leaders\' summit in Bali', () => {
    assert.deepEqual(best('Ông Blinken đang dự Hội nghị Bộ trưởng Ngoại giao G20 tại Bali (Indonesia).'), []);
    assert.deepEqual(best('Các Ngoại trưởng G20 họp tại Bali.'), []);
    assert.deepEqual(best('Ông Biden dự Hội nghị thượng đỉnh G20 tại Bali.'), ['G20 2022 Bali']);
  });
});

describe('forums of a region', () => {
  it('the members of a series at a summit with a partner ("lãnh đạo các nước ASEAN dự Hội nghị Cấp cao đặc biệt ASEAN - Hoa Kỳ") are at no summit of the series; one of the series after its members is', () => {
    assert.deepEqual(findSummitMentions('Thủ tướng Phạm Minh Chính cùng lãnh đạo các nước ASEAN dự Hội nghị Cấp cao đặc biệt ASEAN - Hoa Kỳ tại Washington trong hai ngày 12-13/5.'), []);
    assert.ok(findSummitMentions('Lãnh đạo các nước ASEAN dự Hội nghị Cấp cao ASEAN lần thứ 40 tại Phnom Penh.').some((m) => m.summit.series === 'ASEAN' && m.summit.year === 2022));
  });

  it('"Diễn đàn Kinh tế thế giới về ASEAN (WEF ASEAN 2018)" and a business summit are not the leaders\' summit; a summit after one of them is', () => {
    assert.deepEqual(findSummitMentions('Hội nghị Diễn đàn Kinh tế thế giới về ASEAN (WEF ASEAN 2018) đã bế mạc chiều 13/9 tại Hà Nội.'), []);
    assert.deepEqual(findSummitMentions('Ông phát biểu tại Hội nghị Thượng đỉnh Doanh nghiệp APEC ngày 10/11 ở Đà Nẵng.'), []);
    const both = findSummitMentions('Ông phát biểu tại Hội nghị Thượng đỉnh Doanh nghiệp APEC và dự Hội nghị các nhà lãnh đạo kinh tế APEC lần thứ 25 tại Đà Nẵng.');
    assert.deepEqual([...new Set(both.map((m) => `${m.summit.series} ${m.summit.year}`))], ['APEC 2017']);
  });
});

it('the Summit of the Americas ("Hội nghị thượng đỉnh châu Mỹ lần thứ 9", "Thượng đỉnh châu Mỹ … Lima") is a series of its own, its summit told by ordinal or city', () => {
  assert.deepEqual(best('Hội nghị thượng đỉnh châu Mỹ lần thứ 9 tại Los Angeles kết thúc hôm 10/6.'), ['Americas 2022 Los Angeles']);
  assert.deepEqual(best('Thượng đỉnh châu Mỹ bế mạc tại Lima, Peru, chiều 14-4.'), ['Americas 2018 Lima']);
  // (not a summit of the Americas with another continent)
  assert.deepEqual(best('hội nghị thượng đỉnh châu Mỹ - châu Phi'), []);
});

it('an extraordinary summit ("Hội nghị Cấp cao đặc biệt ASEAN", "thượng đỉnh NATO bất thường") is none of the regular ones; a known extraordinary one still is', () => {
  assert.deepEqual(findSummitMentions('Thủ tướng đã chủ trì Hội nghị Cấp cao đặc biệt ASEAN về ứng phó dịch COVID-19 tại Hà Nội năm 2020.'), []);
  assert.deepEqual(findSummitMentions('Hội nghị thượng đỉnh NATO bất thường tại Brussels ngày 24/3/2022.').map((m) => m.summit.note), ['Extraordinary summit on the Russian invasion of Ukraine']);
});

it('a meeting of the series told with a date of another year ("Hội nghị các nhà lãnh đạo ASEAN tại Jakarta hôm 24/4/2021") is not the summit the city alone would name', () => {
  assert.deepEqual(best('Hai nhà lãnh đạo từng gặp bên lề Hội nghị các nhà lãnh đạo ASEAN tại Jakarta hôm 24/4/2021.'), []);
  assert.deepEqual(best('Hai nhà lãnh đạo từng gặp bên lề Hội nghị Cấp cao ASEAN tại Jakarta hôm 6/9/2023.'), ['ASEAN 2023 Jakarta']);
});

it('TICAD, Japan\'s conference with Africa\'s leaders, by its number ("TICAD 8") or its name and city ("Hội nghị quốc tế Tokyo về phát triển châu Phi … tại Tunis")', () => {
  assert.deepEqual(best('Tại TICAD 7 ở Yokohama, Thủ tướng Abe đặt mục tiêu 20 tỷ USD.'), ['TICAD 2019 Yokohama']);
  assert.deepEqual(best('Hội nghị quốc tế Tokyo về phát triển châu Phi đã khép lại tại Tunis ngày 28/8.'), ['TICAD 2022 Tunis']);
});
