import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { findHeaderDate, inferDocumentDate } from '../../src/extract/document-date.js';
import { LEADERS } from '../../src/extract/people.js';
import type { TimelineEvent } from '../../src/events-schema.js';
import { addScores, evaluateArticle, evaluateMerged, loadExpectations, pairEvents, precision, recall, score, validateExpectation, type ExpectedEvent } from '../eval/evaluate.js';

// `npm run eval` is the full report; these tests make a regression on the seeds, or on the
// held-out articles the rules were tuned on, break `npm test`.

const xs = loadExpectations();
const ev = (over: Partial<TimelineEvent>): TimelineEvent => ({
  id: 'x', start: '2016-02-08', precision: 'day', type: 'meeting', title: { en: '', vi: '' },
  participants: [{ name: 'Barack Obama' }, { name: 'Sergio Mattarella' }], location: null, sources: [], ...over,
});
const want = (over: Partial<ExpectedEvent>): ExpectedEvent => ({ what: 'x', date: '2016-02-08', type: 'meeting', participants: ['Barack Obama', 'Sergio Mattarella'], ...over });

test('matching: date at the same precision (or within a stated span), an accepted type, a shared participant', () => {
  const pairs = (x: ExpectedEvent, o: TimelineEvent) => score(pairEvents([x], [o]));
  assert.equal(pairs(want({}), ev({})).found, 1);
  assert.equal(pairs(want({}), ev({ start: '2016-02-09' })).found, 0, 'another day');
  assert.equal(pairs(want({ date: '2016-02' }), ev({})).found, 0, 'a day is not the month the text states');
  assert.equal(pairs(want({ date: '2016-02-09' }), ev({ end: '2016-02-10' })).found, 1, 'within a span');
  assert.equal(pairs(want({}), ev({ type: 'call' })).found, 0, 'another kind');
  assert.equal(pairs(want({ type: ['call', 'meeting'] }), ev({})).found, 1);
  assert.equal(pairs(want({}), ev({ participants: [{ name: 'Justin Trudeau' }] })).found, 0, 'no one in common');
  // people are compared without diacritics and case
  assert.equal(pairs(want({ participants: ['Stephane Dion'] }), ev({ participants: [{ name: 'Stéphane Dion' }] })).found, 1);
  // …and by first initial and last name, so a transliteration or a nickname is the same person
  assert.equal(pairs(want({ participants: ['Sergey Lavrov'] }), ev({ participants: [{ name: 'Sergei Lavrov' }] })).found, 1);
  assert.equal(pairs(want({ participants: ['Fidel V. Ramos'] }), ev({ participants: [{ name: 'Fidel Ramos' }] })).found, 1);
  assert.equal(pairs(want({ participants: ['Raúl Castro'] }), ev({ participants: [{ name: 'Fidel Castro' }] })).found, 0, 'another first name');
  // …and with or without a Gulf dynasty's name
  assert.equal(pairs(want({ participants: ['Faisal bin Farhan'] }), ev({ participants: [{ name: 'Faisal bin Farhan Al Saud' }] })).found, 1);
  assert.equal(pairs(want({ participants: ['Salman bin Abdulaziz Al Saud'] }), ev({ participants: [{ name: 'Salman bin Abdulaziz' }] })).found, 1);
  assert.equal(pairs(want({ participants: ['Salman bin Abdulaziz al-Saud'] }), ev({ participants: [{ name: 'Salman bin Abdulaziz' }] })).found, 1);
  // (but "al-" before a surname is no dynasty's: "Abu Bakr al-Baghdadi" is not "Abu Bakr")
  assert.equal(pairs(want({ participants: ['Abu Bakr al-Baghdadi'] }), ev({ participants: [{ name: 'Abu Bakr' }] })).found, 0, 'a surname');
  // …and a royal by title and given name is the person of that first name
  assert.equal(pairs(want({ participants: ['King Salman'] }), ev({ participants: [{ name: 'Salman bin Abdulaziz' }] })).found, 1);
  assert.equal(pairs(want({ participants: ['Prince Charles'] }), ev({ participants: [{ name: 'Charles III' }] })).found, 1);
  assert.equal(pairs(want({ participants: ['King Salman'] }), ev({ participants: [{ name: 'Mohammed bin Salman' }] })).found, 0, 'another first name');
  // …and a name written family name first ("Suga Yoshihide") is the output's "Yoshihide Suga", exactly
  const suga = pairEvents([want({ participants: ['Suga Yoshihide'] })], [ev({ participants: [{ name: 'Yoshihide Suga' }] })]);
  assert.equal(score(suga).found, 1);
  assert.equal(suga[0].exactPeople, true);
});

