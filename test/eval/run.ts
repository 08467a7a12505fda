/**
 * `npm run eval`: recall and precision of the extraction pipeline against the hand-written
 * expectations in `test/eval/expected/`, per article, per set and overall, plus the merged
 * seeds (what `npm run data` writes).
 *
 *   node --import tsx test/eval/run.ts [--set seed|fixture|heldout-tuned|heldout-opened|heldout-blind]… [--details] [--json]
 *
 * `--details` lists, per article, the expected events missed (✗), the output events that match
 * nothing (+), and matched events whose people or place differ from the expectation (~).
 */
import { SETS, addScores, evaluateAll, evaluateMerged, loadExpectations, precision, recall, type ArticleResult, type EvalSet, type Score } from './evaluate.js';

const args = process.argv.slice(2);
const wanted = args.flatMap((a, i) => (a === '--set' ? [args[i + 1]] : a.startsWith('--set=') ? [a.slice(6)] : [])) as EvalSet[];
for (const s of wanted) if (!SETS.includes(s)) throw new Error(`unknown set "${s}" (sets: ${SETS.join(', ')})`);
const details = args.includes('--details');

const xs = loadExpectations().filter((x) => !wanted.length || wanted.includes(x.set));
const results = evaluateAll(xs);
const seeds = xs.filter((x) => x.set === 'seed');
const merged = seeds.length ? evaluateMerged(seeds) : null;

const pct = (v: number) => `${(100 * v).toFixed(1)}%`.padStart(6);
const ratio = (a: number, b: number) => (b ? pct(a / b) : '     -');
function row(name: string, s: Score): string {
  return `${name.padEnd(34)} ${String(s.found).padStart(3)}/${String(s.required).padEnd(3)} ${pct(recall(s))}  ${String(s.correct).padStart(3)}/${String(s.output).padEnd(3)} ${pct(precision(s))}   ${ratio(s.exactPeople, s.matched)}  ${ratio(s.placeOk, s.placeChecked)}`;
}

function describe(r: ArticleResult): string[] {
  const out: string[] = [];
  for (const p of r.pairs) {
    const o = p.output;
    const who = (names: string[]) => names.join(' + ') || '-';
    if (p.expected && !o && !p.expected.optional) out.push(`    ✗ missed   ${[p.expected.date].flat().join('|')} ${[p.expected.type].flat().join('|')} ${who(p.expected.participants)}: ${p.expected.what}`);
    if (o && !p.expected) out.push(`    + spurious ${o.start} ${o.type} ${who(o.participants.map((q) => q.name))} @ ${o.location?.name ?? '-'}: "${o.title.en}"`);
    if (o && p.expected && (!p.exactPeople || p.placeOk === false)) {
      out.push(`    ~ partial  ${o.start} ${o.type} ${who(o.participants.map((q) => q.name))} @ ${o.location?.name ?? '-'} (expected ${who(p.expected.participants)} @ ${[p.expected.place ?? '-'].flat().join('|')})`);
    }
  }
  return out;
}

if (args.includes('--json')) {
  const summary = (rs: ArticleResult[]) => ({ ...addScores(rs.map((r) => r.score)), recall: recall(addScores(rs.map((r) => r.score))), precision: precision(addScores(rs.map((r) => r.score))) });
  const bySet = Object.fromEntries(SETS.filter((s) => results.some((r) => r.set === s)).map((s) => [s, summary(results.filter((r) => r.set === s))]));
  const articles = results.map((r) => ({ id: r.id, set: r.set, ...r.score, recall: recall(r.score), precision: precision(r.score) }));
  process.stdout.write(`${JSON.stringify({ sets: bySet, merged: merged && summary([merged]), articles }, null, 2)}\n`);
} else {
  const header = `${'article'.padEnd(34)} found/req recall  right/out  prec.  people  place`;
  for (const set of SETS) {
    const rs = results.filter((r) => r.set === set);
    if (!rs.length) continue;
    console.log(`\n== ${set}\n${header}`);
    for (const r of rs) {
      console.log(row(r.id, r.score));
      if (details) for (const line of describe(r)) console.log(line);
    }
    console.log(row(`ALL ${set}`, addScores(rs.map((r) => r.score))));
  }
  if (merged) {
    console.log(`\n== seeds merged (data/events.json)\n${header}\n${row('merged seeds', merged.score)}`);
    if (details) for (const line of describe(merged)) console.log(line);
  }
  const heldout = results.filter((r) => r.set.startsWith('heldout'));
  if (heldout.length) console.log(`\n${row('ALL held-out (tuned + blind)', addScores(heldout.map((r) => r.score)))}`);
}
