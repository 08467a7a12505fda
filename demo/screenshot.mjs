// Writes demo/screenshot.png (the README's picture) from the built demo in headless Chromium.
// Usage: npm run build && node demo/screenshot.mjs [out.png] [width] [--dark]
import { chromium } from 'playwright-core';
import { serve } from './serve.mjs';

const [out = new URL('./screenshot.png', import.meta.url).pathname, width = '1100'] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const server = await serve({ port: 0 });
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
try {
  const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, colorScheme: process.argv.includes('--dark') ? 'dark' : 'light' });
  await page.goto(`http://127.0.0.1:${server.address().port}/demo/`);
  await page.waitForFunction(() => document.querySelector('diplo-timeline')?.shadowRoot?.querySelector('[part~="event"]'));
  await page.waitForTimeout(300);
  await page.screenshot({ path: out, fullPage: true });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  server.close();
}
