// Turns bench/results.json into the markdown table that goes into the README.
// Run alone to re-print a saved run: node bench/report.mjs [bench/results.json]
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const FRAME = 1000 / 60;
// rAF intervals carry a few tenths of a ms of clock jitter around 16.67 ms: a p95 of 16.8 is on time.
const FRAME_TOLERANCE = 0.5;
const fmt = (v, digits = 0) => (v === null || v === undefined || Number.isNaN(v) ? '–' : v.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }));
const mark = (ok) => (ok ? '✅' : '❌');
// Decimal kilobytes (1 KB = 1,000 bytes), the unit of the issue's reference figures (vis-timeline 156 KB).
const kb = (b) => (b == null ? '–' : `${(b / 1000).toFixed(1)} KB`);

/** The targets of issue 6, for <diplo-timeline>. Each returns [label, pass] or null when it does not apply. */
const TARGETS = {
  firstRender: (n, v) => (n <= 10000 ? ['≤ 100 ms', v <= 100] : ['≤ 1 s', v <= 1000]),
  frameP95: (n, v) => ['≤ 16.7 ms', v <= FRAME + FRAME_TOLERANCE],
  frameMax: (n, v) => ['≤ 50 ms', v <= 50],
  latencyP95: (n, v) => ['≤ 50 ms', v <= 50],
  heap: (n, v) => (n >= 100000 ? ['≤ 80 MB', v <= 80] : null),
};

const ROWS = [
  ['first render, ms', (s) => s.firstRenderMs, 0, 'firstRender', undefined, true],
  ['first render: main-thread CPU, ms', (s) => s.firstRenderPhases?.cpu, 0, null, undefined, true],
  ['zoom: frame p95, ms', (s) => s.zoom?.p95, 1, 'frameP95', undefined, true],
  ['zoom: frame median / max, ms', (s) => s.zoom?.max, 1, 'frameMax', (s) => `${fmt(s.zoom?.median, 1)} / ${fmt(s.zoom?.max, 1)}`],
  ['zoom: frames over 16.7 ms (of all)', (s) => s.zoom?.over16, 0, null, (s) => `${fmt(s.zoom?.over16)} of ${fmt(s.zoom?.frames)}`],
  ['zoom: input-to-paint p95, ms', (s) => s.zoom?.latency?.p95, 0, 'latencyP95', undefined, true],
  ['zoom: main-thread CPU per wheel event, ms', (s) => s.zoom?.cpuPerInputMs, 1, null, undefined, true],
  ['pan: frame p95, ms', (s) => s.pan?.p95, 1, 'frameP95', undefined, true],
  ['pan: frame median / max, ms', (s) => s.pan?.max, 1, 'frameMax', (s) => `${fmt(s.pan?.median, 1)} / ${fmt(s.pan?.max, 1)}`],
  ['pan: frames over 16.7 ms (of all)', (s) => s.pan?.over16, 0, null, (s) => `${fmt(s.pan?.over16)} of ${fmt(s.pan?.frames)}`],
  ['pan: input-to-paint p95, ms', (s) => s.pan?.latency?.p95, 0, 'latencyP95', undefined, true],
  ['pan: main-thread CPU per drag step, ms', (s) => s.pan?.cpuPerInputMs, 1, null, undefined, true],
  ['JS heap after render, MB (data alone)', (s) => s.heapMB, 1, 'heap', (s) => `${fmt(s.heapMB, 1)} (${fmt(s.heapDataMB, 1)})`, true],
  // What the library itself holds on top of the document the page keeps (its index, layout, DOM).
  ['JS heap the library adds to the data, MB', (s) => s.heapAddedMB ?? (s.heapMB - s.heapDataMB), 1, null, undefined, true],
];

function cell(stats, row, timeoutMs) {
  if (!stats) return 'not run';
  if (stats.error && stats.timedOut && !stats.skipped && row[3] === 'firstRender' && (stats.failedStep ?? 'first render') === 'first render') return `> ${fmt(timeoutMs)} (timed out)`;
  if (stats.skipped) return 'not tried ‡';
  if (stats.error) return stats.timedOut ? 'timed out' : `could not: ${stats.error}`;
  const [, value, digits, , show] = row;
  let text = show ? show(stats) : fmt(value(stats), digits);
  if (row[0].startsWith('zoom') && stats.zoomChangedView === false) text += ' †';
  if (row[0].startsWith('pan') && stats.panChangedView === false) text += ' †';
  return text;
}

function ratio(base, other, value, timeoutMs, row) {
  if (!row[5] || !base || base.error || !other) return '';
  // A gesture that did nothing in the other library has nothing to compare.
  if ((row[0].startsWith('zoom') && other.zoomChangedView === false) || (row[0].startsWith('pan') && other.panChangedView === false)) return '';
  if (other.error) return other.timedOut && row[3] === 'firstRender' && value(base) > 0 ? `> ${(timeoutMs / value(base)).toFixed(0)}×` : '';
  const a = value(base);
  const b = value(other);
  if (a == null || b == null || a <= 0) return '';
  return `${(b / a).toFixed(b / a >= 10 ? 0 : 1)}×`;
}

