// Extraction throughput: articles per second through `extractArticle({id, text})` of
// src/extract/index.ts, on one core, over seeds/*.txt repeated to at least 1,000 articles
// (distinct ids, same texts; the pipeline forgets its per-article caches between articles, so
// repeats cost the full work). The target is 1,000 average-size articles in under 5 s.
// Runs in a child `node --import tsx` so that the TypeScript pipeline loads without a build, and
// so that the parent (which drives Chromium) does not share its event loop or heap.
// Run alone: node --import tsx bench/extract-throughput.mjs [count] [runs] [--large]
// (--large also times one 1 MB and one 10 MB article: time should grow about linearly.)
import { execFile } from 'node:child_process';
import { readdir, readFile, access } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repo = fileURLToPath(new URL('..', import.meta.url));
const entry = join(repo, 'src/extract/index.ts');

/** Fewest articles a measurement runs over. */
const MIN_ARTICLES = 1000;

/** Measures in this process (needs tsx loaded). Returns {articlesPerSecond, ...} or {skipped}. */
export async function measureHere(requested = MIN_ARTICLES, runs = 3, large = false) {
  const count = Math.max(requested, MIN_ARTICLES);
  try { await access(entry); } catch { return { skipped: 'src/extract/index.ts does not exist yet' }; }
  let mod;
  try { mod = await import(pathToFileURL(entry).href); } catch (err) { return { skipped: `src/extract/index.ts failed to load: ${String(err?.message ?? err).split('\n')[0]}` }; }
  if (typeof mod.extractArticle !== 'function') return { skipped: 'src/extract/index.ts exports no extractArticle' };
  const dir = join(repo, 'seeds');
  const files = (await readdir(dir)).filter((f) => f.endsWith('.txt')).sort();
  const texts = await Promise.all(files.map(async (f) => ({ id: f.replace(/\.txt$/, ''), text: await readFile(join(dir, f), 'utf8') })));
  if (!texts.length) return { skipped: 'no seeds/*.txt' };
  const articles = Array.from({ length: count }, (_, i) => ({ id: `${texts[i % texts.length].id}_${i}`, text: texts[i % texts.length].text }));
  // Warm-up: the first call pays for module-level tables (gazetteers, regexes) and the JIT.
  for (const a of texts) await mod.extractArticle(a);
  const rates = [];
  let events = 0;
  for (let r = 0; r < runs; r++) {
    events = 0;
    const t0 = performance.now();
    for (const a of articles) {
      const out = await mod.extractArticle(a);
      events += Array.isArray(out) ? out.length : Array.isArray(out?.events) ? out.events.length : 0;
    }
    rates.push(count / ((performance.now() - t0) / 1000));
  }
  rates.sort((a, b) => a - b);
  const chars = articles.reduce((s, a) => s + a.text.length, 0);
  const median = rates[Math.floor(rates.length / 2)];
  const out = { articlesPerSecond: median, secondsPer1000: 1000 / median, runs: rates, articles: count, seeds: texts.length, meanArticleChars: Math.round(chars / count), eventsPerPass: events };
  if (large) out.largeInput = timeLargeInputs(mod, texts);
  return out;
}

/** Seconds for one article of about 1 MB and one of about 10 MB, made of the seeds: linear growth is about 10×. */
function timeLargeInputs(mod, texts) {
  const make = (size) => {
    let t = '';
    for (let k = 0; t.length < size; k++) t += texts[k % texts.length].text.replace(/\n/g, `\nĐoạn ${k} `) + '\n';
    return t;
  };
  const time = (text) => {
    const t0 = performance.now();
    mod.extractArticle({ id: 'large', text });
    return (performance.now() - t0) / 1000;
  };
  const [one, ten] = [make(1_000_000), make(10_000_000)];
  time(one);
  const s1 = time(one);
  const s10 = time(ten);
  return { secondsFor1MB: s1, secondsFor10MB: s10, growth: s10 / s1 };
}

/** Runs measureHere in a child process with tsx; never throws. */
export function measureInChild(count = MIN_ARTICLES, runs = 3, timeoutMs = 180_000) {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), String(count), String(runs)],
      { cwd: repo, timeout: timeoutMs, maxBuffer: 1 << 20 }, (err, stdout, stderr) => {
        try { resolve(JSON.parse(stdout.trim().split('\n').pop())); }
        catch { resolve({ skipped: `extraction run failed: ${(err?.killed ? 'timed out' : String(stderr || err?.message || 'no output').trim().split('\n').slice(-1)[0]).slice(0, 200)}` }); }
      });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const result = await measureHere(Number(args[0] ?? MIN_ARTICLES), Number(args[1] ?? 3), process.argv.includes('--large'));
  process.stdout.write(`${JSON.stringify(result)}\n`);
}
