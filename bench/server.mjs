// A tiny static server for the benchmark pages, on 127.0.0.1 and a random free port. It serves
// only what the pages need (dist/, bench/pages/, the two competitors' packages) plus the synthetic
// documents at /synthetic/<N>.json, generated once per N and kept in memory, so that every library
// fetches and parses exactly the same bytes.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateEventsDocument } from './synthetic-events.mjs';

const repo = fileURLToPath(new URL('..', import.meta.url));
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.css': 'text/css; charset=utf-8', '.map': 'application/json',
};

/**
 * Starts the server.
 * @param {{mounts?: Record<string, string>, seed?: number}} [options] extra URL prefix → directory mounts
 * @returns {Promise<{origin: string, close: () => Promise<void>}>}
 */
export async function startServer({ mounts = {}, seed } = {}) {
  const roots = {
    '/dist/': join(repo, 'dist'),
    '/pages/': join(repo, 'bench', 'pages'),
    '/vis-timeline/': join(repo, 'node_modules', 'vis-timeline'),
    '/timelines-chart/': join(repo, 'node_modules', 'timelines-chart'),
    ...mounts,
  };
  const synthetic = new Map();
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const syn = /^\/synthetic\/(\d+)\.json$/.exec(path);
    if (syn) {
      const n = Number(syn[1]);
      if (!synthetic.has(n)) synthetic.set(n, Buffer.from(JSON.stringify(generateEventsDocument(n, { seed }))));
      res.writeHead(200, { 'content-type': TYPES['.json'], 'cache-control': 'no-store' }).end(synthetic.get(n));
      return;
    }
    const prefix = Object.keys(roots).find((p) => path.startsWith(p));
    if (!prefix) return void res.writeHead(404).end('not found');
    const dir = roots[prefix];
    const file = normalize(join(dir, path.slice(prefix.length)));
    if (!file.startsWith(normalize(dir + sep))) return void res.writeHead(403).end('forbidden');
    try {
      if (!(await stat(file)).isFile()) throw new Error('not a file');
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(await readFile(file));
    } catch {
      res.writeHead(404).end(`not found: ${path}`);
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    /** Pre-generates a synthetic document so its cost never lands inside a timed page. */
    warm: (n) => void (synthetic.has(n) || synthetic.set(n, Buffer.from(JSON.stringify(generateEventsDocument(n, { seed }))))),
    close: () => new Promise((resolve) => { server.closeAllConnections?.(); server.close(() => resolve()); }),
  };
}
