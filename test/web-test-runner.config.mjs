// Browser tests run in Debian's Chromium (see README). Settings follow TOOLCHAIN.md.
import { existsSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { plainSummary } from './plain-summary-reporter.mjs';
import { d3TransitionLite } from '../rollup.config.mjs';

const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
if (!existsSync(executablePath)) {
  console.error(`Chromium not found at ${executablePath}: install it with "apt-get update && apt-get install -y chromium" or set CHROME_PATH.`);
  process.exit(1);
}

/**
 * Real input that @web/test-runner-commands 0.9 lacks, through the puppeteer page so the browser
 * dispatches trusted events: `wheel` moves the mouse to (x, y) and turns the wheel; `dblclick`
 * double-clicks at (x, y); `touch-emulation` makes the page a touch device; `touch` plays a
 * gesture (one list of [x, y] points per frame, e.g. two fingers spreading for a pinch).
 */
function realInputPlugin() {
  return {
    name: 'diplo-real-input',
    async executeCommand({ command, payload, session }) {
      if (!['wheel', 'dblclick', 'touch-emulation', 'touch'].includes(command)) return undefined;
      const page = session.browser.getPage(session.id);
      if (command === 'touch-emulation') {
        const cdp = await page.createCDPSession();
        await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: payload.enabled, maxTouchPoints: 5 });
        return true;
      }
      if (command === 'touch') {
        // payload.frames: a list of touch-point lists; the first starts, the last ends the gesture.
        const cdp = await page.createCDPSession();
        const { frames } = payload;
        for (let i = 0; i < frames.length; i++) {
          const type = i === 0 ? 'touchStart' : i === frames.length - 1 ? 'touchEnd' : 'touchMove';
          await cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : frames[i].map(([x, y], id) => ({ x, y, id })) });
        }
        return true;
      }
      if (command === 'dblclick') {
        await page.mouse.click(payload.x, payload.y, { count: 2 });
        return true;
      }
      await page.mouse.move(payload.x, payload.y);
      await page.mouse.wheel({ deltaX: payload.deltaX ?? 0, deltaY: payload.deltaY ?? 0 });
      return true;
    },
  };
}

/**
 * CDP probes for the leak tests: `gc` collects garbage; `heap` returns Runtime.getHeapUsage;
 * `listeners` returns the event types listened to on window, document, <html> and <body>;
 * `count-objects` returns, for each payload expression naming a prototype (e.g.
 * "ResizeObserver.prototype"), how many live objects have it in their prototype chain.
 */
function cdpProbePlugin() {
  return {
    name: 'diplo-cdp-probes',
    async executeCommand({ command, payload, session }) {
      if (!['gc', 'heap', 'listeners', 'count-objects'].includes(command)) return undefined;
      const cdp = await session.browser.getPage(session.id).createCDPSession();
      try {
        if (command === 'gc') {
          for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
          return true;
        }
        if (command === 'heap') return await cdp.send('Runtime.getHeapUsage');
        const evaluate = async (expression) => (await cdp.send('Runtime.evaluate', { expression, objectGroup: 'probe' })).result.objectId;
        const out = {};
        if (command === 'listeners') {
          for (const target of ['window', 'document', 'document.documentElement', 'document.body']) {
            const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: await evaluate(target) });
            out[target] = listeners.map((l) => l.type).sort();
          }
        } else {
          await cdp.send('HeapProfiler.collectGarbage');
          for (const expression of payload.prototypes) {
            const { objects } = await cdp.send('Runtime.queryObjects', { prototypeObjectId: await evaluate(expression), objectGroup: 'probe' });
            const { result } = await cdp.send('Runtime.callFunctionOn', { objectId: objects.objectId, functionDeclaration: 'function () { return this.length; }', returnByValue: true });
            out[expression] = result.value;
          }
        }
        await cdp.send('Runtime.releaseObjectGroup', { objectGroup: 'probe' });
        return out;
      } finally {
        await cdp.detach();
      }
    },
  };
}

