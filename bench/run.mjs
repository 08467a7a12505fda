// The benchmark of issue 6: `node bench/run.mjs [--quick] [--only=diplo,vis,timelines]
// [--runs=3] [--sizes=1000,10000,100000] [--timeout=60] [--profile|--no-profile] [--profile-out=DIR] [--no-dist] [--out=bench/results.json]`.
// (`npm run bench` builds dist/ first, then runs this.)
//
// What it measures, for <diplo-timeline> (the self-contained dist/diplo-timeline.iife.min.js),
// vis-timeline and timelines-chart, on the same deterministic synthetic events (synthetic-events.mjs,
// N = 1,000 / 10,000 / 100,000) and the same real input (Playwright mouse → CDP → Chromium):
// - first render: in-page time from handing the events to the library until the first frame,
//   painted after that, that shows them (measure-page.mjs explains "painted");
// - zoom: 30 wheel ticks in then 30 out (deltaY ∓200, one per 16.7 ms) at the centre of the plot;
//   pan: after 10 unmeasured ticks in, a 60-step drag (6 px a step, one step per 16.7 ms).
//   For each: rAF interval median / p95 / max, intervals over 16.7 ms (> 1.5 vsync), input-to-paint
//   latency, and the long animation frames with their scripts;
// - JS heap after render (CDP HeapProfiler.collectGarbage + Runtime.getHeapUsage), and the heap
//   of the same page with the data loaded but not rendered ("data alone");
// - min+gzip bytes of our script without and with the bundled dataset (bundle-size.mjs);
// - extraction throughput, articles per second (extract-throughput.mjs), and how extraction time
//   grows with input and gazetteer size (extract-scaling.mjs).
// Each figure is the median of `--runs` runs, each run in a fresh headless Chromium (Debian's
// /usr/bin/chromium). A library that takes longer than --timeout seconds for a step is stopped and
// reported as timed out. Progress goes to stderr, the markdown table to stdout, everything to the JSON.
// --quick: N = 1,000 and 10,000, one run, no profile. --profile: one more diplo run at the largest N
// with the unminified build under the CPU profiler, summarised (top self time) in the JSON.
import { chromium } from 'playwright-core';
import { writeFile, access, mkdtemp, rm, copyFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { cpus, loadavg, tmpdir, release } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from './server.mjs';
import { installMeasure } from './measure-page.mjs';
import { measureBundles, buildWithoutDataset } from './bundle-size.mjs';
import { measureInChild } from './extract-throughput.mjs';
import { measureScalingInChild } from './extract-scaling.mjs';
import { frameSummary, latencySummary, medianOfRuns } from './stats.mjs';
import { renderMarkdown } from './report.mjs';

const repo = fileURLToPath(new URL('..', import.meta.url));
const argv = process.argv.slice(2);
const flag = (name) => argv.includes(`--${name}`);
const option = (name, fallback) => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const quick = flag('quick');
const sizes = option('sizes', quick ? '1000,10000' : '1000,10000,100000').split(',').map(Number);
const runs = Number(option('runs', quick ? 1 : 3));
const only = option('only', 'diplo,vis,timelines').split(',');
const timeoutMs = Number(option('timeout', 60)) * 1000;
const profile = flag('profile') || (!quick && !flag('no-profile'));
const outFile = option('out', join(repo, 'bench/results.json'));
const T0 = performance.now();
const log = (msg) => process.stderr.write(`[bench ${((performance.now() - T0) / 1000).toFixed(1).padStart(6)} s] ${msg}\n`);

const LIBS = [
  { key: 'diplo', name: 'diplo-timeline', page: 'diplo.html' },
  { key: 'vis', name: 'vis-timeline', page: 'vis.html' },
  { key: 'timelines', name: 'timelines-chart', page: 'timelines.html' },
].filter((l) => only.includes(l.key));

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--no-first-run', '--disable-sync', '--disable-quic', '--disable-dev-shm-usage', '--js-flags=--expose-gc'];
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function waitForFile(file, ms) {
  for (const t0 = Date.now(); ; await sleep(1000)) {
    try { await access(file); return true; } catch { if (Date.now() - t0 > ms) return false; }
  }
}

class TimeoutError extends Error {}
const within = (promise, ms, what) => Promise.race([promise,
  sleep(ms).then(() => { throw new TimeoutError(`${what} took longer than ${ms / 1000} s`); })]);

async function heapMB(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / 2 ** 20;
}

async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

/** Main-thread time by phase between two Performance.getMetrics snapshots, in ms. */
// (ScriptDuration is left out: it does not count script run through CDP's Runtime.evaluate, which
// is how the page is told to render, so it reads near zero.)
// ThreadTime is the main thread's CPU time: unlike wall-clock frame times it hardly moves when
// other processes compete for the cores, so it is the figure to compare between noisy runs.
const phases = (a, b) => Object.fromEntries(['RecalcStyleDuration', 'LayoutDuration', 'TaskDuration', 'ThreadTime']
  .map((k) => [k.replace('Duration', '').replace('ThreadTime', 'cpu').toLowerCase(), (b[k] - a[k]) * 1000]));

/** Sends `count` inputs, one per vsync on average (never faster). */
async function paced(count, send) {
  const t0 = performance.now();
  for (let i = 0; i < count; i++) {
    await send(i);
    const wait = t0 + (i + 1) * (1000 / 60) - performance.now();
    if (wait > 0) await sleep(wait);
  }
}

/** Records frames, latencies and long frames while `drive` sends input. */
async function gesture(page, cdp, drive) {
  const before = await page.evaluate(() => window.lib.view());
  const m0 = await metrics(cdp);
  await page.evaluate(() => window.__bench.start());
  const viewMid = await drive();
  const rec = await page.evaluate(() => window.__bench.stop());
  const mainThread = phases(m0, await metrics(cdp));
  const after = await page.evaluate(() => window.lib.view());
  return {
    ...frameSummary(rec.intervals),
    latency: latencySummary(rec.latency),
    mainThread,
    cpuPerInputMs: mainThread.cpu / Math.max(1, rec.latency.filter((l) => l.type !== 'pointerdown' && l.type !== 'pointerup').length),
    longFrames: summariseLong(rec.long),
    viewBefore: before, viewMid: viewMid ?? null, viewAfter: after,
    durationMs: rec.durationMs,
  };
}

/** Long animation frames: count, worst, and the scripts that took the most time in them. */
function summariseLong(entries) {
  const scripts = new Map();
  for (const e of entries) {
    for (const s of e.scripts ?? []) {
      const key = `${s.invoker} ${s.fn || ''} ${s.url}${s.char >= 0 ? `:${s.char}` : ''}`.trim();
      scripts.set(key, (scripts.get(key) ?? 0) + s.duration);
    }
  }
  return {
    count: entries.length,
    maxMs: entries.length ? Math.max(...entries.map((e) => e.duration)) : 0,
    totalMs: entries.reduce((s, e) => s + e.duration, 0),
    renderMs: entries.reduce((s, e) => s + (e.render ?? 0), 0),
    styleLayoutMs: entries.reduce((s, e) => s + (e.styleLayout ?? 0), 0),
    topScripts: [...scripts].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([what, ms]) => ({ what, ms: Math.round(ms) })),
  };
}

