import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { isIsoDate, validateEventsDocument } from '../../src/events-schema.js';
import { extractArticle, htmlToText, normalizeArticleText, type ExtractedDocument } from '../../src/extract/index.js';
import { decodeArticle, InputError, looksVietnamese } from '../../src/extract/read-input.js';

const root = new URL('../../', import.meta.url);
const seeds = readdirSync(new URL('seeds/', root)).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(new URL(`seeds/${f}`, root), 'utf8'));

/** Everything the pipeline promises about any output, whatever the input. */
function assertSound(doc: ExtractedDocument, text: string): void {
  assert.deepEqual(validateEventsDocument(doc).problems, []);
  const read = normalizeArticleText(text);
  for (const e of doc.events) {
    assert.ok(isIsoDate(e.start), `start ${e.start}`);
    if (e.end !== undefined) assert.ok(isIsoDate(e.end) && e.end >= e.start, `end ${e.end}`);
    for (const s of e.sources) assert.equal(read.slice(s.start, s.end), s.quote);
  }
}

// Fragments of Vietnamese news (dates, non-dates, people, triggers, places, furniture) and
// punctuation: random articles built from them reach every stage, unlike random characters.
const FRAGMENTS = [
  'Ngày 8/2,', 'hôm 13/11', 'ngày 14.2', '1.9.2021', 'ngày 5/9/2013', 'tháng 9', 'hồi tháng 1', 'cuối năm 2015', 'đầu năm 2017',
  '7/12 năm ngoái', 'Cùng ngày,', 'Trước đó,', 'Vài giờ trước đó,', '14/02/2022 07:06 GMT+7', '12.000 binh sĩ', '24 giờ', 'Su-24',
  'G-20', 'COP21', 'mùa giải 2023/24', '60 giây', '15-16/11', '30/11 - 12/12/2015', '31/2', '29/2', 'thứ Hai (8/2)',
  'Tổng thống Mỹ Barack Obama', 'người đồng cấp Italy Sergio Mattarella', 'Tổng Thư ký NATO Jens Stoltenberg', 'ông Obama', 'bà',
  'hai nhà lãnh đạo', 'Ông chủ Nhà Trắng', 'Nhà lãnh đạo Mỹ', 'Người phát ngôn Peter Cook', 'Chủ tịch Tập Cận Bình', 'Tổng thống Nga Vladimir Putin',
  'hội đàm', 'cuộc gặp', 'điện đàm', 'trò chuyện', 'tuyên bố', 'phát biểu', 'kêu gọi', 'nhất trí', 'thăm', 'tiếp', 'hội nghị thượng đỉnh',
  'vụ tấn công', 'vụ khủng bố', 'vụ xả súng', 'bắn hạ máy bay', 'cam kết', 'Sau cuộc hội đàm', 'bên lề', 'Hội nghị G20', 'APEC', 'ASEAN',
  'tại Nhà Trắng', 'ở Paris', 'tại thủ đô Lima, Peru', 'Thổ Nhĩ Kỳ', 'Nga', 'Syria', 'biên giới', 'Xem nhiều', 'Đọc thêm', 'Tin liên quan',
  'Theo dõi Baoquocte.vn trên', 'Ảnh: Getty |', '(Nguồn: AP)', 'Top', 'Bottom of Form', 'Phiên bản di động', 'Bạn không thể gửi bình luận',
  ',', '.', '. ', ':', '“', '”', '"', '(', ')', '[', ']', '\n', '\n\n', '\r\n', ' ', '  ', '…', '-', '–', '/', '%', '\ufeff', '\u200b',
];
const newsText = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 120 }).map((parts) => parts.join(' '));

test('property: on random news-like text the pipeline never throws and its output is always sound', () => {
  fc.assert(fc.property(newsText, (text) => assertSound(extractArticle({ id: 'r', text }), text)), { numRuns: 300 });
});

test('a span with only its first year written ("1.9.2021 - ngày 14.2", found by the property above) ends after it starts, the year after', () => {
  const doc = extractArticle({ id: 'r', text: 'Nhà lãnh đạo Mỹ 1.9.2021 - ngày 14.2 kêu gọi' });
  assertSound(doc, 'Nhà lãnh đạo Mỹ 1.9.2021 - ngày 14.2 kêu gọi');
  assert.deepEqual(doc.events.map((e) => [e.start, e.end]), [['2021-09-01', '2022-02-14']]);
});

test('property: on arbitrary Unicode strings (any code points, lone surrogates) the pipeline never throws', () => {
  fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => assertSound(extractArticle({ id: 'r', text }), text)), { numRuns: 300 });
});

