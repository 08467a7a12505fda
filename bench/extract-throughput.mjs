// Extraction throughput: articles per second through `extractArticle({id, text})` of
// src/extract/index.ts, over seeds/*.txt repeated to `count` articles (distinct ids, same texts).
// Runs in a child `node --import tsx` so that the TypeScript pipeline loads without a build, and
// so that the parent (which drives Chromium) does not share its event loop or heap.
// Run alone: node --import tsx bench/extract-throughput.mjs [count]
import { execFile } from 'node:child_process';
import { readdir, readFile, access } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repo = fileURLToPath(new URL('..', import.meta.url));
const entry = join(repo, 'src/extract/index.ts');

/** Measures in this process (needs tsx loaded). Returns {articlesPerSecond, ...} or {skipped}. */
export async function measureHere(count = 300, runs = 3) {
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
  return { articlesPerSecond: rates[Math.floor(rates.length / 2)], runs: rates, articles: count, seeds: texts.length, meanArticleChars: Math.round(chars / count), eventsPerPass: events };
}

/** Runs measureHere in a child process with tsx; never throws. */
export function measureInChild(count = 300, runs = 3, timeoutMs = 120_000) {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), String(count), String(runs)],
      { cwd: repo, timeout: timeoutMs, maxBuffer: 1 << 20 }, (err, stdout, stderr) => {
        try { resolve(JSON.parse(stdout.trim().split('\n').pop())); }
        catch { resolve({ skipped: `extraction run failed: ${(err?.killed ? 'timed out' : String(stderr || err?.message || 'no output').trim().split('\n').slice(-1)[0]).slice(0, 200)}` }); }
      });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = await measureHere(Number(process.argv[2] ?? 300), Number(process.argv[3] ?? 3));
  process.stdout.write(`${JSON.stringify(result)}\n`);
}