test('matching: an output with the expected people goes to the expectation that names them, not to one that names nobody', () => {
  const bySpeaker = want({ type: 'statement', participants: ['Ali Khamenei'], date: '2020-01-03' });
  const byNobody = want({ type: 'statement', participants: [], date: '2020-01-03' });
  const said = ev({ type: 'statement', start: '2020-01-03', participants: [{ name: 'Ali Khamenei' }] });
  const pairs = pairEvents([byNobody, bySpeaker], [said]);
  assert.equal(pairs.find((p) => p.output)?.expected, bySpeaker);
});

test('matching: events without people match by place when the expectation names one', () => {
  const attack = want({ type: 'attack', participants: [], place: 'Paris', date: '2015-11-13' });
  const at = (name: string | null) => ev({ type: 'attack', start: '2015-11-13', participants: [], location: name ? { name } : null });
  assert.equal(score(pairEvents([attack], [at('Paris')])).found, 1);
  assert.equal(score(pairEvents([attack], [at('Brussels')])).found, 0);
  assert.equal(score(pairEvents([attack], [at(null)])).found, 0);
  // (a place in a country the expectation accepts as a whole matches; one in another country does not)
  const cabinet = want({ type: 'statement', participants: [], place: ['Ai Cập', 'Egypt'], date: '2016-04-09' });
  const said = (location: TimelineEvent['location']) => ev({ type: 'statement', start: '2016-04-09', participants: [], location });
  assert.equal(score(pairEvents([cabinet], [said({ name: 'Cairo', country: 'EG' })])).found, 1);
  assert.equal(score(pairEvents([cabinet], [said({ name: 'Riyadh', country: 'SA' })])).found, 0);
});

test('scores: optional expectations neither count as missed nor make their output wrong; duplicates are wrong', () => {
  const s = score(pairEvents([want({}), want({ optional: true, type: 'call', participants: ['Justin Trudeau'] })], [ev({}), ev({})]));
  assert.deepEqual([s.required, s.found, s.output, s.correct], [1, 1, 2, 1], 'a second output of the same event is not a correct one');
  const t = score(pairEvents([want({ optional: true })], [ev({})]));
  assert.deepEqual([recall(t), precision(t)], [1, 1]);
  const u = score(pairEvents([want({})], []));
  assert.deepEqual([recall(u), precision(u)], [0, 1]);
});

test('matching is a maximum matching: a loose expectation does not take the only output another one fits', () => {
  const loose = want({ type: 'attack', participants: [], place: ['Mediterranean', 'Latakia'], date: '2018-09-17' });
  const strict = want({ type: 'attack', participants: [], place: 'Latakia', date: '2018-09-17' });
  const at = (name: string) => ev({ type: 'attack', start: '2018-09-17', participants: [], location: { name } });
  assert.equal(score(pairEvents([loose, strict], [at('Latakia'), at('Mediterranean Sea')])).found, 2);
});

test('every expectation file is well-formed and names an article that exists', () => {
  assert.ok(xs.length >= 20);
  for (const x of xs) assert.ok(existsSync(new URL(`../../${x.article}`, import.meta.url)), x.article);
  assert.throws(() => validateExpectation({ article: 'a', set: 'seed', events: [want({ date: '8/2/2016' })] }), /bad date/);
  assert.throws(() => validateExpectation({ article: 'a', set: 'nope' as never, events: [] }), /unknown set/);
});