/**
 * A CPU profile summarised: the functions with the most self time, and with the most inclusive
 * time (self + callees, each function counted once per stack so recursion is not double-counted).
 */
function summariseProfile(prof, top = 15) {
  const dt = new Map();
  prof.samples.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (prof.timeDeltas[i] ?? 0) / 1000));
  const byId = new Map(prof.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const keyOf = (n) => `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.replace(/^.*\//, '')}:${n.callFrame.lineNumber + 1}`;
  const self = new Map();
  const total = new Map();
  let all = 0;
  for (const [id, ms] of dt) {
    all += ms;
    const node = byId.get(id);
    self.set(keyOf(node), (self.get(keyOf(node)) ?? 0) + ms);
    const seen = new Set();
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const k = keyOf(byId.get(cur));
      if (seen.has(k) || k.startsWith('(root)')) continue;
      seen.add(k);
      total.set(k, (total.get(k) ?? 0) + ms);
    }
  }
  const list = (m) => [...m].sort((a, b) => b[1] - a[1]).slice(0, top).map(([fn, ms]) => ({ fn, ms: Math.round(ms), share: +(ms / all).toFixed(3) }));
  return { totalMs: Math.round(all), self: list(self), inclusive: list(total) };
}

/** Stops the CPU profiler; with --profile-out=DIR also saves the raw profile (opens in DevTools). */
async function stopProfile(cdp, name) {
  const { profile } = await cdp.send('Profiler.stop');
  const dir = option('profile-out', null);
  if (dir) await writeFile(join(dir, `${name}.cpuprofile`), JSON.stringify(profile));
  return profile;
}

