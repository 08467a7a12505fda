// Where the bytes of the script-tag bundle (without the dataset) go: `node bench/module-sizes.mjs`.
// Builds the IIFE of src/index.ts like bundle-size.mjs, then minifies each module's rendered code
// on its own (same terser options) and gzips it. Per-module gzip figures do not add up to the
// whole (gzip shares a dictionary across modules), so the table also prints each package's share
// of the summed figure applied to the real total.
import { gzipSync } from 'node:zlib';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minify } from 'terser';
import { generateWithoutDataset } from './bundle-size.mjs';

const repo = fileURLToPath(new URL('..', import.meta.url));
const chunk = await generateWithoutDataset();
const whole = chunk.code;
const total = { min: whole.length, gzip: gzipSync(whole, { level: 9 }).length };

const rows = [];
for (const [id, m] of Object.entries(chunk.modules)) {
  if (!m.code || !m.code.trim()) continue;
  const r = await minify(m.code, { module: false, toplevel: false, compress: { unused: false }, mangle: true, format: { comments: false } });
  const code = r.code ?? '';
  const rel = relative(repo, id).replace(/^node_modules\//, '');
  const pkg = rel.startsWith('src/') ? rel : rel.startsWith('@') ? rel.split('/').slice(0, 2).join('/') : rel.split('/')[0];
  rows.push({ module: rel, pkg, min: code.length, gzip: gzipSync(code, { level: 9 }).length });
}
const byPkg = new Map();
for (const r of rows) {
  const p = byPkg.get(r.pkg) ?? { min: 0, gzip: 0, modules: 0 };
  p.min += r.min; p.gzip += r.gzip; p.modules++;
  byPkg.set(r.pkg, p);
}
const sumGzip = rows.reduce((s, r) => s + r.gzip, 0);
const kb = (n) => (n / 1000).toFixed(1); // decimal KB, as bench/report.mjs
console.log(`whole bundle: ${kb(total.min)} KB min, ${kb(total.gzip)} KB min+gzip (${total.gzip} bytes; KB = 1,000 bytes)`);
console.log(`\n| package / module | modules | min KB | gzip alone KB | ~share of total KB |\n|---|--:|--:|--:|--:|`);
for (const [pkg, p] of [...byPkg].sort((a, b) => b[1].gzip - a[1].gzip)) {
  console.log(`| ${pkg} | ${p.modules} | ${kb(p.min)} | ${kb(p.gzip)} | ${kb((p.gzip / sumGzip) * total.gzip)} |`);
}
if (process.argv.includes('--modules')) {
  console.log(`\n| module | min | gzip |\n|---|--:|--:|`);
  for (const r of rows.sort((a, b) => b.gzip - a.gzip)) console.log(`| ${r.module} | ${r.min} | ${r.gzip} |`);
}
