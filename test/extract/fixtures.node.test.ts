import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { validateEventsDocument } from '../../src/events-schema.js';
import { extractArticle, htmlToText, type ExtractedDocument } from '../../src/extract/index.js';

// Articles written by the team (not seeds) with other leaders, countries and event kinds: what
// general rules must find in them, and the junk they must not produce.
const read = (name: string): ExtractedDocument =>
  extractArticle({ id: name, text: readFileSync(new URL(`../fixtures/articles/${name}.txt`, import.meta.url), 'utf8') });

type Row = [start: string, end: string | null, type: string, participants: string, place: string | null];
const rows = (doc: ExtractedDocument): Row[] =>
  doc.events.map((e) => [e.start, e.end ?? null, e.type, e.participants.map((p) => p.name).join('+'), e.location?.name ?? null]);

function assertClean(doc: ExtractedDocument, junk: RegExp[]): void {
  assert.deepEqual(validateEventsDocument(doc).problems, []);
  for (const e of doc.events) {
    for (const s of e.sources) for (const j of junk) assert.doesNotMatch(s.quote, j, `${e.id} quotes furniture`);
    for (const p of e.participants) assert.match(p.name, /^\p{Lu}\S*(?:\s\S+)+$/u, `${e.id}: "${p.name}" is not a person's name`);
  }
}

test('state visit (header date): talks with the host, the signing after them, the visit itself, later talks after a related-links box', () => {
  const doc = read('xi-state-visit-2017');
  assert.equal(doc.documents[0].published, '2017-11-13');
  assert.equal(doc.documents[0].publishedFrom, 'header');
  assert.deepEqual(rows(doc), [
    // "sau khi dự Tuần lễ Cấp cao APEC tại Đà Nẵng": the summit's known days
    ['2017-11-10', '2017-11-11', 'summit', 'Xi Jinping', 'Da Nang'],
    // "Sau hội đàm, hai nhà lãnh đạo đã chứng kiến lễ ký kết 12 văn kiện": the signing, after the talks, in their city
    ['2017-11-12', null, 'agreement', 'Nguyễn Phú Trọng+Xi Jinping', 'Hanoi'],
    ['2017-11-12', null, 'meeting', 'Nguyễn Phú Trọng+Xi Jinping', 'Party Central Committee headquarters, Hanoi'],
    ['2017-11-12', '2017-11-13', 'visit', 'Xi Jinping', 'Vietnam'],
    // told without a place: the city of Xi's other talks that day
    ['2017-11-13', null, 'meeting', 'Nguyễn Xuân Phúc+Xi Jinping', 'Hanoi'],
    ['2017-11-13', null, 'meeting', 'Trần Đại Quang+Xi Jinping', 'Presidential Palace, Hanoi'],
  ]);
  const visit = doc.events.find((e) => e.type === 'visit')!;
  assert.deepEqual(visit.title, { en: 'Xi visits Vietnam', vi: 'Tập Cận Bình thăm Việt Nam' });
  assertClean(doc, [/dự APEC/, /Tuyên bố Đà Nẵng/, /Theo dõi/]);
});

test('phone call with the year from an explicit past year; the shoot-down a year before keeps its month', () => {
  const doc = read('putin-erdogan-call-2016');
  assert.equal(doc.documents[0].published, '2016-12-19');
  assert.deepEqual(rows(doc), [
    ['2015-11', null, 'attack', '', null],
    // "vốn được khôi phục sau cuộc gặp tại St. Petersburg hồi tháng 8/2016": an aside with its own month
    ['2016-08', null, 'meeting', 'Vladimir Putin+Recep Tayyip Erdogan', 'St. Petersburg'],
    // "vài giờ sau khi Đại sứ Nga tại Ankara Andrei Karlov bị bắn chết": hours before the call, the same day (the victim named)
    ['2016-12-19', null, 'attack', 'Andrei Karlov', 'Ankara'],
    ['2016-12-19', null, 'call', 'Vladimir Putin+Recep Tayyip Erdogan', null],
    // "cùng ngày" after an aside dated only to the month still counts from 19/12
    ['2016-12-19', null, 'statement', 'Vladimir Putin', null],
  ]);
  assert.equal(doc.events[0].precision, 'month');
  assert.equal(doc.events[0].title.en, 'Turkey shoots down Russian Su-24 bomber');
  assert.ok(!doc.events.some((e) => e.participants.some((p) => /Peskov/.test(p.name))), 'a spokesperson is no participant');
  assertClean(doc, [/Từ khủng hoảng đến hòa giải/, /dỡ bỏ lệnh trừng phạt/, /bình luận/i]);
});

