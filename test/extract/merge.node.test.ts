import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SCHEMA_ID, type TimelineEvent } from '../../src/events-schema.js';
import { mergeEventsDocuments, type ExtractedDocument } from '../../src/extract/merge.js';

const paris = { name: 'Paris', country: 'FR' };
const attack = (doc: string, start: string, precision: TimelineEvent['precision']): TimelineEvent => ({
  id: '', start, precision, type: 'attack', title: { vi: 'Tấn công khủng bố tại Paris', en: 'Paris attacks' },
  participants: [], location: paris, sources: [{ document: doc, quote: doc, start: 0, end: 1 }],
});
const docOf = (id: string, events: TimelineEvent[], undated: ExtractedDocument['undated'] = []): ExtractedDocument => ({
  schema: SCHEMA_ID, documents: [{ id, title: null, published: '2015-12-01', publishedFrom: 'inferred' }], events, undated,
});

test('a less precise mention merges into the precise one; undated mentions attach; order-independent', () => {
  const a = docOf('a', [attack('a', '2015-11-13', 'day')]);
  const b = docOf('b', [attack('b', '2015', 'year')]);
  const c = docOf('c', [], [{ type: 'attack', participants: [], location: paris, source: { document: 'c', quote: 'c', start: 0, end: 1 } }]);
  const m1 = mergeEventsDocuments([a, b, c]);
  const m2 = mergeEventsDocuments([c, b, a]);
  assert.deepEqual(m1, m2);
  assert.equal(m1.events.length, 1);
  assert.equal(m1.events[0].id, '2015-11-13-paris-attack');
  assert.deepEqual(m1.events[0].sources.map((s) => s.document), ['a', 'b', 'c']);
  assert.equal(m1.undated, undefined);
  assert.deepEqual(mergeEventsDocuments([mergeEventsDocuments([a, b]), c]), m1);
});

test('different places or dates stay apart', () => {
  const m = mergeEventsDocuments([docOf('a', [attack('a', '2015-11-13', 'day')]), docOf('b', [{ ...attack('b', '2015-11-24', 'day') }]), docOf('c', [{ ...attack('c', '2015-11-13', 'day'), location: { name: 'Ankara' } }])]);
  assert.equal(m.events.length, 3);
});

test('a call and what it agreed, between the same two people that day, are one call', () => {
  const two = [{ name: 'Donald Trump' }, { name: 'Xi Jinping' }];
  const said = (type: TimelineEvent['type'], start: number): TimelineEvent => ({
    id: '', start: '2016-11-14', precision: 'day', type, title: { vi: type, en: type }, participants: two, location: null,
    sources: [{ document: 'a', quote: type, start, end: start + 5 }],
  });
  const m = mergeEventsDocuments([docOf('a', [said('agreement', 40), said('call', 10)])]);
  assert.deepEqual(m.events.map((e) => [e.type, e.sources.length]), [['call', 2]]);
});

test('one article\'s summits of a bloc with different partners on one day ("Hội nghị Cấp cao ASEAN - Trung Quốc", "… ASEAN - Ấn Độ", "… ASEAN lần thứ 37") stay apart; "G7" and "NATO" told of one day do not', () => {
  const summit = (quote: string, start: number, names: string[]): TimelineEvent => ({
    id: '', start: '2020-11-12', precision: 'day', type: 'summit', title: { vi: 'Hội nghị', en: 'Summit' }, participants: names.map((name) => ({ name })), location: null,
    sources: [{ document: 'a', quote, start, end: start + 10 }],
  });
  const m = mergeEventsDocuments([docOf('a', [
    summit('Thủ tướng Nguyễn Xuân Phúc chủ trì Hội nghị Cấp cao ASEAN lần thứ 37.', 0, ['Nguyễn Xuân Phúc']),
    summit('Thủ tướng Nguyễn Xuân Phúc đồng chủ trì Hội nghị Cấp cao ASEAN - Trung Quốc lần thứ 23 với Thủ tướng Lý Khắc Cường.', 100, ['Nguyễn Xuân Phúc', 'Li Keqiang']),
    summit('Thủ tướng Nguyễn Xuân Phúc đồng chủ trì Hội nghị Cấp cao ASEAN - Ấn Độ với Thủ tướng Narendra Modi.', 200, ['Nguyễn Xuân Phúc', 'Narendra Modi']),
  ])]);
  assert.equal(m.events.length, 3);
  const one = mergeEventsDocuments([docOf('a', [summit('Ông Trump dự Hội nghị thượng đỉnh NATO.', 0, ['Donald Trump']), summit('Ông Trump tới Hội nghị thượng đỉnh G7.', 100, ['Donald Trump'])])]);
  assert.equal(one.events.length, 1);
});

test('words said at the day\'s occasion ("ông Medvedev nói tại buổi lễ") are of that occasion in one article; words said elsewhere, or in another article, stay a statement', () => {
  const event = (type: TimelineEvent['type'], participants: string[], quote: string, start: number, doc = 'a'): TimelineEvent => ({
    id: '', start: '2019-05-22', precision: 'day', type, title: { vi: type, en: type }, participants: participants.map((name) => ({ name })), location: null,
    sources: [{ document: doc, quote, start, end: start + quote.length }],
  });
  const talks = event('meeting', ['Nguyễn Xuân Phúc', 'Dmitry Medvedev'], 'Thủ tướng Nguyễn Xuân Phúc hội đàm với Thủ tướng Nga Dmitry Medvedev.', 0);
  const atCeremony = event('statement', ['Dmitry Medvedev'], '"Chúng tôi trân trọng lịch sử chung", ông Medvedev nói tại buổi lễ.', 100);
  assert.deepEqual(mergeEventsDocuments([docOf('a', [talks, atCeremony])]).events.map((e) => [e.type, e.sources.length]), [['meeting', 2]]);
  const elsewhere = event('statement', ['Dmitry Medvedev'], 'Ông Medvedev cho biết Nga sẵn sàng.', 100);
  assert.equal(mergeEventsDocuments([docOf('a', [talks, elsewhere])]).events.length, 2);
  assert.equal(mergeEventsDocuments([docOf('a', [talks]), docOf('b', [event('statement', ['Dmitry Medvedev'], atCeremony.sources[0].quote, 100, 'b')])]).events.length, 2);
});

test('one article\'s summit of a day told by where it was (no one named) and by who attended (no place) is one summit; two articles\' are not joined so', () => {
  const summit = (participants: string[], location: TimelineEvent['location'], start: number, doc = 'a'): TimelineEvent => ({
    id: '', start: '2021-04-08', precision: 'day', type: 'summit', title: { vi: 'summit', en: 'summit' }, participants: participants.map((name) => ({ name })), location,
    sources: [{ document: doc, quote: 'q', start, end: start + 1 }],
  });
  const placed = summit([], { name: 'Maputo', country: 'MZ' }, 0);
  const attended = summit(['Filipe Nyusi', 'Cyril Ramaphosa'], null, 50);
  assert.deepEqual(mergeEventsDocuments([docOf('a', [placed, attended])]).events.map((e) => [e.location?.name, e.participants.length]), [['Maputo', 2]]);
  assert.equal(mergeEventsDocuments([docOf('a', [placed]), docOf('b', [summit(['Filipe Nyusi', 'Cyril Ramaphosa'], null, 50, 'b')])]).events.length, 2);
});