/** One run of one library at one N, in a fresh browser. Never throws. */
async function measureOnce(server, lib, n, { script, cpuProfile = false } = {}) {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ARGS });
  const result = { lib: lib.key, n };
  const step = async (name, fn) => { result.step = name; if (process.env.BENCH_DEBUG) log(`  ${name}`); return within(fn(), timeoutMs, name); };
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 640 }, deviceScaleFactor: 1 });
    const page = await context.newPage();
    page.on('pageerror', (err) => { (result.pageErrors ??= []).push(String(err.message).slice(0, 300)); });
    await page.addInitScript(installMeasure);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const url = `${server.origin}/pages/${lib.page}${script ? `?script=${encodeURIComponent(script)}` : ''}`;
    await step('load page', async () => {
      await page.goto(url);
      await page.waitForFunction(() => window.lib || window.libError, null, { timeout: timeoutMs });
    });
    const libError = await page.evaluate(() => window.libError);
    if (libError) throw new Error(libError);
    Object.assign(result, await step('load data', () => page.evaluate(async (count) => {
      const doc = await (await fetch(`/synthetic/${count}.json`)).json();
      const t = performance.now();
      window.__input = window.lib.prepare(doc);
      window.__doc = doc;
      return { prepareMs: performance.now() - t, events: doc.events.length };
    }, n)));
    await sleep(200);
    result.heapDataMB = await heapMB(cdp);
    if (cpuProfile) { await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 200 }); await cdp.send('Profiler.start'); }
    const m0 = await metrics(cdp);
    result.firstRender = await step('first render', () => page.evaluate(async (limit) => {
      const B = window.__bench;
      const t0 = performance.now();
      await window.lib.render(window.__input);
      const syncMs = performance.now() - t0;
      let painted = await B.afterPaint();
      let frames = 1;
      while (!window.lib.drawn() && painted - t0 < limit) { painted = await B.afterPaint(); frames++; }
      const long = B.longFramesSince(t0).map((e) => ({ duration: e.duration, render: e.render, styleLayout: e.styleLayout, scripts: e.scripts?.slice(0, 4) }));
      return { ms: painted - t0, syncMs, frames, drawn: window.lib.drawn(), counts: window.lib.counts(), longFrames: long, loadEvents: window.loadEvents ?? null };
    }, timeoutMs));
    result.firstRender.phases = phases(m0, await metrics(cdp));
    if (cpuProfile) result.profileFirstRender = summariseProfile(await stopProfile(cdp, `first-render-${n}`));
    if (!result.firstRender.drawn) throw new Error('nothing drawn');
    await sleep(500);
    result.heapMB = await heapMB(cdp);

    const box = await page.evaluate(() => { const r = window.lib.target().getBoundingClientRect(); return { x: r.left + r.width / 2, y: r.top + r.height / 2, w: r.width }; });
    await page.mouse.move(box.x, box.y);
    if (cpuProfile) await cdp.send('Profiler.start');
    result.zoom = await step('zoom', () => gesture(page, cdp, async () => {
      await paced(30, () => page.mouse.wheel(0, -200));
      const mid = await page.evaluate(() => window.lib.view()); // is the view zoomed in at all?
      await paced(30, () => page.mouse.wheel(0, 200));
      return mid;
    }));
    if (cpuProfile) result.profileZoom = summariseProfile(await stopProfile(cdp, `zoom-${n}`));
    await step('zoom in before panning', () => paced(10, () => page.mouse.wheel(0, -200)));
    await sleep(300);
    const x0 = box.x - 180;
    await page.mouse.move(x0, box.y);
    if (cpuProfile) await cdp.send('Profiler.start');
    result.pan = await step('pan', () => gesture(page, cdp, async () => {
      await page.mouse.down();
      await paced(60, (i) => page.mouse.move(x0 + (i + 1) * 6, box.y));
      await page.mouse.up();
    }));
    if (cpuProfile) result.profilePan = summariseProfile(await stopProfile(cdp, `pan-${n}`));
    result.afterGestures = await page.evaluate(() => window.lib.counts());
    delete result.step;
  } catch (err) {
    result.error = String(err?.message ?? err).split('\n')[0];
    result.timedOut = err instanceof TimeoutError;
  } finally {
    // A page stuck in a 60 s task does not close politely: don't wait for it.
    await within(browser.close(), 10_000, 'closing the browser').catch(() => browser.process?.()?.kill('SIGKILL'));
  }
  return result;
}

