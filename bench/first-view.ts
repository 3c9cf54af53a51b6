/**
 * The first view on a slow phone, in a real browser: Chromium with
 * DevTools-style throttling (150 ms round trips, 1.6 Mbit/s down, CPU 4×
 * slower; Lighthouse's mobile numbers, but applied, not simulated). For each
 * load: first contentful paint, the largest contentful paint (on the
 * dashboard, the header's line with the feed's time) and the stations drawn.
 *
 * Lighthouse simulates its mobile timings from one fast load; on a shared
 * machine its blocking-time figure swings by 2–3× between runs. This script
 * compares two builds load by load instead, in ABBA order, and reports
 * medians and the median of the per-pair ratios.
 *
 *   tsx bench/first-view.ts --base <dist of the earlier build> [--dist dist] [--pairs 10] [--path /?lang=en]
 */
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { launchChromium } from './lib/chromium';
import { DEFAULT_DIST } from './lib/paths';
import { STATIONS_RENDERED_MARK } from './lib/probe-state';
import { startStaticServer, type StaticServer } from './lib/static-server';
import { pairRatios, spread, type Spread } from './lib/stats';

interface FirstView {
  readonly fcp: number;
  readonly lcp: number;
  readonly drawn: number;
}

const THROTTLING = {
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
  cpuRate: 4,
};

async function loadOnce(
  browser: Awaited<ReturnType<typeof launchChromium>>,
  server: StaticServer,
  path: string,
): Promise<FirstView> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: THROTTLING.latency,
      downloadThroughput: THROTTLING.downloadThroughput,
      uploadThroughput: THROTTLING.uploadThroughput,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLING.cpuRate });
    await page.addInitScript(() => {
      const paints: number[] = [];
      Object.defineProperty(window, '__firstViewLcp', { value: paints });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) paints.push(entry.startTime);
      }).observe({ type: 'largest-contentful-paint', buffered: true });
    });
    await page.goto(server.origin + path);
    await page.waitForFunction(
      (name) => performance.getEntriesByName(name, 'mark').length > 0,
      STATIONS_RENDERED_MARK,
      { timeout: 30_000, polling: 100 },
    );
    return await page.evaluate((name) => {
      const lcp = (window as unknown as { __firstViewLcp: number[] }).__firstViewLcp;
      return {
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
        lcp: lcp.at(-1) ?? Number.NaN,
        drawn: performance.getEntriesByName(name, 'mark')[0]!.startTime,
      };
    }, STATIONS_RENDERED_MARK);
  } finally {
    await context.close();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      base: { type: 'string' },
      dist: { type: 'string', default: DEFAULT_DIST },
      pairs: { type: 'string', default: '10' },
      path: { type: 'string', default: '/' },
    },
  });
  if (!values.base) throw new Error('--base <dist of the build to compare with> is required');
  const pairs = Number(values.pairs);
  const builds = { base: resolve(values.base), app: resolve(values.dist) };
  const servers = {
    base: await startStaticServer([{ prefix: '/', dirs: [builds.base] }]),
    app: await startStaticServer([{ prefix: '/', dirs: [builds.app] }]),
  };
  const browser = await launchChromium();
  const runs: { base: FirstView; app: FirstView }[] = [];
  try {
    // One warm-up load each, discarded: the first load of a process pays for its own start.
    await loadOnce(browser, servers.base, values.path);
    await loadOnce(browser, servers.app, values.path);
    for (let pair = 0; pair < pairs; pair++) {
      const order = pair % 2 === 0 ? (['base', 'app'] as const) : (['app', 'base'] as const);
      const views: Partial<Record<'base' | 'app', FirstView>> = {};
      for (const build of order)
        views[build] = await loadOnce(browser, servers[build], values.path);
      runs.push({ base: views.base!, app: views.app! });
    }
  } finally {
    await browser.close();
    await Promise.all([servers.base.close(), servers.app.close()]);
  }

  const ms = (s: Spread) =>
    `${Math.round(s.median)} ms (${Math.round(s.min)}–${Math.round(s.max)})`;
  const lines = [
    `### First view, ${values.path}: ${pairs} ABBA pairs, 150 ms RTT, 1.6 Mbit/s, CPU 4×`,
    '',
    `Base: ${builds.base} · this build: ${builds.app}`,
    '',
    '| Metric | Base, median (min–max) | This build, median (min–max) | This/base (median of pairs) |',
    '| ------ | ---------------------- | ---------------------------- | --------------------------- |',
  ];
  for (const [label, key] of [
    ['First contentful paint', 'fcp'],
    ['Largest contentful paint', 'lcp'],
    ['Stations drawn', 'drawn'],
  ] as const) {
    const ratio = pairRatios(runs.map((run) => ({ app: run.app[key], floor: run.base[key] })));
    lines.push(
      `| ${label} | ${ms(spread(runs.map((run) => run.base[key])))} | ` +
        `${ms(spread(runs.map((run) => run.app[key])))} | ${ratio.median.toFixed(2)}× |`,
    );
  }
  console.log(lines.join('\n'));
}

await main();
