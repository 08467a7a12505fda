// Consumer tests (run by `npm test` after the build): install the real packed package in a temp
// folder, as a user would, and use it the four ways the README shows. Nothing here reads src/.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { launchChromium } from './chromium.js';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { serve } from '../../demo/serve.mjs';
import { readmeSnippet } from './readme-snippets.js';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const run = (cmd: string, args: string[], cwd: string) =>
  execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

let dir: string;
let browser: Browser;
let server: import('node:http').Server;
let origin: string;

before(async () => {
  assert.ok(existsSync(join(repo, 'dist/diplo-timeline.iife.min.js')), 'dist/ is missing: run `npm run build` first');
  dir = mkdtempSync(join(tmpdir(), 'diplo-consumer-'));
  // The build already ran; pack exactly what `files` lists without building again.
  const tarball = run('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', dir], repo).trim().split('\n').pop()!;
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--silent', join(dir, tarball)], dir);
  server = await serve({ dir, port: 0 });
  origin = `http://127.0.0.1:${(server.address() as import('node:net').AddressInfo).port}`;
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Opens a page that may reach nothing but our localhost server; returns the URLs it asked for. */
async function openPage(path: string) {
  const page = await browser.newPage();
  const requested: string[] = [];
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.route('**/*', (route) => {
    const url = route.request().url();
    requested.push(url);
    return url.startsWith(origin) ? route.continue() : route.abort();
  });
  await page.goto(`${origin}/${path}`);
  return { page, requested, errors };
}

/** Ids of the drawn event marks inside the first <diplo-timeline>, once some are drawn. */
async function drawnEventIds(page: import('playwright-core').Page): Promise<string[]> {
  await page.waitForFunction(() => document.querySelector('diplo-timeline')?.shadowRoot?.querySelector('[part~="event"]'), null, { timeout: 10000 });
  return page.evaluate(() =>
    [...document.querySelector('diplo-timeline')!.shadowRoot!.querySelectorAll('[part~="event"]')].map((n) => n.getAttribute('data-event-id')!),
  );
}

describe('the packed package', () => {
  it('ships only dist, data, the manifest, README and LICENSE', () => {
    const listing = JSON.parse(run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], repo))[0].files.map((f: { path: string }) => f.path);
    for (const path of listing) assert.match(path, /^(dist\/|data\/|custom-elements\.json$|README\.md$|LICENSE$|package\.json$)/, path);
    for (const required of ['dist/diplo-timeline.iife.min.js', 'dist/diplo-timeline.js', 'dist/cli.js', 'dist/types/index.d.ts', 'data/events.json', 'custom-elements.json', 'LICENSE'])
      assert.ok(listing.includes(required), `missing ${required}`);
  });

  it('draws the bundled events from the README embed snippet, with no other network access', async () => {
    const snippet = readmeSnippet('embed').replace('https://unpkg.com/diplo-timeline', '/node_modules/diplo-timeline/dist/diplo-timeline.iife.min.js');
    writeFileSync(join(dir, 'embed.html'), `<!doctype html><meta charset="utf-8"><body>${snippet}</body>`);
    const { page, requested, errors } = await openPage('embed.html');
    const ids = await drawnEventIds(page);
    const dataset = JSON.parse(readFileSync(join(dir, 'node_modules/diplo-timeline/data/events.json'), 'utf8'));
    const known = new Set(dataset.events.map((e: { id: string }) => e.id));
    assert.ok(ids.length > 0 && ids.every((id) => known.has(id)), `drew ${ids.join(', ')}`);
    assert.deepEqual(requested.map((u) => new URL(u).pathname), ['/embed.html', '/node_modules/diplo-timeline/dist/diplo-timeline.iife.min.js']);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('registers safely when the script is loaded twice and beside the ESM copy', async () => {
    const dist = '/node_modules/diplo-timeline/dist';
    writeFileSync(join(dir, 'twice.html'), `<!doctype html><meta charset="utf-8"><body>
      <script src="${dist}/diplo-timeline.iife.min.js"></script>
      <script src="${dist}/diplo-timeline.iife.min.js"></script>
      <script type="module" src="${dist}/diplo-timeline.bundled.min.js"></script>
      <diplo-timeline lang="en"></diplo-timeline></body>`);
    const { page, errors } = await openPage('twice.html');
    assert.ok((await drawnEventIds(page)).length > 0);
    await page.waitForLoadState('load');
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('bundles with rollup from the README import snippet and draws the app’s own events', async () => {
    mkdirSync(join(dir, 'app'), { recursive: true });
    const events = [
      { id: 'a', start: '2016-02-08', precision: 'day', type: 'meeting', title: { vi: 'Gặp A', en: 'Meet A' }, participants: [], location: null, sources: [] },
      { id: 'b', start: '2017-06-01', precision: 'day', type: 'call', title: { vi: 'Gọi B', en: 'Call B' }, participants: [], location: null, sources: [] },
    ];
    writeFileSync(join(dir, 'app/main.js'), `const myEvents = ${JSON.stringify(events)};\n${readmeSnippet('import')}\nwindow.selected = [];\ndocument.querySelector('diplo-timeline').addEventListener('diplo-select', (e) => window.selected.push(e.detail.event.id));\n`);
    const bundle = await rollup({ input: join(dir, 'app/main.js'), plugins: [nodeResolve({ rootDir: dir, exportConditions: ['production'] })] });
    await bundle.write({ file: join(dir, 'app/bundle.js'), format: 'es' });
    await bundle.close();
    writeFileSync(join(dir, 'app/index.html'), '<!doctype html><meta charset="utf-8"><body><diplo-timeline start="2015-01-01" end="2018-01-01"></diplo-timeline><script type="module" src="bundle.js"></script></body>');
    const { page, errors } = await openPage('app/index.html');
    assert.deepEqual((await drawnEventIds(page)).sort(), ['a', 'b']);
    await page.locator('diplo-timeline [data-event-id="a"] .mark').first().click({ timeout: 5000 });
    assert.deepEqual(await page.evaluate(() => (window as unknown as { selected: string[] }).selected), ['a']);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('type-checks a TypeScript consumer with tsc --strict', () => {
    writeFileSync(join(dir, 'consumer.ts'), readFileSync(fileURLToPath(new URL('./typed-consumer.ts.txt', import.meta.url)), 'utf8'));
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({
      compilerOptions: { strict: true, noEmit: true, target: 'ES2022', module: 'ESNext', moduleResolution: 'bundler', lib: ['ES2022', 'DOM'], skipLibCheck: true, types: [] },
      files: ['consumer.ts'],
    }));
    run(process.execPath, [join(repo, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], dir);
  });

  it('runs the CLI of the installed package on an article', () => {
    const out = run('npx', ['--no-install', 'diplo-timeline', 'extract', join(repo, 'seeds/000_cbc7e3660ab725c9.txt')], dir);
    const doc = JSON.parse(out);
    assert.equal(doc.schema, 'diplo-timeline/events@1');
    assert.ok(doc.events.length > 0);
  });
});
