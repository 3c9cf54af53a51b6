/**
 * Screenshots of the built app at the phone, tablet and laptop sizes in the
 * light and the dark theme, for a person to look at (this is not a test):
 *   npx vite build && npx tsx scripts/screens.ts [outDir]
 * Serves dist/ on 127.0.0.1 on a free port, writes PNGs (default
 * test-results/screens/) and stops the server again.
 */
import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';
import { startStaticServer } from '../tests/e2e/support/static-server';

const outDir = process.argv[2] ?? 'test-results/screens';

const SIZES = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'tablet', width: 768, height: 1024 },
  { name: 'laptop', width: 1366, height: 768 },
] as const;
const SCHEMES = ['light', 'dark'] as const;

/** What each shot shows: a URL and, optionally, what to do before taking it. */
const SCENES: readonly {
  name: string;
  query: string;
  prepare?: (page: Page) => Promise<void>;
  phoneOnly?: boolean;
  /** On a phone it covers the whole map, which is then not drawn until it closes. */
  coversMapOnPhone?: boolean;
}[] = [
  { name: 'dashboard', query: '' },
  { name: 'details', query: '?station=279' },
  { name: 'article', query: '?news=gumi-americas-delegation', coversMapOnPhone: true },
  { name: 'english-filtered', query: '?lang=en&sky=clear' },
  {
    name: 'sheet-open',
    query: '?sky=partly-cloudy',
    phoneOnly: true,
    prepare: (page) => page.locator('.sheet-toggle').click(),
  },
];

/** Wait until the map has drawn its stations (the app's own performance mark). */
async function waitForMap(page: Page): Promise<void> {
  await page.waitForFunction(
    () => performance.getEntriesByName('nalssi:stations-rendered', 'mark').length > 0,
    undefined,
    { timeout: 15_000 },
  );
  // Let pans (flyTo) and sheet transitions settle.
  await page.waitForTimeout(900);
}

/** Wait until an article a link opened is shown with its weather. */
async function waitForArticle(page: Page): Promise<void> {
  await page.locator('section.news-article-frame .news-weather > li').first().waitFor();
  await page.waitForTimeout(900);
}

mkdirSync(outDir, { recursive: true });
const server = await startStaticServer({ root: 'dist', port: 0 });
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });

try {
  for (const size of SIZES) {
    for (const scheme of SCHEMES) {
      const context = await browser.newContext({
        viewport: { width: size.width, height: size.height },
        colorScheme: scheme,
        deviceScaleFactor: 1,
        locale: 'ko-KR',
        timezoneId: 'Asia/Seoul',
        hasTouch: size.name !== 'laptop',
      });
      const page = await context.newPage();
      page.on('pageerror', (error) => console.error(`[pageerror] ${error.message}`));
      for (const scene of SCENES) {
        if (scene.phoneOnly && size.name !== 'phone') continue;
        await page.goto(`${origin}/${scene.query}`);
        if (scene.coversMapOnPhone && size.name === 'phone') await waitForArticle(page);
        else await waitForMap(page);
        await scene.prepare?.(page);
        await page.waitForTimeout(400);
        const file = join(outDir, `${size.name}-${scheme}-${scene.name}.png`);
        await page.screenshot({ path: file });
        console.log(file);
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
