// The built script-tag bundle on a page with a strict Content-Security-Policy (issue 8): no
// 'unsafe-inline', no 'unsafe-eval'. It must draw, fetch `src`, and handle hover, selection,
// wheel, keys and the overview brush without a single CSP violation; inline `style` attributes
// would be blocked, so sizes and positions must go through the CSSOM. Needs `npm run build`.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium.js';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'";

// Recorded before the bundle runs: every violation the page reports.
const PROBE = `window.violations = [];
document.addEventListener('securitypolicyviolation', (e) => window.violations.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sample || '') + ' ' + e.sourceFile + ':' + e.lineNumber));`;

const page = (bundle: string) => `<!doctype html><html lang="en"><meta charset="utf-8"><title>CSP</title>
<script src="/probe.js"></script>
${bundle}
<body>
<diplo-timeline id="bundled" start="2015-01-01" end="2016-12-31"></diplo-timeline>
<diplo-timeline id="fetched" src="/events.json" start="2015-01-01" end="2016-12-31" theme="dark"></diplo-timeline>
</body></html>`;

const files: Record<string, [string, () => string | Buffer]> = {
  '/iife.html': ['text/html', () => page('<script src="/dist/diplo-timeline.iife.min.js"></script>')],
  '/esm.html': ['text/html', () => page('<script type="module" src="/dist/diplo-timeline.bundled.min.js"></script>')],
  '/probe.js': ['text/javascript', () => PROBE],
  '/events.json': ['application/json', () => readFileSync(`${repo}test/fixtures/events-small.json`)],
  '/dist/diplo-timeline.iife.min.js': ['text/javascript', () => readFileSync(`${repo}dist/diplo-timeline.iife.min.js`)],
  '/dist/diplo-timeline.bundled.min.js': ['text/javascript', () => readFileSync(`${repo}dist/diplo-timeline.bundled.min.js`)],
};

let server: Server;
let browser: Browser;
let origin: string;

before(async () => {
  assert.ok(existsSync(`${repo}dist/diplo-timeline.iife.min.js`), 'dist/ is missing: run `npm run build` first');
  server = createServer((req, res) => {
    const file = files[new URL(req.url ?? '/', 'http://x').pathname];
    if (!file) return void res.writeHead(req.url === '/favicon.ico' ? 204 : 404).end();
    res.writeHead(200, { 'content-type': file[0], 'content-security-policy': CSP, 'cache-control': 'no-store' }).end(file[1]());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  server?.close();
});

/** Centre of a node inside a timeline's shadow root, in page pixels. */
async function centre(p: Page, host: string, selector: string): Promise<{ x: number; y: number }> {
  return p.evaluate(([h, s]) => {
    const r = document.getElementById(h)!.shadowRoot!.querySelector(s)!.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }, [host, selector] as const);
}

for (const kind of ['iife', 'esm'] as const) {
  describe(`the ${kind} bundle under a strict CSP`, () => {
    it('draws, fetches src and handles hover, selection, wheel, keys and the brush with no CSP violation', async () => {
      const p = await browser.newPage({ viewport: { width: 1000, height: 900 } });
      const problems: string[] = [];
      p.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
      p.on('console', (m) => {
        if (m.type() === 'error' || /Content Security Policy|Refused/i.test(m.text())) problems.push(`console: ${m.text()}`);
      });
      const response = await p.goto(`${origin}/${kind}.html`);
      assert.equal(response?.headers()['content-security-policy'], CSP);
      const drawn = (id: string) => p.evaluate((h) => document.getElementById(h)!.shadowRoot!.querySelectorAll('[part~="event"]').length, id);
      await p.waitForFunction(() => ['bundled', 'fetched'].every((h) => document.getElementById(h)?.shadowRoot?.querySelector('[part~="event"]')), null, { timeout: 10000 });
      assert.ok((await drawn('bundled')) > 0);
      assert.ok((await drawn('fetched')) > 0);
      const violations = () => p.evaluate(() => (window as unknown as { violations: string[] }).violations);
      assert.deepEqual(await violations(), [], 'first render');

      // Hover: the tooltip is placed by its inline position, which was applied, not blocked.
      const mark = await centre(p, 'fetched', '[part~="event"] .mark');
      await p.mouse.move(mark.x, mark.y);
      await p.waitForFunction(() => document.getElementById('fetched')!.shadowRoot!.querySelector('[part~="tooltip"]'), null, { timeout: 5000 });
      const tip = await p.evaluate(() => {
        const t = document.getElementById('fetched')!.shadowRoot!.querySelector<HTMLElement>('[part~="tooltip"]')!;
        return { inline: t.style.left, computed: getComputedStyle(t).left };
      });
      assert.match(tip.inline, /^\d+(\.\d+)?px$/);
      assert.equal(tip.computed, tip.inline);

      // Click: the card opens. Keys: arrows and zoom. Wheel: zoom. Brush: drag in the overview.
      await p.mouse.click(mark.x, mark.y);
      await p.waitForFunction(() => document.getElementById('fetched')!.shadowRoot!.querySelector('[part~="card"]'), null, { timeout: 5000 });
      await p.keyboard.press('Escape');
      await p.keyboard.press('ArrowRight');
      await p.keyboard.press('+');
      const before = await p.evaluate(() => (document.getElementById('bundled') as unknown as { visibleRange: { start: Date; end: Date } }).visibleRange.end.getTime() - (document.getElementById('bundled') as unknown as { visibleRange: { start: Date } }).visibleRange.start.getTime());
      const plot = await centre(p, 'bundled', 'svg.plot');
      await p.mouse.move(plot.x, plot.y);
      await p.mouse.wheel(0, -400);
      await p.waitForFunction((b) => {
        const r = (document.getElementById('bundled') as unknown as { visibleRange: { start: Date; end: Date } }).visibleRange;
        return r.end.getTime() - r.start.getTime() < b * 0.9;
      }, before, { timeout: 5000 });
      const overview = await centre(p, 'bundled', '[part~="overview"]');
      await p.mouse.move(overview.x - 200, overview.y);
      await p.mouse.down();
      await p.mouse.move(overview.x - 100, overview.y, { steps: 5 });
      await p.mouse.up();
      await p.waitForTimeout(300);

      assert.deepEqual(await violations(), [], 'after the interactions');
      assert.deepEqual(problems, []);
      await p.close();
    });
  });
}