function aggregate(list) {
  const ok = list.filter((r) => !r.error);
  if (!ok.length) return { error: list[0]?.error, timedOut: list[0]?.timedOut, failedStep: list[0]?.step, runs: list.length };
  const pick = (r) => ({
    firstRenderMs: r.firstRender.ms, firstRenderSyncMs: r.firstRender.syncMs, firstRenderPhases: r.firstRender.phases,
    prepareMs: r.prepareMs, heapMB: r.heapMB, heapDataMB: r.heapDataMB, heapAddedMB: r.heapMB - r.heapDataMB,
    zoom: r.zoom ? { ...r.zoom, viewBefore: undefined, viewMid: undefined, viewAfter: undefined, longFrames: undefined } : null,
    pan: r.pan ? { ...r.pan, viewBefore: undefined, viewAfter: undefined, longFrames: undefined } : null,
  });
  const changed = (g) => !!(g?.viewBefore && g?.viewAfter && (Math.abs(g.viewBefore[0] - g.viewAfter[0]) > 1 || Math.abs(g.viewBefore[1] - g.viewAfter[1]) > 1));
  return {
    ...medianOfRuns(ok.map(pick)),
    runs: ok.length,
    failedRuns: list.length - ok.length,
    zoomChangedView: ok.some((r) => changed({ viewBefore: r.zoom?.viewBefore, viewAfter: r.zoom?.viewMid })),
    panChangedView: ok.some((r) => changed(r.pan)),
    counts: ok[0].firstRender.counts,
    lastRun: ok.at(-1),
  };
}

