import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium';
import { startStaticServer } from '../lib/static-server';
const dist = process.argv[2]!;
const path = process.argv[3] ?? '/?station=279&news=gumi-americas-delegation';
const server = await startStaticServer([{ prefix: '/', dirs: [dist] }]);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const rows: string[] = [];
for (let i = 0; i < 7; i++) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(() => {
    (window as any).__lcp = [];
    new PerformanceObserver((l) => { for (const e of l.getEntries()) (window as any).__lcp.push([Math.round(e.startTime), (e as any).element?.tagName + '.' + (e as any).element?.className]); }).observe({ type: 'largest-contentful-paint', buffered: true });
  });
  await page.goto(server.origin + path);
  await page.waitForTimeout(2500);
  const r = await page.evaluate(() => {
    const res = performance.getEntriesByType('resource').filter((e) => /early-req|news-article-slot|news\.json|main-|messages\.en/.test(e.name)).map((e) => `${e.name.replace(/.*\//, '').slice(0, 18)}:${Math.round(e.startTime)}-${Math.round((e as PerformanceResourceTiming).responseEnd)}`);
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
    const art = performance.getEntriesByName('nalssi:stations-rendered')[0]?.startTime;
    return `FCP ${Math.round(fcp ?? 0)} drawn ${Math.round(art ?? 0)} LCP ${JSON.stringify((window as any).__lcp)} ${res.join(' ')}`;
  });
  rows.push(r);
  await context.close();
}
console.log(rows.join('\n'));
await browser.close();
await server.close();
