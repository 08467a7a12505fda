import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ANCHOR_COUNTRIES, EVENT_ANCHORS, RELATION_ANCHORS, findAnniversaries } from '../../src/extract/anniversaries.js';
import { isIsoDate } from '../../src/events-schema.js';

/** The years the anniversaries a text celebrates now put the writing in. */
const years = (text: string) => findAnniversaries(text).filter((a) => !a.ahead && !a.nextYear).map((a) => a.year);
/** The years of the anniversaries a text names as next year's. */
const nextYear = (text: string) => findAnniversaries(text).filter((a) => a.nextYear).map((a) => a.year);
/** The years of the anniversaries a text prepares for, with their anchors' days. */
const ahead = (text: string) => findAnniversaries(text).filter((a) => a.ahead).map((a) => `${a.year} ${a.anchorDate}`);

describe('anniversary anchors', () => {
  it("dates Vietnam's diplomatic relations with at least 40 countries", () => {
    const partners = new Set(RELATION_ANCHORS.filter((r) => r.between.includes('VN')).flatMap((r) => r.between).filter((c) => c !== 'VN'));
    assert.ok(partners.size >= 40, `${partners.size}`);
  });
  it('gives every relation two named countries, a kind, a valid day (the year alone for ASEAN\'s dialogue relations) and a source', () => {
    for (const r of RELATION_ANCHORS) {
      const label = r.between.join('-');
      assert.equal(r.between.length, 2, label);
      for (const c of r.between) assert.ok(ANCHOR_COUNTRIES[c]?.names.length, `${label}: no names for ${c}`);
      assert.ok(['established', 'normalised', 'restored', 'dialogue'].includes(r.kind), label);
      assert.ok(isIsoDate(r.date) && (r.date.length === 10 || (r.kind === 'dialogue' && r.date.length === 4)), label);
      assert.match(r.source, /^https:\/\/en\.wikipedia\.org\/wiki\/\S+$/, label);
    }
  });
  it('gives every historical event a valid day, lower-case cue groups and a source', () => {
    for (const e of EVENT_ANCHORS) {
      assert.ok(isIsoDate(e.date) && e.date.length === 10, e.name);
      assert.ok(e.all.length > 0 && e.all.every((g) => g.length > 0), e.name);
      for (const p of [...e.all.flat(), ...(e.none ?? [])]) assert.equal(p, p.toLowerCase(), `${e.name}: "${p}"`);
      assert.match(e.source, /^https:\/\/en\.wikipedia\.org\/wiki\/\S+$/, e.name);
    }
  });
  it('covers the landmarks the news counts from', () => {
    const year = (name: RegExp) => EVENT_ANCHORS.find((e) => name.test(e.name))?.date.slice(0, 4);
    assert.equal(year(/United States enters World War I/), '1917');
    assert.equal(year(/Armistice ends World War I/), '1918');
    assert.equal(year(/World War II ends/), '1945');
    assert.equal(year(/Pearl Harbor/), '1941');
    assert.equal(year(/United Nations founded/), '1945');
    assert.equal(year(/ASEAN founded/), '1967');
    assert.equal(year(/NATO founded/), '1949');
    assert.equal(year(/Vietnam joins ASEAN/), '1995');
    assert.equal(year(/Vietnam joins the WTO/), '2007');
    assert.equal(year(/Berlin Wall/), '1989');
    const rel = (a: string, b: string, kind = 'established') => RELATION_ANCHORS.find((r) => r.kind === kind && r.between.includes(a) && r.between.includes(b))?.date.slice(0, 4);
    assert.equal(rel('VN', 'US'), '1995');
    assert.equal(rel('VN', 'CN'), '1950');
    assert.equal(rel('VN', 'CN', 'normalised'), '1991');
    assert.equal(rel('VN', 'JP'), '1973');
    assert.equal(rel('ASEAN', 'EU', 'dialogue'), '1977');
    assert.equal(rel('ASEAN', 'CN', 'dialogue'), '1991');
  });
});