test('the seeds: every event a careful reader expects, and nothing else (per article and merged)', () => {
  const seeds = xs.filter((x) => x.set === 'seed');
  assert.equal(seeds.length, 5);
  const s = addScores(seeds.map((x) => evaluateArticle(x).score));
  assert.ok(recall(s) >= 0.95, `seed recall ${recall(s)}`);
  assert.ok(precision(s) >= 0.9, `seed precision ${precision(s)}`);
  const merged = evaluateMerged(seeds).score;
  assert.ok(recall(merged) >= 0.95, `merged recall ${recall(merged)}`);
  assert.ok(precision(merged) >= 0.9, `merged precision ${precision(merged)}`);
});

test('the team-written articles the rules were tuned on stay above the targets (85% found, 80% right)', () => {
  const tuned = xs.filter((x) => x.set === 'fixture' || x.set === 'heldout-tuned');
  const s = addScores(tuned.map((x) => evaluateArticle(x).score));
  assert.ok(recall(s) >= 0.85, `recall ${recall(s)}`);
  assert.ok(precision(s) >= 0.8, `precision ${precision(s)}`);
});

// (batches 25 and 26, opened at 78.9% right, brought the floor's precision down from 80%; 27 and 28,
// opened at 65.2% right, brought it to 76%; after 29 and 30 joined and were tuned on, 70.9% found and
// 80.5% right (71.6%, 81.1% at the session's end) raised it to 68% and 78%; 31 and 32 joined at 69.8% and
// 79.8%, and after a session tuned on them (75.6%, 81.8%) it was raised to 72% and 79%; 33 and 34 joined at
// 73.5% and 81.0%, and after a session tuned on them (76.4%, 82.4%) it was raised to 74% and 80%; 35 and 36
// joined at 73.0% and 80.6%, bringing the floor's recall down to 72%, and after a session tuned on them
// (76.0%, 82.4%) it was raised to 74% again; 37 and 38 joined at 72.5% and 81.1%, bringing it down to 72%, and
// after a session tuned on them (74.1%, 82.0%) it was raised to 73%; 39 and 40 joined at 71.7% and 81.2%,
// bringing it down to 71%, and after a session tuned on them (73.9%, 82.3%) it was raised to 73% again; 41 and
// 42 joined at 71.1% and 80.8%, bringing it down to 71%, and after a session tuned on them (73.4%, 84.0%) it was
// raised to 72%; 43 and 44 joined at 71.0% and 82.9%, bringing it down to 70%, and after a session tuned on them
// (74.4%, 83.1%) it was raised to 72% again; 45 and 46 joined at 73.2% and 82.3%, keeping it, and after a
// session tuned on them (75.6%, 82.9%) it was raised to 74%; 47 and 48 joined at 75.1% and 82.4%,
// keeping it, and after a session tuned on them (76.9%, 83.1%) it was raised to 75%; 49 and 50 joined at
// 76.3% and 82.4%, keeping it, and after a session tuned on them (77.6%, 82.5%) it was raised to 76%; 51 and
// 52 joined at 77.2% and 82.0%, keeping it, and after a session tuned on them (78.3%, 82.4%) it was raised to 77%; 53 and
// 54 joined at 77.1% and 81.3%, keeping it, and after a session tuned on them (77.8%, 81.6%) it was kept; 55 and
// 56 joined at 77.1% and 80.7%, keeping it, and after a session tuned on them (78.3%, 81.8%) it was kept; 57 and 58
// joined at 77.5% and 80.8%, keeping it, and after a session tuned on them (79.6%, 81.7%) it was kept, as each
// opening has cost about a point; 59 and 60 joined at 78.1% and 80.5%, keeping it, and after a session tuned on them
// (79.5%, 81.1%) it was kept; 61 and 62 joined at 79.2% and 80.5%, keeping it, and after a session tuned on them
// (80.1%, 81.0%) it was kept; 63 and 64 joined at 79.2% and 80.4%, keeping it, and after a session tuned on
// them (80.6%, 81.0%) it was kept; 65 and 66 joined at 79.6% and 80.4%, keeping it, and after a session tuned on
// them (81.1%, 80.8%) it was kept; 67 and 68 joined at 80.7% and 80.2%, keeping it, and after a session tuned on
// them (81.9%, 80.9%) it was kept; 69 and 70 joined at 81.3% and 80.1%, keeping it, and after a session tuned on
// them (81.8%, 80.6%) it was kept; 71 and 72 joined at 81.4% and 80.3%, keeping it; 73 and 74 joined at 81.3% and 80.4%, keeping it; 75 and 76 joined at 81.8% and 80.3%, keeping it; 77 and 78 joined at 81.8% and 81.0%, keeping it; 79 and 80 joined at 81.5% and 81.2%, keeping it; 81 and 82 joined at 81.4% and 81.1%, keeping it; 83 and 84 joined at 81.7% and 80.9%, keeping it; 85 and 86 joined at 81.9% and 80.8%, keeping it; 87 and 88 joined at 81.8% and 80.8%, keeping it; 89 and 90 joined at 82.1% and 80.9%, keeping it; 91 and 92 joined at 82.0% and 81.0%, keeping it; 93 and 94 joined at 81.9% and 81.1%, keeping it; 95 and 96 joined at 81.9% and 81.2%, keeping it; 97 and 98 joined at 82.0% and 81.0%, keeping it; 99 and 100 joined at 82.0% and 81.1%, keeping it; 101 and 102 joined at 82.0% and 81.1%, keeping it; 103 and 104 joined at 81.8% and 81.4%, keeping it; 105 and 106 joined at 81.7% and 81.4%, keeping it; 107 and 108 joined at 81.7% and 81.4%, keeping it; 109 and 110 joined at 81.7% and 81.4%, keeping it; 111 and 112 joined at 81.5% and 81.3%, keeping it; 113 and 114 joined at 81.6% and 81.3%, keeping it; 115 and 116 joined at 81.5% and 81.4%, keeping it; 117 and 118 joined at 81.4% and 81.3%, keeping it; 119 and 120 joined at 81.3% and 81.4%, keeping it; 121 and 122 joined at 81.0% and 81.1%, keeping it; 123 and 124 joined at 81.1% and 81.1%, keeping it; 125 and 126 joined at 80.8% and 81.2%, keeping it; 127 and 128 joined at 80.8% and 80.9%, keeping it)
test('the blind batches opened for tuning but not yet up to the targets stay above their floor (77% found, 80% right)', () => {
  const opened = xs.filter((x) => x.set === 'heldout-opened');
  if (!opened.length) return;
  const s = addScores(opened.map((x) => evaluateArticle(x).score));
  assert.ok(recall(s) >= 0.77, `recall ${recall(s)}`);
  assert.ok(precision(s) >= 0.8, `precision ${precision(s)}`);
});

test('the year of an article without its header: the tuned-on articles that have one, header removed, get their year back (94% or more; 49 of 51 when written, 565 of 601 now)', () => {
  const withHeader = xs.filter((x) => x.set !== 'heldout-blind').map((x) => readFileSync(new URL(`../../${x.article}`, import.meta.url), 'utf8')).map((text) => ({ text, header: findHeaderDate(text) })).filter((a) => a.header);
  let right = 0;
  const wrong: string[] = [];
  for (const { text, header } of withHeader) {
    const stripped = text.split('\n').filter((l) => l.trim() !== header!.line && !(l.includes(header!.line) && l.length < 90)).join('\n');
    const got = inferDocumentDate(stripped, { leaders: [...LEADERS] }).published;
    if (got?.slice(0, 4) === header!.date.slice(0, 4)) right++;
    else wrong.push(`${header!.date} -> ${got}`);
  }
  assert.ok(withHeader.length >= 30, `${withHeader.length} articles with a header`);
  assert.ok(right / withHeader.length >= 0.94, `${right}/${withHeader.length}; wrong: ${wrong.join(', ')}`);
});