test('terror attack: the bombing, a reaction the same day, an earlier attack dated by "năm ngoái"', () => {
  const doc = read('brussels-attacks-2016');
  assert.equal(doc.documents[0].published, '2016-03-22');
  assert.deepEqual(rows(doc), [
    ['2015-11-13', null, 'attack', '', 'Paris'],
    ['2016-03-22', null, 'attack', '', 'Brussels'],
    // "Ông cũng đã điện đàm với Thủ tướng Michel": the same day as Hollande's appeal just told
    ['2016-03-22', null, 'call', 'François Hollande+Charles Michel', null],
    ['2016-03-22', null, 'statement', 'François Hollande', null],
    // "Thủ tướng Bỉ Charles Michel lên án các vụ tấn công": a reaction, on the day of the attack
    ['2016-03-22', null, 'statement', 'Charles Michel', null],
  ]);
  assert.equal(doc.events.find((e) => e.type === 'attack' && e.start === '2016-03-22')!.title.en, 'Bombing in Brussels');
  assertClean(doc, [/Salah Abdeslam/, /cảnh báo khủng bố lên mức cao nhất/]);
});

test('summit article without a header: year from leaders and the summit, a side meeting dated by the summit', () => {
  const doc = read('g7-ise-shima-2016');
  assert.equal(doc.documents[0].published, '2016-05-27');
  assert.deepEqual(rows(doc), [
    ['2016-05-26', '2016-05-27', 'meeting', 'David Cameron+Shinzo Abe', 'Ise-Shima'],
    // "Thủ tướng nước chủ nhà Abe": the summit's host was there
    ['2016-05-27', null, 'summit', 'Shinzo Abe', 'Ise-Shima'],
    ['2016-05-27', null, 'visit', 'Barack Obama', 'Hiroshima'],
  ]);
  assert.deepEqual(doc.events[1].title, { en: 'G7 summit in Ise-Shima, hosted by Abe', vi: 'Hội nghị thượng đỉnh G7 tại Ise-Shima do Abe chủ trì' });
  assertClean(doc, [/Bình luận/]);
});

test('saved HTML page (script, style, nav, aside): the summit, a side meeting and a dated meeting; no markup leaks', () => {
  const html = readFileSync(new URL('../fixtures/articles/asean-bangkok-2019.html', import.meta.url), 'utf8');
  const doc = extractArticle({ id: 'asean-bangkok-2019', text: htmlToText(html) });
  assert.equal(doc.documents[0].published, '2019-11-03');
  assert.equal(doc.documents[0].title, 'Thủ tướng Nguyễn Xuân Phúc dự Hội nghị Cấp cao ASEAN lần thứ 35');
  assert.deepEqual(rows(doc), [
    ['2019-10-31', '2019-11-04', 'meeting', 'Nguyễn Xuân Phúc+Prayut Chan-o-cha', 'Bangkok'],
    ['2019-11-02', null, 'summit', 'Nguyễn Xuân Phúc', 'Bangkok'],
    ['2019-11-03', null, 'meeting', 'Nguyễn Xuân Phúc+Narendra Modi', null],
  ]);
  assertClean(doc, [/dataLayer|Obama|Trang chủ|bắt đầu chuyến công tác|Phiên bản/]);
});
