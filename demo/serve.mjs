// `npm start`: serves the repository root on localhost so that demo/index.html can load
// ../dist and ../data exactly as a static host would. No dependencies.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.css': 'text/css; charset=utf-8', '.png': 'image/png',
  '.svg': 'image/svg+xml', '.map': 'application/json; charset=utf-8', '.txt': 'text/plain; charset=utf-8',
};

/** Starts the static server; resolves with the server once it listens. */
export function serve({ port = Number(process.env.PORT ?? 8080), host = '127.0.0.1', dir = root } = {}) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (path === '/') {
      res.writeHead(302, { location: '/demo/' }).end();
      return;
    }
    let file = normalize(join(dir, path));
    if (!file.startsWith(normalize(dir + sep)) && file !== normalize(dir)) {
      res.writeHead(403).end('forbidden');
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end(`not found: ${path}`);
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', (err) => {
      // A busy default port should not stop a newcomer: take any free one instead.
      if (err.code === 'EADDRINUSE' && !process.env.PORT) server.listen(0, host, () => resolve(server));
      else reject(err);
    });
    server.listen(port, host, () => resolve(server));
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const server = await serve();
  const { port } = server.address();
  console.log(`diplo-timeline demo: http://127.0.0.1:${port}/demo/  (Ctrl+C to stop)`);
}
