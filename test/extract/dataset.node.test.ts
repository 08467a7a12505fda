import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { validateEventsDocument } from '../../src/events-schema.js';
import { extractEvents, serializeDocument } from '../../src/extract/index.js';

const root = new URL('../../', import.meta.url);
const seeds = readdirSync(new URL('seeds/', root)).filter((f) => f.endsWith('.txt')).sort();
const articles = seeds.map((f) => ({ id: f.replace(/\.txt$/, ''), text: readFileSync(new URL(`seeds/${f}`, root), 'utf8') }));
const committed = readFileSync(new URL('data/events.json', root), 'utf8');
const doc = extractEvents(articles);

test('data/events.json is what the pipeline makes of seeds/ (run `npm run data` when this fails)', () => {
  assert.equal(serializeDocument(doc), committed);
  assert.ok(committed.endsWith('}\n'));
});

test('the dataset is a valid events document', () => {
  const v = validateEventsDocument(JSON.parse(committed));
  assert.deepEqual(v.problems, []);
  assert.equal(v.documents.length, seeds.length);
  assert.ok(v.events.length >= 10);
});

test('the Paris attacks come out once, with mentions from three articles', () => {
  const paris = doc.events.filter((e) => e.type === 'attack' && e.location?.name === 'Paris');
  assert.equal(paris.length, 1);
  assert.equal(paris[0].start, '2015-11-13');
  assert.equal(new Set(paris[0].sources.map((s) => s.document)).size, 3);
});

test('every source quote is verbatim at its offsets', () => {
  const text = new Map(articles.map((a) => [a.id, a.text]));
  for (const e of doc.events) for (const s of e.sources) assert.equal(text.get(s.document)!.slice(s.start, s.end), s.quote);
});

test('nothing comes from the related-links list or the comment box', () => {
  for (const a of articles) {
    const cut = Math.min(...['\nXem nhiều', '\nĐọc thêm', 'Bạn không thể gửi bình luận'].map((m) => a.text.indexOf(m)).filter((i) => i >= 0));
    if (!Number.isFinite(cut)) continue;
    for (const e of doc.events) for (const s of e.sources) if (s.document === a.id) assert.ok(s.start < cut, `${e.id} quotes page furniture`);
  }
  assert.ok(!doc.events.some((e) => e.participants.some((p) => /Trump|Guardiola|Bellingham|Fiala/.test(p.name))));
});

test('spokespeople are sources, not participants', () => {
  assert.ok(!doc.events.some((e) => e.participants.some((p) => /Peter Cook|Peskov|Ushakov/.test(p.name))));
});
