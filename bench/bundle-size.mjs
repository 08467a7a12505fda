// Bytes a blog pays for one <script> tag, minified and gzipped (gzip -9, as CDNs serve).
// "with dataset" is the shipped dist/diplo-timeline.iife.min.js. "without dataset" is the same
// self-contained IIFE built here from src/index.ts (the entry without the bundled events), into a
// temp dir with rollup's JS API and the same plugins as rollup.config.mjs. The same build without
// terser is what --profile loads, so that a CPU profile names real functions.
import { readFile, mkdtemp, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('..', import.meta.url));

/** min and min+gzip byte counts of a file's contents. */
export const sizesOf = (buf) => ({ min: buf.length, gzip: gzipSync(buf, { level: 9 }).length });

/**
 * Generates the IIFE of `src/index.ts` (no dataset) with the plugins of rollup.config.mjs; the
 * output chunk also lists the rendered code of each module (see module-sizes.mjs).
 * @param {{minify?: boolean}} [options]
 * @returns {Promise<import('rollup').OutputChunk>}
 */
export async function generateWithoutDataset({ minify = true } = {}) {
  const { rollup } = await import('rollup');
  const { nodeResolve } = await import('@rollup/plugin-node-resolve');
  const { default: typescript } = await import('@rollup/plugin-typescript');
  const { default: terser } = await import('@rollup/plugin-terser');
  const { d3TransitionLite } = await import('../rollup.config.mjs');
  const bundle = await rollup({
    input: join(repo, 'src/index.ts'),
    plugins: [
      d3TransitionLite(),
      nodeResolve(),
      typescript({ tsconfig: join(repo, 'bench/tsconfig.bundle.json'), noEmitOnError: false, include: ['src/**/*.ts'], sourceMap: false, outputToFilesystem: false }),
    ],
    onwarn: () => {},
  });
  const { output } = await bundle.generate({ format: 'iife', name: 'DiploTimeline', plugins: minify ? [terser({ format: { comments: false } })] : [] });
  await bundle.close();
  return output[0];
}

/**
 * Builds the IIFE of `src/index.ts` (no dataset) into a temp dir.
 * @param {{minify?: boolean, dir?: string}} [options]
 * @returns {Promise<string>} the path of the written file
 */
export async function buildWithoutDataset({ minify = true, dir } = {}) {
  const out = dir ?? (await mkdtemp(join(tmpdir(), 'diplo-bench-')));
  const file = join(out, minify ? 'diplo-timeline.nodata.iife.min.js' : 'diplo-timeline.nodata.iife.js');
  await writeFile(file, (await generateWithoutDataset({ minify })).code);
  return file;
}

/**
 * Sizes of our script (without and with the dataset) and of the competitors' script-tag builds.
 * Each entry is {min, gzip} in bytes, or {error} when it could not be built or read.
 */
export async function measureBundles({ tempDir, withDataset } = {}) {
  const attempt = async (fn) => { try { return await fn(); } catch (err) { return { error: String(err?.message ?? err).split('\n')[0] }; } };
  const read = async (rel) => sizesOf(await readFile(join(repo, rel)));
  return {
    diploWithoutDataset: await attempt(async () => sizesOf(await readFile(await buildWithoutDataset({ dir: tempDir })))),
    diploWithDataset: await attempt(async () => (withDataset ? sizesOf(await readFile(withDataset)) : read('dist/diplo-timeline.iife.min.js'))),
    visTimeline: await attempt(() => read('node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js')),
    timelinesChart: await attempt(() => read('node_modules/timelines-chart/dist/timelines-chart.min.js')),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(JSON.stringify(await measureBundles(), null, 2));
}