/**
 * `/__diplo/src?…`: an events document with the failures the `src` tests need, over real HTTP.
 * Query: `status` (default 200); `delay` ms before the headers; `tag` and `n`: `n` day-precision
 * events (default 3) with ids `${tag}-0`…; `body`: `doc` (default), `invalid` (cut-off JSON),
 * `shape` (JSON that is no events document), `huge` (a valid document padded to `bytes` bytes,
 * sent in chunks without a length), `stall` (headers and half a document, then nothing until the
 * client gives up). `/__diplo/log?tag=…` lists that tag's requests: `{body, aborted, finished}`,
 * where `aborted` means the client hung up before the response ended.
 */
function srcEndpoint() {
  const log = [];
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  const documentOf = (tag, n) => JSON.stringify({
    schema: 'diplo-timeline/events@1',
    documents: [],
    events: Array.from({ length: n }, (_, i) => ({
      id: `${tag}-${i}`, start: `2016-01-${String((i % 28) + 1).padStart(2, '0')}`, precision: 'day', type: 'meeting',
      title: { vi: `${tag} ${i}`, en: `${tag} ${i}` }, participants: [], location: null, sources: [],
    })),
  });
  return async (ctx, next) => {
    if (!ctx.path.startsWith('/__diplo/')) return next();
    const q = ctx.query;
    if (ctx.path === '/__diplo/log') {
      ctx.body = log.filter((r) => r.tag === q.tag);
      return undefined;
    }
    const entry = { tag: q.tag ?? '', body: q.body ?? 'doc', aborted: false, finished: false };
    log.push(entry);
    ctx.respond = false;
    const res = ctx.res;
    res.on('close', () => {
      entry.finished = res.writableFinished;
      entry.aborted = !res.writableFinished;
    });
    await sleep(Number(q.delay ?? 0));
    if (res.destroyed) return undefined;
    const doc = documentOf(entry.tag, Number(q.n ?? 3));
    res.writeHead(Number(q.status ?? 200), { 'content-type': 'application/json', 'cache-control': 'no-store' });
    if (entry.body === 'invalid') res.end(doc.slice(0, doc.length >> 1));
    else if (entry.body === 'shape') res.end('{"hello": "world", "items": [1, 2, 3]}');
    else if (entry.body === 'stall') {
      res.write(doc.slice(0, doc.length >> 1));
      for (let i = 0; i < 300 && !res.destroyed; i++) await sleep(100);
      res.end();
    } else if (entry.body === 'huge') {
      const chunk = 'x'.repeat(65536);
      let left = Number(q.bytes) - doc.length - 10;
      res.write(`${doc.slice(0, -1)},"pad":"`);
      while (left > 0 && !res.destroyed) {
        const piece = left >= chunk.length ? chunk : chunk.slice(0, left);
        left -= piece.length;
        if (!res.write(piece)) {
          await new Promise((resolve) => {
            const done = () => resolve(res.off('drain', done).off('close', done));
            res.on('drain', done).on('close', done);
          });
        }
      }
      res.end('"}');
    } else res.end(doc);
    return undefined;
  };
}

const args = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

export default {
  rootDir: '.',
  files: ['test/browser/**/*.test.ts'],
  // The default resolves Lit's development build: a console warning in every test and slower updates.
  nodeResolve: { exportConditions: ['production'] },
  // target 'auto' would send standard decorators to Chromium untranspiled.
  plugins: [esbuildPlugin({ ts: true, json: true, tsconfig: 'tsconfig.json', target: 'es2022' }), realInputPlugin(), cdpProbePlugin(),
    // The same d3-transition stand-in as the self-contained bundles (see rollup.config.mjs).
    d3TransitionLite()],
  middleware: [srcEndpoint()],
  browsers: [chromeLauncher({ launchOptions: { executablePath, args, headless: true } })],
  concurrency: 1,
  staticLogging: !!process.env.CI,
  testFramework: { config: { timeout: 10000 } },
  reporters: [defaultReporter(), plainSummary()],
};