describe('findAnniversaries', () => {
  it('"kỷ niệm 45 năm thiết lập quan hệ ngoại giao Việt Nam – Nhật Bản" is 1973 + 45', () => {
    const [a] = findAnniversaries('Hai nước kỷ niệm 45 năm thiết lập quan hệ ngoại giao Việt Nam – Nhật Bản.');
    assert.equal(a.year, 2018);
    assert.equal(a.count, 45);
    assert.equal(a.anchorDate, '1973-09-21');
    assert.equal(a.quote, '45 năm thiết lập quan hệ ngoại giao Việt Nam – Nhật Bản');
  });
  it("ASEAN's dialogue relations with a partner: \"45 năm quan hệ ASEAN - EU\" is 1977 + 45", () => {
    assert.deepEqual(years('Thủ tướng dự Hội nghị Cấp cao kỷ niệm 45 năm quan hệ ASEAN - EU tại Brussels.'), [2022]);
    assert.deepEqual(years('Năm nay đánh dấu 30 năm quan hệ đối thoại ASEAN – Trung Quốc.'), [2021]);
    // ASEAN is no partner "hai nước" stands for
    assert.deepEqual(years('ASEAN họp. ASEAN ra tuyên bố. ASEAN. Hàn Quốc và Việt Nam. Hàn Quốc. Hai nước kỷ niệm 30 năm thiết lập quan hệ ngoại giao.'), [2022]);
  });
  it('reads the phrasings the press uses', () => {
    const cases: Array<[string, number]> = [
      ['Sự kiện năm nay đánh dấu 100 năm Mỹ tham gia Chiến tranh thế giới thứ nhất.', 2017],
      ['Nhân dịp kỷ niệm 25 năm bình thường hóa quan hệ Việt Nam - Hoa Kỳ, hai bên ra tuyên bố.', 2020],
      ['Lễ kỷ niệm 75 năm kết thúc Chiến tranh thế giới thứ hai diễn ra tại Moskva.', 2020],
      ['Năm nay kỷ niệm 30 năm quan hệ Việt - Hàn.', 2022],
      ['Lễ kỷ niệm lần thứ 75 ngày thành lập Liên hợp quốc.', 2020],
      ['Ông Abe đến đây đúng 75 năm sau trận tấn công Trân Châu Cảng.', 2016],
      ['Nga tròn 100 năm Cách mạng Tháng Mười.', 2017],
      ['Tháng 7 năm nay là dịp kỷ niệm 25 năm Việt Nam gia nhập ASEAN.', 2020],
      ['Kỷ niệm 70 năm quan hệ ngoại giao giữa Việt Nam và Nga.', 2020],
      ['Hai nước kỷ niệm nửa thế kỷ thiết lập quan hệ ngoại giao Việt Nam – Pháp.', 2023],
    ];
    for (const [text, year] of cases) assert.deepEqual(years(text), [year], text);
  });
  it('an explicit span or "kể từ năm" is read as written', () => {
    assert.deepEqual(years('Kỷ niệm 70 năm thiết lập quan hệ ngoại giao Việt Nam – Trung Quốc (18/1/1950 – 18/1/2020).'), [2020]);
    assert.deepEqual(years('Lễ kỷ niệm 70 năm Cách mạng Tháng Tám (1945-2015) diễn ra trang trọng.'), [2015]);
    assert.deepEqual(years('Năm nay đánh dấu tròn 25 năm kể từ năm 1995.'), [2020]);
  });
  it('a treaty named with its year ("kỷ niệm 23 năm ngày ký Hiệp định Mekong 1995") is counted from that year; a year that is not the treaty\'s is not', () => {
    assert.deepEqual(years('Hội nghị diễn ra ngày 5/4 tại Siem Reap, đúng dịp kỷ niệm 23 năm ngày ký Hiệp định Mekong 1995.'), [2018]);
    assert.deepEqual(years('Năm nay đánh dấu 40 năm Công ước Liên hợp quốc về Luật biển 1982.'), [2022]);
    assert.deepEqual(years('Đúng dịp kỷ niệm 23 năm hợp tác, hai nước hướng tới năm 1995.'), []);
  });
  it('the day counted from, written out after what is counted ("kỷ niệm 70 năm thiết lập quan hệ ngoại giao (21.5.1951)"), is read as written; so are China and Pakistan\'s relations', () => {
    assert.deepEqual(years('Vụ việc diễn ra đúng năm hai nước kỷ niệm 70 năm thiết lập quan hệ ngoại giao (21.5.1951).'), [2021]);
    assert.deepEqual(years('Lễ kỷ niệm 60 năm ngày thành lập Đảng (năm 1960) diễn ra trang trọng.'), [2020]);
    assert.deepEqual(years('Kỷ niệm 70 năm thiết lập quan hệ ngoại giao Trung Quốc – Pakistan.'), [2021]);
  });
  it('the month counted from, written out ("kỷ niệm 40 năm thiết lập quan hệ ngoại giao (tháng 6/1975)"), wins over the pair the article is about', () => {
    const visit = 'Thủ tướng Việt Nam thăm Australia. Australia và Việt Nam ký nhiều văn kiện. Australia hoan nghênh. ';
    assert.deepEqual(years(`${visit}Chuyến thăm New Zealand diễn ra đúng dịp hai nước kỷ niệm 40 năm thiết lập quan hệ ngoại giao (tháng 6/1975).`), [2015]);
    assert.deepEqual(findAnniversaries('Hai nước kỷ niệm 40 năm thiết lập quan hệ ngoại giao (tháng 6/1975).')[0].anchorDate, '1975-06');
  });
  it('a count said of this year at the end of its sentence counts from the one year told before it ("… ngày 26/2/1973, năm nay tròn 42 năm")', () => {
    assert.deepEqual(years('Australia và Việt Nam thiết lập quan hệ ngoại giao ngày 26/2/1973, năm nay tròn 42 năm.'), [2015]);
    assert.deepEqual(years('Hiệp định được ký năm 1995, năm nay đánh dấu 20 năm.'), [2015]);
    // two years before it: which one is counted from is not said
    assert.deepEqual(years('Hai nước thiết lập quan hệ năm 1973 và nâng cấp năm 2009, năm nay tròn 42 năm.'), []);
    // words after the count: the anchor is theirs, not the year before
    assert.deepEqual(years('Năm 2000, năm nay tròn 42 năm tù giam.'), []);
  });
  it('counts of years that are not anniversaries give nothing', () => {
    for (const text of [
      'Hắn bị kết án 100 năm tù.',
      'Trong 25 năm qua, quan hệ Việt Nam - Mỹ phát triển mạnh.',
      'Năm nay, trong 25 năm qua, quan hệ Việt Nam - Mỹ phát triển mạnh.',
      'Cụ bà vừa tròn 100 năm tuổi.',
      'Kỷ niệm 10 năm quan hệ Đối tác chiến lược Việt Nam - Nhật Bản.',
      'Bà Pelosi là Chủ tịch Hạ viện Mỹ đầu tiên thăm Đài Loan kể từ năm 1997.',
      'Tòa nhà đã 100 năm tuổi và được trùng tu.',
    ]) assert.deepEqual(years(text), [], text);
  });
  it('an anniversary still ahead or already past is not the present one', () => {
    assert.deepEqual(years('Hội nghị hướng tới kỷ niệm 30 năm thiết lập quan hệ ngoại giao Việt Nam - Kazakhstan.'), []);
    assert.deepEqual(years('Năm ngoái, hai nước kỷ niệm 45 năm thiết lập quan hệ ngoại giao Việt Nam – Nhật Bản.'), []);
    assert.deepEqual(years('Hai nước sẽ kỷ niệm 50 năm quan hệ ngoại giao Việt Nam – Nhật Bản vào năm tới.'), []);
  });
  it('an anniversary being prepared for is flagged as ahead, with the day of its span when written', () => {
    assert.deepEqual(ahead('Hai nước chuẩn bị kỷ niệm 55 năm thiết lập quan hệ ngoại giao (24/6/1967 - 24/6/2022).'), ['2022 1967-06-24']);
    assert.deepEqual(ahead('Hội nghị hướng tới kỷ niệm 30 năm thiết lập quan hệ ngoại giao Việt Nam - Kazakhstan.'), ['2022 1992-06-29']);
    // said of the present or of the past: not ahead
    assert.deepEqual(ahead('Hai nước kỷ niệm 55 năm thiết lập quan hệ ngoại giao (24/6/1967 - 24/6/2022).'), []);
    assert.deepEqual(ahead('Năm ngoái, hai nước kỷ niệm 45 năm thiết lập quan hệ ngoại giao Việt Nam – Nhật Bản.'), []);
  });
  it('a celebration proposed ("đề nghị … phối hợp tổ chức tốt các hoạt động kỷ niệm") is ahead too', () => {
    assert.deepEqual(ahead('Bà đề nghị hai bên phối hợp tổ chức tốt các hoạt động kỷ niệm 70 năm quan hệ ngoại giao Việt Nam - Trung Quốc (18/1/1950 - 18/1/2020).'), ['2020 1950-01-18']);
    assert.deepEqual(years('Bà đề nghị hai bên phối hợp tổ chức tốt các hoạt động kỷ niệm 70 năm quan hệ ngoại giao Việt Nam - Trung Quốc (18/1/1950 - 18/1/2020).'), []);
    // held now: the present one
    assert.deepEqual(years('Hai nước tổ chức lễ kỷ niệm 70 năm quan hệ ngoại giao Việt Nam - Trung Quốc (18/1/1950 - 18/1/2020).'), [2020]);
  });
  it('an anniversary named as next year\'s ("năm tới đánh dấu 70 năm …") is flagged nextYear', () => {
    assert.deepEqual(nextYear('Ông nhấn mạnh năm tới đánh dấu 70 năm thiết lập quan hệ ngoại giao Việt Nam – Trung Quốc.'), [2020]);
    assert.deepEqual(nextYear('Sang năm là dịp kỷ niệm 50 năm quan hệ ngoại giao Việt Nam – Nhật Bản.'), [2023]);
    assert.deepEqual(years('Ông nhấn mạnh năm tới đánh dấu 70 năm thiết lập quan hệ ngoại giao Việt Nam – Trung Quốc.'), []);
    // "năm tới" elsewhere in the sentence is no such naming
    assert.deepEqual(nextYear('Hội nghị hướng tới kỷ niệm 30 năm thiết lập quan hệ ngoại giao Việt Nam - Kazakhstan vào năm tới.'), []);
  });
  it('"hai nước" with no country in the sentence counts from the pair the article is about', () => {
    const visit = 'Tổng Bí thư Việt Nam tới Pháp. Tổng thống Pháp đón ông. ';
    assert.deepEqual(years(`${visit}Chuyến thăm diễn ra khi hai nước kỷ niệm 45 năm thiết lập quan hệ ngoại giao.`), [2018]);
    // no pair stands out: Pháp and Đức are named equally often
    assert.deepEqual(years('Việt Nam, Pháp và Đức họp. Pháp và Đức đồng ý. Hai nước kỷ niệm 45 năm thiết lập quan hệ ngoại giao.'), []);
    // no "hai nước": whose relations is not said
    assert.deepEqual(years(`${visit}Năm nay kỷ niệm 45 năm thiết lập quan hệ ngoại giao.`), []);
  });
  it('an anchor that fits several years gives nothing ("100 năm Chiến tranh thế giới thứ nhất")', () => {
    assert.deepEqual(years('Châu Âu kỷ niệm 100 năm Chiến tranh thế giới thứ nhất.'), []);
  });
  it('"thế chiến i" is not found inside "thế chiến ii"', () => {
    assert.deepEqual(years('Lễ kỷ niệm 75 năm kết thúc Thế chiến II.'), [2020]);
  });
  it('another year in the sentence that is neither the anchor nor the result makes it doubtful', () => {
    assert.deepEqual(years('Năm 2019, hai nước kỷ niệm 25 năm bình thường hóa quan hệ Việt Nam - Hoa Kỳ.'), []);
    assert.deepEqual(years('Năm 2020, hai nước kỷ niệm 25 năm bình thường hóa quan hệ Việt Nam - Hoa Kỳ.'), [2020]);
  });
  it('"kỷ niệm 70 năm chiến thắng trong cuộc kháng chiến chống Nhật" counts from the victory over Japan (1945)', () => {
    assert.deepEqual(years('Trung Quốc tổ chức lễ duyệt binh kỷ niệm 70 năm chiến thắng trong cuộc kháng chiến chống Nhật và Chiến tranh thế giới thứ hai.'), [2015]);
  });
  it('"ngày kỷ niệm 5 năm Nam Sudan tuyên bố độc lập" counts from South Sudan\'s independence (2011)', () => {
    assert.deepEqual(years('Tiếng súng chỉ tạm lắng vào ngày 9/7, ngày kỷ niệm 5 năm Nam Sudan tuyên bố độc lập.'), [2016]);
  });
  it('"kỷ niệm 100 năm thành lập nhà nước Jordan" counts from the Emirate of Transjordan (1921)', () => {
    assert.deepEqual(years('Hoàng gia Jordan công bố ảnh Quốc vương viếng lăng mộ hoàng gia nhân dịp kỷ niệm 100 năm thành lập nhà nước Jordan.'), [2021]);
  });
  it('"tưởng niệm 8 năm trận động đất kinh hoàng năm 2010" counts from the year it names; not in a sentence of plans', () => {
    assert.deepEqual(years('Sự việc diễn ra đúng vào dịp người Haiti tưởng niệm 8 năm trận động đất kinh hoàng năm 2010, khiến hơn 200.000 người thiệt mạng.'), [2018]);
    assert.deepEqual(years('Cộng đồng người Kurd dự kiến tổ chức tuần hành vào đầu tháng 1 để tưởng niệm các nạn nhân, đúng dịp tròn 10 năm vụ án năm 2013.'), []);
  });
});
