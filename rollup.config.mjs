// One config, four audiences: apps that bundle (ESM, deps external), blogs (one self-contained
// script with the dataset), CDN module users (the same, as ESM), and the Node CLI.
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import json from '@rollup/plugin-json';
import terser from '@rollup/plugin-terser';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const deps = Object.keys(pkg.dependencies ?? {});
const external = (id) => id.startsWith('node:') || deps.some((d) => id === d || id.startsWith(`${d}/`));

/**
 * Resolves `d3-transition` to src/timeline/d3-transition-lite.ts, which says why the component
 * never needs it. A rollup plugin (`resolveId`) and a web-test-runner plugin (`resolveImport`) in
 * one, so the browser tests run exactly the code the self-contained bundles ship.
 */
export function d3TransitionLite() {
  const file = fileURLToPath(new URL('./src/timeline/d3-transition-lite.ts', import.meta.url));
  return {
    name: 'd3-transition-lite',
    resolveId: (id) => (id === 'd3-transition' ? file : undefined),
    // d3-interpolate's dist builds its colour interpolators with unannotated IIFEs, which keep
    // all of d3-color (4 KB gzip) although d3-zoom uses only interpolateZoom. Mark them pure, as
    // d3's sources intend, so rollup drops what nothing uses. (Bundling only: wtr ignores it.)
    transform: (code, id) => (/[\\/]d3-interpolate[\\/]/.test(id) ? code.replace(/(= |return )\(function (\w+)\(/g, '$1/*#__PURE__*/(function $2(') : undefined),
    resolveImport: ({ source }) => (source === 'd3-transition' ? '/src/timeline/d3-transition-lite.ts' : undefined),
  };
}

// noEmitOnError: the plugin otherwise reports type errors as warnings and the build exits 0.
const ts = (options = {}) =>
  typescript({ tsconfig: './tsconfig.json', noEmitOnError: true, include: ['src/**/*.ts'], ...options });

// Source maps of the self-contained bundles hold every dependency's source (600 KB): not shipped.
const selfContained = (format, file) => ({
  input: 'src/bundle.ts',
  output: { file, format, name: format === 'iife' ? 'DiploTimeline' : undefined },
  plugins: [d3TransitionLite(), nodeResolve(), json({ preferConst: true, compact: true }), ts({ sourceMap: false }), terser({ format: { comments: false } })],
});

export default [
  {
    input: 'src/index.ts',
    external,
    output: { file: 'dist/diplo-timeline.js', format: 'es', sourcemap: true },
    // Types only for what the package exports: the element, its events and the schema.
    plugins: [ts({ declaration: true, declarationDir: 'dist/types', include: ['src/index.ts', 'src/events-schema.ts', 'src/timeline/**/*.ts'] })],
  },
  selfContained('iife', 'dist/diplo-timeline.iife.min.js'),
  selfContained('es', 'dist/diplo-timeline.bundled.min.js'),
  {
    input: 'src/cli.ts',
    external,
    output: { file: 'dist/cli.js', format: 'es', banner: '#!/usr/bin/env node', sourcemap: false },
    plugins: [json({ preferConst: true }), ts({ sourceMap: false })],
  },
];