test('property: mutated seed articles (cut, duplicated, spliced, case-flipped) stay sound', () => {
  const mutation = fc.record({
    seed: fc.integer({ min: 0, max: seeds.length - 1 }),
    a: fc.nat(),
    b: fc.nat(),
    kind: fc.constantFrom('cut', 'dup', 'splice', 'upper', 'strip-newlines', 'nfd'),
    insert: fc.constantFrom(...FRAGMENTS),
  });
  fc.assert(fc.property(mutation, ({ seed, a, b, kind, insert }) => {
    const t = seeds[seed];
    const [i, j] = [a % t.length, b % t.length].sort((x, y) => x - y);
    const text = kind === 'cut' ? t.slice(0, i) + t.slice(j)
      : kind === 'dup' ? t.slice(0, j) + t.slice(i, j) + t.slice(i)
      : kind === 'splice' ? t.slice(0, i) + insert + t.slice(i)
      : kind === 'upper' ? t.slice(0, i) + t.slice(i, j).toUpperCase() + t.slice(j)
      : kind === 'strip-newlines' ? t.replace(/\n/g, ' ')
      : t.normalize('NFD');
    assertSound(extractArticle({ id: 'm', text }), text);
  }), { numRuns: 60 });
});

// How time grows with input size is measured in bench/extract-scaling.mjs (`npm run bench`), not asserted here.

test('a 10 MB saved page (mostly scripts and styles) gives sound output', () => {
  const article = seeds.join('\n');
  const junk = `<script>var x = "${'ngày 1/1 Tổng thống hội đàm '.repeat(2000)}";</script><style>.a{color:red}${'.b{margin:0}'.repeat(2000)}</style>`;
  let html = '<!doctype html><html><head><title>t</title></head><body>';
  while (html.length < 10_000_000) html += junk + `<p>${article.slice(0, 2000)}</p>`;
  html += '</body></html>';
  const text = htmlToText(html);
  assertSound(extractArticle({ id: 'big', text }), text);
});

test('NFC and NFD Vietnamese give the same events; quotes and offsets are into the NFC text', () => {
  for (const [k, t] of seeds.entries()) {
    const nfc = extractArticle({ id: `s${k}`, text: t.normalize('NFC') });
    const nfd = extractArticle({ id: `s${k}`, text: t.normalize('NFD') });
    assert.deepEqual(nfd, nfc);
    assertSound(nfd, t.normalize('NFD'));
  }
});

test('a byte-order mark and CRLF line ends change nothing but offsets (which count the CRs)', () => {
  const t = seeds[0];
  const crlf = extractArticle({ id: 'x', text: '\ufeff' + t.replace(/\n/g, '\r\n') });
  const lf = extractArticle({ id: 'x', text: t });
  const strip = (d: ExtractedDocument) => d.events.map((e) => ({ ...e, sources: e.sources.map((s) => s.quote) }));
  assert.deepEqual(strip(crlf), strip(lf));
  assertSound(crlf, '\ufeff' + t.replace(/\n/g, '\r\n'));
});

test('empty, whitespace-only and non-Vietnamese texts give no events', () => {
  for (const text of ['', '   \n\n\t', 'The talks between Obama and Putin took place on 15 November 2015 in Antalya. '.repeat(5), '日本の首相は11月15日にアンタルヤで会談した。'.repeat(5)]) {
    const doc = extractArticle({ id: 'x', text });
    assert.deepEqual(doc.events, []);
    assertSound(doc, text);
  }
});

test('decodeArticle refuses binary, UTF-16 and invalid UTF-8 with one line naming the file; strips a BOM', () => {
  const cases: [Uint8Array, RegExp][] = [
    [new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]), /^a\.txt: binary file/],
    [new Uint8Array([0xff, 0xfe, 0x4e, 0x00]), /^a\.txt: UTF-16/],
    [new Uint8Array([0x4e, 0xe0, 0xff]), /^a\.txt: cannot decode as UTF-8$/],
  ];
  for (const [bytes, message] of cases) {
    assert.throws(() => decodeArticle('a.txt', bytes), (err: Error) => err instanceof InputError && message.test(err.message) && !err.message.includes('\n'));
  }
  const withBom = decodeArticle('dir/b.txt', new TextEncoder().encode('\ufeffNgày 8/2, ông Obama hội đàm.'));
  assert.equal(withBom.id, 'b');
  assert.equal(withBom.text, 'Ngày 8/2, ông Obama hội đàm.');
  assert.deepEqual(withBom.warnings, []);
});

test('looksVietnamese tells Vietnamese from English (and does not judge tiny texts)', () => {
  assert.ok(looksVietnamese(seeds[0]));
  assert.ok(looksVietnamese(seeds[0].normalize('NFD')));
  assert.ok(!looksVietnamese('President Obama held talks with his Italian counterpart at the White House on Monday. '.repeat(3)));
  assert.ok(looksVietnamese('OK'));
});
