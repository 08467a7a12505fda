// Browser tests run in Debian's Chromium (see README). Settings follow TOOLCHAIN.md.
import { existsSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { plainSummary } from './plain-summary-reporter.mjs';

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

const args = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

export default {
  rootDir: '.',
  files: ['test/browser/**/*.test.ts'],
  // The default resolves Lit's development build: a console warning in every test and slower updates.
  nodeResolve: { exportConditions: ['production'] },
  // target 'auto' would send standard decorators to Chromium untranspiled.
  plugins: [esbuildPlugin({ ts: true, json: true, tsconfig: 'tsconfig.json', target: 'es2022' }), realInputPlugin()],
  browsers: [chromeLauncher({ launchOptions: { executablePath, args, headless: true } })],
  concurrency: 1,
  staticLogging: !!process.env.CI,
  testFramework: { config: { timeout: 10000 } },
  reporters: [defaultReporter(), plainSummary()],
};