async function main() {
  const machine = {
    date: new Date().toISOString().slice(0, 10), cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length,
    node: process.version, os: `${process.platform} ${release()}`, loadAtStart: loadavg().map((l) => +l.toFixed(2)),
  };
  const temp = await mkdtemp(join(tmpdir(), 'diplo-bench-'));
  // Others may rebuild dist/ (rm -rf dist && rollup -c) while this runs: take a copy of the
  // shipped script first and serve that, so every run of the benchmark loads the same bytes.
  const dist = join(repo, 'dist/diplo-timeline.iife.min.js');
  // --no-dist: measure the IIFE built here from the current sources instead (quick iterations).
  let haveDist = only.includes('diplo') && !flag('no-dist') ? await waitForFile(dist, 60_000) : false;
  if (!haveDist && only.includes('diplo') && !flag('no-dist')) {
    log('dist/diplo-timeline.iife.min.js is missing: running npx rollup -c');
    try { execFileSync('npx', ['rollup', '-c'], { cwd: repo, stdio: ['ignore', 'ignore', 'inherit'] }); } catch { log('the build failed'); }
    haveDist = await waitForFile(dist, 1000);
  }
  if (haveDist) await copyFile(dist, join(temp, 'diplo-timeline.iife.min.js'));
  const server = await startServer({ mounts: { '/build/': temp } });
  log(`server ${server.origin}; sizes ${sizes.join(', ')}; ${runs} run(s); libraries ${LIBS.map((l) => l.key).join(', ')}`);
  const results = { machine, method: { sizes, runs, timeoutMs, viewport: '1280×640, plot 1200×560', chromiumArgs: ARGS, quick }, libraries: {}, bundle: null, extraction: null };

  log('bundle sizes');
  results.bundle = await measureBundles({ tempDir: temp, withDataset: haveDist ? join(temp, 'diplo-timeline.iife.min.js') : null });
  log('extraction throughput');
  results.extraction = await measureInChild(quick ? 100 : 300, quick ? 1 : 3);
  log('extraction scaling');
  results.extractionScaling = await measureScalingInChild();

  let probe;
  try {
    probe = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ARGS });
    machine.chromium = probe.version();
  } finally { await probe?.close(); }

  // Without dist/, fall back to the IIFE built here (same code, no dataset), and say so.
  let diploScript = '/build/diplo-timeline.iife.min.js';
  if (!haveDist && !results.bundle.diploWithoutDataset.error) { diploScript = '/build/diplo-timeline.nodata.iife.min.js'; log(`using the bench-built IIFE (${flag('no-dist') ? '--no-dist' : 'dist/ is missing'})`); }
  results.method.diploScript = haveDist ? 'dist/diplo-timeline.iife.min.js' : diploScript;

  for (const n of sizes) {
    server.warm(n);
    for (const lib of LIBS) {
      const list = [];
      for (let r = 0; r < runs; r++) {
        log(`${lib.name} N=${n} run ${r + 1}/${runs}…`);
        const one = await measureOnce(server, lib, n, { script: lib.key === 'diplo' ? diploScript : undefined });
        list.push(one);
        log(one.error ? `  ✗ ${one.error}` : `  first render ${one.firstRender.ms.toFixed(0)} ms, zoom p95 ${one.zoom.p95?.toFixed(1)} ms (latency p95 ${one.zoom.latency.p95?.toFixed(0)}), pan p95 ${one.pan.p95?.toFixed(1)} ms, heap ${one.heapMB.toFixed(1)} MB`);
        if (one.timedOut) { log(`  ${lib.name} timed out at N=${n}: no more runs of it at this or larger N`); break; }
      }
      (results.libraries[lib.key] ??= { name: lib.name, bySize: {} }).bySize[n] = aggregate(list);
      if (list.some((r) => r.timedOut)) for (const m of sizes.filter((m) => m > n)) results.libraries[lib.key].bySize[m] = { error: `not tried: timed out at N=${n}`, skipped: true };
    }
    if (LIBS.some((l) => results.libraries[l.key].bySize[n]?.timedOut)) LIBS.splice(0, LIBS.length, ...LIBS.filter((l) => !results.libraries[l.key].bySize[n]?.timedOut));
  }

  if (profile && only.includes('diplo')) {
    const n = Math.max(...sizes);
    log(`CPU profile of diplo-timeline at N=${n} (unminified build)…`);
    try {
      await buildWithoutDataset({ minify: false, dir: temp });
      const one = await measureOnce(server, { key: 'diplo', name: 'diplo-timeline', page: 'diplo.html' }, n, { script: '/build/diplo-timeline.nodata.iife.js', cpuProfile: true });
      for (const [what, list] of [['first render', one.profileFirstRender], ['zoom', one.profileZoom], ['pan', one.profilePan]]) {
        for (const kind of ['self', 'inclusive']) log(`  top ${kind} time, ${what}: ${(list?.[kind] ?? []).slice(0, 10).map((f) => `${f.fn.replace(/ \S+:/, ':')} ${f.ms} ms`).join('; ')}`);
      }
      results.profile = { n, error: one.error, firstRender: one.profileFirstRender, zoom: one.profileZoom, pan: one.profilePan, firstRenderMs: one.firstRender?.ms, phases: one.firstRender?.phases, longFramesFirstRender: one.firstRender?.longFrames };
    } catch (err) { results.profile = { error: String(err?.message ?? err) }; }
  }

  machine.loadAtEnd = loadavg().map((l) => +l.toFixed(2));
  await server.close();
  await rm(temp, { recursive: true, force: true });
  await writeFile(outFile, `${JSON.stringify(results, null, 2)}\n`);
  log(`wrote ${outFile}`);
  process.stdout.write(renderMarkdown(results));
}

await main();
