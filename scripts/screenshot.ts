/**
 * Take screenshots of a running build, for looking at what we ship:
 *   npx tsx scripts/screenshot.ts http://127.0.0.1:4173/ out.png [width] [height] [dark]
 */
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';

const [
  url = 'http://127.0.0.1:4173/',
  out = 'screenshot.png',
  width = '1366',
  height = '768',
  scheme = 'light',
] = process.argv.slice(2);

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const page = await browser.newPage({
  viewport: { width: Number(width), height: Number(height) },
  colorScheme: scheme === 'dark' ? 'dark' : 'light',
  deviceScaleFactor: 1,
});
page.on('console', (message) => console.log(`[console.${message.type()}]`, message.text()));
page.on('pageerror', (error) => console.log('[pageerror]', error.message));
await page.goto(url);
await page.waitForTimeout(2500);
await page.screenshot({ path: out });
await browser.close();
