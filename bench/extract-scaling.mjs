// Extraction scaling: how time grows with input size and with gazetteer size. Linear growth is
// what keeps a huge or malformed page (one giant line, a name repeated without a full stop, runs
// of blank lines) from hanging the CLI; the phrase index must cost one lookup per word whatever
// the number of phrases. Timings on a shared machine are noisy, so these are measured here, not
// asserted in the tests.
// Run alone: node --import tsx bench/extract-scaling.mjs
import { execFile } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repo = fileURLToPath(new URL('..', import.meta.url));

/** Median run time of `f`, in ms. */
function median(f, runs = 3) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    f();
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

/** Measures in this process (needs tsx loaded): time for 10× input over time for 1× (linear is 10, quadratic 100). */
export async function measureScalingHere() {
  const { extractArticle } = await import(pathToFileURL(join(repo, 'src/extract/index.ts')).href);
  const { PhraseIndex } = await import(pathToFileURL(join(repo, 'src/extract/phrase-index.ts')).href);
  const dir = join(repo, 'seeds');
  const seeds = await Promise.all((await readdir(dir)).filter((f) => f.endsWith('.txt')).sort().map((f) => readFile(join(dir, f), 'utf8')));
  // Shapes that used to be quadratic.
  const shapes = {
    article: (n) => Array.from({ length: n }, (_, k) => seeds[k % seeds.length].replace(/\n/g, `\nĐoạn ${k} `)).join('\n'),
    oneLine: (n) => Array.from({ length: n }, (_, k) => seeds[k % seeds.length].replace(/\n/g, ` ${k} `)).join(' '),
    names: (n) => 'Tổng thống Mỹ Barack Obama gặp Tổng thống Nga Vladimir Putin và '.repeat(60 * n),
    blankRuns: (n) => ('Xem nhiều\n' + ' '.repeat(500) + '\n\n\n').repeat(40 * n),
  };
  const growth = {};
  for (const [name, make] of Object.entries(shapes)) {
    const small = make(2);
    const large = make(20);
    extractArticle({ id: 'warm', text: small });
    growth[name] = median(() => extractArticle({ id: 'l', text: large })) / Math.max(0.001, median(() => extractArticle({ id: 's', text: small })));
  }
  // 20,000 phrases against 5, over the same text
  const big = new PhraseIndex(Array.from({ length: 20_000 }, (_, i) => [`Tên${i} Họ${i}`, i]));
  const few = new PhraseIndex(Array.from({ length: 5 }, (_, i) => [`Tên${i} Họ${i}`, i]));
  const text = 'Tên5 Họ5 gặp Tên77 Họ77 và một người khác ở Hà Nội. '.repeat(2000);
  big.findAll(text);
  few.findAll(text);
  const gazetteer = median(() => big.findAll(text), 5) / Math.max(0.001, median(() => few.findAll(text), 5));
  return { tenfoldInputTimeRatio: growth, gazetteer20000vs5TimeRatio: gazetteer };
}

/** Runs measureScalingHere in a child process with tsx; never throws. */
export function measureScalingInChild(timeoutMs = 180_000) {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url)], { cwd: repo, timeout: timeoutMs, maxBuffer: 1 << 20 }, (err, stdout, stderr) => {
      try { resolve(JSON.parse(stdout.trim().split('\n').pop())); }
      catch { resolve({ skipped: `scaling run failed: ${(err?.killed ? 'timed out' : String(stderr || err?.message || 'no output').trim().split('\n').slice(-1)[0]).slice(0, 200)}` }); }
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.stdout.write(`${JSON.stringify(await measureScalingHere())}\n`);
}
