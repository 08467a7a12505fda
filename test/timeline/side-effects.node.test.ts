// A bundler that builds from our sources (a monorepo alias, a CDN that compiles src/, esbuild on
// src/index.ts) reads package.json `sideEffects` to decide which bare `import './x.js'` it may
// drop. The module that registers <diplo-timeline> must survive that, or the element silently
// never upgrades.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../..', import.meta.url));
// esbuild comes with @web/dev-server-esbuild (the browser tests' TypeScript loader).
const require = createRequire(createRequire(import.meta.url).resolve('@web/dev-server-esbuild'));
const esbuild = require('esbuild') as typeof import('esbuild');

async function bundle(contents: string): Promise<{ code: string; warnings: string[] }> {
  const result = await esbuild.build({
    stdin: { contents, resolveDir: repo, loader: 'ts', sourcefile: 'consumer.ts' },
    bundle: true, write: false, format: 'esm', logLevel: 'silent', conditions: ['production'],
  });
  return { code: result.outputFiles[0].text, warnings: result.warnings.map((w) => w.text) };
}

describe('package.json sideEffects and bundlers that read our sources', () => {
  it('keeps the registration when src/index.ts is imported for its side effect', async () => {
    const { code, warnings } = await bundle(`import './src/index.ts';`);
    assert.match(code, /customElements\.define\(\s*"diplo-timeline"/);
    assert.deepEqual(warnings.filter((w) => /sideEffects/.test(w)), []);
  });

  it('keeps the registration when only the class is imported from src/index.ts', async () => {
    const { code } = await bundle(`import { DiploTimeline } from './src/index.ts'; export const C = DiploTimeline;`);
    assert.match(code, /customElements\.define\(\s*"diplo-timeline"/);
  });

  it('keeps the bundled dataset of the script-tag entry', async () => {
    const { code } = await bundle(`import './src/bundle.ts';`);
    assert.match(code, /defaultEvents \?\?=/);
  });
});
