/**
 * One measured page load in a fresh browser context: navigation start → the
 * `nalssi:stations-rendered` mark with the full count, long tasks, JS bytes,
 * retained heap after a forced GC. The feed is served by request interception.
 */
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, CDPSession, Page } from '@playwright/test';
import { MARK_MESSAGE, PROBE_SCRIPT, STATIONS_RENDERED_MARK } from './probe-state';

export const VIEWPORT = { width: 1280, height: 800 } as const;

export interface LoadMetrics {
  /** ms from navigation start to the first mark with the full count. */
  readonly drawnMs: number;
  /**
   * Renderer main-thread CPU time (CDP Performance ThreadTime) when the mark
   * arrived: the work itself, which a busy machine does not stretch the way
   * it stretches wall-clock times.
   */
  readonly mainThreadCpuMs: number;
  /** Long tasks from navigation start until the settle time after the mark. */
  readonly longTaskCount: number;
  readonly longTaskTotalMs: number;
  readonly longTaskMaxMs: number;
  /** V8 heap in use after two forced GCs (CDP Runtime.getHeapUsage). */
  readonly heapBytes: number;
  /** Blink's own garbage-collected heap (DOM objects), for context; not compared. */
  readonly embedderHeapBytes: number;
  /** Sum of encoded (transferred) and decoded body sizes of .js responses. */
  readonly jsTransferBytes: number;
  /** "JavaScript before first draw": gzip bytes of scripts requested before the stations-rendered mark. */
  readonly jsBeforeDrawBytes: number;
  readonly jsDecodedBytes: number;
  readonly jsFiles: number;
  /** `.station-row` elements in the DOM after load (the app's virtual list). */
  readonly listRows: number;
  /** Size of the Leaflet map container, to check both pages draw the same area. */
  readonly mapSize: { readonly width: number; readonly height: number };
}

export interface LoadOptions<T> {
  readonly url: string;
  readonly feedText: string;
  readonly expectedCount: number;
  readonly settleMs?: number;
  readonly timeoutMs?: number;
  /** Runs after the load metrics are taken, before the context closes (interactions). */
  readonly afterLoad?: (page: Page) => Promise<T>;
  /** CPU slowdown for the whole load and its interactions (4 = Lighthouse's mobile profile). */
  readonly cpuSlowdown?: number;
}

/** A fresh context with the probe installed and the feed served by request interception. */
export async function openBenchPage(
  browser: Browser,
  feedText: string,
  timeoutMs = 60_000,
  /** A history feed to serve as `data/history.json` (the time control); none = 404, no control. */
  historyText?: string,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport: VIEWPORT,
    deviceScaleFactor: 1,
    serviceWorkers: 'block',
  });
  await context.addInitScript({ path: fileURLToPath(PROBE_SCRIPT) });
  await context.route('**/data/observations.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: feedText }),
  );
  if (historyText !== undefined) {
    await context.route('**/data/history.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: historyText }),
    );
  }
  const page = await context.newPage();
  page.setDefaultTimeout(timeoutMs);
  return { context, page };
}

/** Navigates and resolves with the startTime of the first mark carrying the full count. */
export async function navigateUntilDrawn(
  page: Page,
  url: string,
  expectedCount: number,
  timeoutMs = 60_000,
): Promise<number> {
  const pageErrors: string[] = [];
  const seen: number[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  let timer: NodeJS.Timeout | undefined;
  const drawn = new Promise<number>((resolve, reject) => {
    page.on('console', function awaitFullMark(message) {
      const [prefix, count, startTime] = message.text().split(' ');
      if (prefix !== MARK_MESSAGE) return;
      seen.push(Number(count));
      if (Number(count) === expectedCount) resolve(Number(startTime));
    });
    timer = setTimeout(() => {
      reject(
        new Error(
          `No ${STATIONS_RENDERED_MARK} mark with count ${expectedCount} at ${url} within ` +
            `${timeoutMs} ms (marks seen: ${JSON.stringify(seen)}; page errors: ${JSON.stringify(pageErrors)})`,
        ),
      );
    }, timeoutMs);
  });
  try {
    await page.goto(url, { waitUntil: 'commit' });
    return await drawn;
  } finally {
    clearTimeout(timer);
  }
}

export async function measureLoad<T = undefined>(
  browser: Browser,
  {
    url,
    feedText,
    expectedCount,
    settleMs = 500,
    timeoutMs = 60_000,
    afterLoad,
    cpuSlowdown = 1,
  }: LoadOptions<T>,
): Promise<{ metrics: LoadMetrics; extra: T | undefined }> {
  const { context, page } = await openBenchPage(browser, feedText, timeoutMs);
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    if (cpuSlowdown > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    const drawnMs = await navigateUntilDrawn(page, url, expectedCount, timeoutMs);
    const mainThreadCpuMs = await mainThreadCpu(cdp);
    await page.waitForTimeout(settleMs);

    const snapshot = await page.evaluate((drawnAt) => {
      const scripts = performance
        .getEntriesByType('resource')
        .filter((entry) => new URL(entry.name).pathname.endsWith('.js'))
        .map((entry) => entry as PerformanceResourceTiming);
      const map = document.querySelector('.leaflet-container')?.getBoundingClientRect();
      return {
        longTasks: window.__nalssiBench.longTasks.map((task) => task.duration),
        jsTransferBytes: scripts.reduce((sum, entry) => sum + entry.encodedBodySize, 0),
        // Requested before the stations-rendered mark: what the first draw waited for or raced with.
        jsBeforeDrawBytes: scripts
          .filter((entry) => entry.startTime < drawnAt)
          .reduce((sum, entry) => sum + entry.encodedBodySize, 0),
        jsDecodedBytes: scripts.reduce((sum, entry) => sum + entry.decodedBodySize, 0),
        jsFiles: scripts.length,
        listRows: document.querySelectorAll('.station-row').length,
        mapSize: { width: map?.width ?? 0, height: map?.height ?? 0 },
      };
    }, drawnMs);
    const heap = await retainedHeap(cdp);
    const extra = afterLoad ? await afterLoad(page) : undefined;
    const { longTasks, ...rest } = snapshot;
    return {
      metrics: {
        drawnMs,
        mainThreadCpuMs,
        longTaskCount: longTasks.length,
        longTaskTotalMs: longTasks.reduce((sum, duration) => sum + duration, 0),
        longTaskMaxMs: Math.max(0, ...longTasks),
        ...heap,
        ...rest,
      },
      extra,
    };
  } finally {
    await context.close();
  }
}

async function mainThreadCpu(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const seconds = metrics.find((metric) => metric.name === 'ThreadTime')?.value;
  return seconds === undefined ? Number.NaN : seconds * 1000;
}

async function retainedHeap(cdp: CDPSession) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = await cdp.send('Runtime.getHeapUsage');
  return { heapBytes: usage.usedSize, embedderHeapBytes: usage.embedderHeapUsedSize };
}