/** The markdown report of a results object (see run.mjs). */
export function renderMarkdown(results) {
  const { machine: m, libraries: libs, bundle, extraction, extractionScaling: scaling, method } = results;
  const lines = [];
  lines.push(`### Benchmark, ${m.date}: ${m.cpu} (${m.cores} cores, no GPU), Chromium ${m.chromium ?? '?'}, Node ${m.node}`);
  lines.push('');
  lines.push(`Median of ${method.runs} run${method.runs > 1 ? 's' : ''} in headless Chromium; load average ${m.loadAtStart?.[0]} at start, ${m.loadAtEnd?.[0]} at end${(m.loadAtStart?.[0] ?? 0) > 1 ? ' (other work was running: figures are noisy)' : ''}. Ratios are the other library's figure divided by ours (higher = we are faster). † the gesture did not change that library's view. ‡ not tried: it timed out (> ${fmt(method.timeoutMs / 1000)} s for one step) at a smaller N. Main-thread CPU (CDP ThreadTime) barely depends on other load, unlike the wall-clock figures. The JS heap includes the events document the page holds; "data alone" is the same page with the document parsed and nothing rendered, and "the library adds" is the difference.`);
  lines.push('');
  const keys = ['diplo', 'vis', 'timelines'].filter((k) => libs[k]);
  const others = keys.filter((k) => k !== 'diplo');
  const head = ['N', 'figure', ...keys.map((k) => libs[k].name), ...others.map((k) => `${libs[k].name} ÷ ours`), ...(libs.diplo ? ['target (ours)'] : [])];
  const align = ['---', '---', ...keys.map(() => '---:'), ...others.map(() => '---:'), ...(libs.diplo ? ['---'] : [])];
  lines.push(`| ${head.join(' | ')} |`, `|${align.join('|')}|`);
  for (const n of method.sizes) {
    for (const row of ROWS) {
      const stats = (k) => libs[k]?.bySize?.[n];
      const cells = keys.map((k) => cell(stats(k), row, method.timeoutMs));
      const ratios = libs.diplo ? others.map((k) => ratio(stats('diplo'), stats(k), row[1], method.timeoutMs, row)) : others.map(() => '');
      let target = '';
      const ours = stats('diplo');
      if (libs.diplo && row[3]) {
        const t = TARGETS[row[3]](n, ours && !ours.error ? row[1](ours) : NaN);
        if (t) target = ours && !ours.error && row[1](ours) != null ? `${t[0]} ${mark(t[1])}` : `${t[0]} ❌`;
      }
      lines.push(`| ${[n.toLocaleString('en-US'), row[0], ...cells, ...ratios, ...(libs.diplo ? [target] : [])].join(' | ')} |`);
    }
  }
  lines.push('');
  if (bundle) {
    lines.push('| script tag | min+gzip (min), KB = 1,000 bytes | target |');
    lines.push('|---|---:|---|');
    const b = (x) => (x?.error ? `could not: ${x.error}` : `${kb(x?.gzip)} (${kb(x?.min)} min)`);
    lines.push(`| diplo-timeline without dataset | ${b(bundle.diploWithoutDataset)} | ≤ 40 KB ${mark(bundle.diploWithoutDataset?.gzip <= 40_000)} |`);
    lines.push(`| diplo-timeline with bundled dataset (dist/diplo-timeline.iife.min.js) | ${b(bundle.diploWithDataset)} | |`);
    lines.push(`| vis-timeline standalone (CSS included) | ${b(bundle.visTimeline)} | |`);
    lines.push(`| timelines-chart | ${b(bundle.timelinesChart)} | |`);
    lines.push('');
  }
  if (extraction) {
    lines.push(extraction.skipped
      ? `Extraction throughput: not measured (${extraction.skipped}).`
      : `Extraction throughput: **${fmt(extraction.articlesPerSecond, 1)} articles/s** (median of ${extraction.runs.length} passes over ${extraction.articles} articles, the ${extraction.seeds} seed articles repeated, ${fmt(extraction.meanArticleChars)} characters each on average, one Node process).`);
    lines.push('');
  }
  if (scaling) {
    lines.push(scaling.skipped
      ? `Extraction scaling: not measured (${scaling.skipped}).`
      : `Extraction scaling: 10× the input took ${Object.entries(scaling.tenfoldInputTimeRatio).map(([k, v]) => `${fmt(v, 1)}× (${k})`).join(', ')} the time (linear is 10×, quadratic 100×); a 20,000-phrase gazetteer took ${fmt(scaling.gazetteer20000vs5TimeRatio, 1)}× a 5-phrase one over the same text.`);
    lines.push('');
  }
  return `${lines.join('\n')}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const file = process.argv[2] ?? fileURLToPath(new URL('./results.json', import.meta.url));
  process.stdout.write(renderMarkdown(JSON.parse(await readFile(file, 'utf8'))));
}
