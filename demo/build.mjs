// `npm run build:demo`: writes demo-dist/, a static folder that can be hosted anywhere
// (the demo page, the self-contained script and the dataset, with paths made local).
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';

const out = new URL('../demo-dist/', import.meta.url);
const from = (p) => new URL(`../${p}`, import.meta.url);
await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });
for (const f of ['demo.css', 'demo.js']) await cp(from(`demo/${f}`), new URL(f, out));
await cp(from('dist/diplo-timeline.iife.min.js'), new URL('diplo-timeline.iife.min.js', out));
await cp(from('data/events.json'), new URL('events.json', out));
const html = (await readFile(from('demo/index.html'), 'utf8'))
  .replaceAll('../dist/diplo-timeline.iife.min.js', 'diplo-timeline.iife.min.js')
  .replaceAll('../data/events.json', 'events.json');
await writeFile(new URL('index.html', out), html);
console.log(`demo written to ${new URL(out).pathname}`);
