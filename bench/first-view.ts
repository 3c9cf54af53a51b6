/**
 * The first view on a slow phone, in a real browser: Chromium with
 * DevTools-style throttling (150 ms round trips, 1.6 Mbit/s down, CPU 4×
 * slower; Lighthouse's mobile numbers, but applied, not simulated). For each
 * load: first contentful paint, the largest contentful paint (on the
 * dashboard, the header's line with the feed's time) and the stations drawn.
 *
 * Blocking time is Lighthouse's Total Blocking Time measured on this real,
 * throttled load: every task's time over 50 ms between the first contentful
 * paint and the quiet after the stations are drawn (3 s without a long task).
 * On a phone, a linked article covers the map, which is not drawn until the
 * article closes: there the quiet is counted from the article's appearance,
 * and "stations drawn" is left empty.
 *
 * Lighthouse simulates its mobile timings from one fast load; on a shared
 * machine its blocking-time figure swings by 2–3× between runs. This script
 * compares two builds load by load instead, in ABBA order, and reports
 * medians and the median of the per-pair ratios.
 *
 *   tsx bench/first-view.ts --base <dist of the earlier build> [--dist dist] [--pairs 10] [--path /?lang=en] [--phone]
 *
 * `--phone` loads at Lighthouse's mobile screen (412×823 CSS pixels, pixel
 * ratio 1.75, touch) instead of a 1280×720 laptop window. `--cpu-only` keeps
 * the CPU 4× slower but the network as it is: the main thread's work alone,
 * with far less spread between loads than over a throttled network.
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
  /** NaN when the page shows an article over the map instead. */
  readonly drawn: number;
  readonly blocking: number;
  /** Tasks over 50 ms in the blocking-time window. */
  readonly longTasks: number;
}

/** Lighthouse's phone: its screen, pixel ratio and touch. */
const PHONE = {
  viewport: { width: 412, height: 823 },
  deviceScaleFactor: 1.75,
  isMobile: true,
  hasTouch: true,
} as const;
/** Quiet time after the stations are drawn that ends the blocking-time window (Lighthouse waits 5 s). */
const QUIET_MS = 3000;
/** An article a link opened, shown (on a phone, over the whole map). */
const ARTICLE = 'article.news-article';

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
  phone: boolean,
  slowNetwork: boolean,
): Promise<FirstView> {
  const context = await browser.newContext(phone ? PHONE : {});
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    if (slowNetwork) {
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: THROTTLING.latency,
        downloadThroughput: THROTTLING.downloadThroughput,
        uploadThroughput: THROTTLING.uploadThroughput,
      });
    }
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLING.cpuRate });
    await page.addInitScript(() => {
      const paints: number[] = [];
      const tasks: { start: number; end: number }[] = [];
      Object.defineProperty(window, '__firstViewLcp', { value: paints });
      Object.defineProperty(window, '__firstViewTasks', { value: tasks });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) paints.push(entry.startTime);
      }).observe({ type: 'largest-contentful-paint', buffered: true });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          tasks.push({ start: entry.startTime, end: entry.startTime + entry.duration });
      }).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(server.origin + path);
    const shown = await page.waitForFunction(
      ({ name, article }) =>
        performance.getEntriesByName(name, 'mark')[0]?.startTime ??
        (document.querySelector(article) ? performance.now() : false),
      { name: STATIONS_RENDERED_MARK, article: ARTICLE },
      { timeout: 30_000, polling: 100 },
    );
    const shownAt = (await shown.jsonValue()) as number;
    // The window ends after QUIET_MS without a long task (at most 20 s after the draw).
    await page.waitForFunction(
      ({ quiet, shownAt }) => {
        const tasks = (window as unknown as { __firstViewTasks: { end: number }[] })
          .__firstViewTasks;
        const since = Math.max(shownAt, tasks.at(-1)?.end ?? 0);
        return performance.now() - since > quiet;
      },
      { quiet: QUIET_MS, shownAt },
      { timeout: 20_000 + QUIET_MS, polling: 250 },
    );
    return await page.evaluate((name) => {
      const lcp = (window as unknown as { __firstViewLcp: number[] }).__firstViewLcp;
      const tasks = (window as unknown as { __firstViewTasks: { start: number; end: number }[] })
        .__firstViewTasks;
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
      // As Lighthouse: only the part of a task after the first contentful paint counts.
      const after = tasks.filter((task) => task.end - Math.max(task.start, fcp) > 50);
      const blocking = after.reduce(
        (sum, task) => sum + task.end - Math.max(task.start, fcp) - 50,
        0,
      );
      return {
        fcp,
        lcp: lcp.at(-1) ?? Number.NaN,
        drawn: performance.getEntriesByName(name, 'mark')[0]?.startTime ?? Number.NaN,
        blocking,
        longTasks: after.length,
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
      phone: { type: 'boolean', default: false },
      'cpu-only': { type: 'boolean', default: false },
    },
  });
  if (!values.base) throw new Error('--base <dist of the build to compare with> is required');
  const pairs = Number(values.pairs);
  const slowNetwork = !values['cpu-only'];
  const builds = { base: resolve(values.base), app: resolve(values.dist) };
  const servers = {
    base: await startStaticServer([{ prefix: '/', dirs: [builds.base] }]),
    app: await startStaticServer([{ prefix: '/', dirs: [builds.app] }]),
  };
  const browser = await launchChromium();
  const runs: { base: FirstView; app: FirstView }[] = [];
  try {
    // One warm-up load each, discarded: the first load of a process pays for its own start.
    await loadOnce(browser, servers.base, values.path, values.phone, slowNetwork);
    await loadOnce(browser, servers.app, values.path, values.phone, slowNetwork);
    for (let pair = 0; pair < pairs; pair++) {
      const order = pair % 2 === 0 ? (['base', 'app'] as const) : (['app', 'base'] as const);
      const views: Partial<Record<'base' | 'app', FirstView>> = {};
      for (const build of order)
        views[build] = await loadOnce(
          browser,
          servers[build],
          values.path,
          values.phone,
          slowNetwork,
        );
      runs.push({ base: views.base!, app: views.app! });
    }
  } finally {
    await browser.close();
    await Promise.all([servers.base.close(), servers.app.close()]);
  }

  // A page whose stations are not drawn (an article over the map) has no figure for it.
  const ms = (s: Spread) =>
    Number.isNaN(s.median)
      ? '—'
      : `${Math.round(s.median)} ms (${Math.round(s.min)}–${Math.round(s.max)})`;
  const count = (s: Spread) => `${s.median} (${s.min}–${s.max})`;
  const lines = [
    `### First view, ${values.path}${values.phone ? ' (phone screen)' : ''}: ${pairs} ABBA pairs, ` +
      `${slowNetwork ? '150 ms RTT, 1.6 Mbit/s' : 'network not throttled'}, CPU 4×`,
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
    ['Blocking time after first paint', 'blocking'],
    ['Long tasks after first paint', 'longTasks'],
  ] as const) {
    const ratio = pairRatios(runs.map((run) => ({ app: run.app[key], floor: run.base[key] })));
    const show = key === 'longTasks' ? count : ms;
    lines.push(
      `| ${label} | ${show(spread(runs.map((run) => run.base[key])))} | ` +
        `${show(spread(runs.map((run) => run.app[key])))} | ` +
        `${Number.isNaN(ratio.median) ? '—' : `${ratio.median.toFixed(2)}×`} |`,
    );
  }
  console.log(lines.join('\n'));
}

await main();
