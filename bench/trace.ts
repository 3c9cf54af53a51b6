/**
 * One traced load, to see what costs the time: the network waterfall, the
 * main thread by activity, the long tasks and the CPU time by source (mapped
 * through source maps when the build has them: `npx vite build --sourcemap`).
 * Writes the raw trace to bench/results/ (open it in DevTools → Performance).
 *
 *   tsx bench/trace.ts [--variant app|floor|react-floor] [--size 10000] [--stress] [--dist dist]
 *                      [--interaction filter|search] [--cpu 4]
 *
 * `--cpu 4` slows the page's CPU four times (CDP), as Lighthouse's mobile profile does.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from '@playwright/test';
import { launchChromium } from './lib/chromium';
import { clickChip, keystroke, measureInteractions } from './lib/interactions';
import { navigateUntilDrawn, openBenchPage, measureLoad } from './lib/measure-load';
import { STATIONS_RENDERED_MARK } from './lib/probe-state';
import { loadSourceMap, sourceLabel, type SourceLookup } from './lib/source-map';
import {
  DEFAULT_DIST,
  FLOOR_DIR,
  LEAFLET_DIR,
  REACT_FLOOR_CONFIG,
  REACT_FLOOR_DIST,
  RESULTS_DIR,
} from './lib/paths';
import { benchMounts, startStaticServer } from './lib/static-server';
import {
  summarizeMainThread,
  topEntries,
  type CallFrame,
  type MainThreadSummary,
  type TraceEvent,
} from './lib/trace-summary';
import { parseStressFeed, syntheticFeed } from './synthetic-feed';

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.stack',
  'disabled-by-default-v8.cpu_profiler',
  'v8',
  'v8.execute',
  'blink.user_timing',
  'loading',
  'toplevel',
];

const { values } = parseArgs({
  options: {
    variant: { type: 'string', default: 'app' },
    size: { type: 'string', default: '10000' },
    stress: { type: 'boolean', default: false },
    dist: { type: 'string', default: DEFAULT_DIST },
    /** After the load, trace one `filter` click or `search` keystroke too. */
    interaction: { type: 'string' },
    /** CPU slowdown factor for the traced load (1 = none; Lighthouse mobile uses 4). */
    cpu: { type: 'string', default: '1' },
  },
});
const cpuSlowdown = Number(values.cpu);
const dist = resolve(values.dist);
const VARIANT_PATHS = { app: '/', floor: '/floor/', 'react-floor': '/floor-react/' } as const;
const variant: keyof typeof VARIANT_PATHS =
  values.variant === 'floor' || values.variant === 'react-floor' ? values.variant : 'app';
const feed = values.stress ? parseStressFeed() : syntheticFeed(Number(values.size));
const size = feed.observations.length;
const feedText = JSON.stringify(feed);

/** Names a sampled frame by its original source when the chunk has a source map. */
function frameLabeller(origin: string): (frame: CallFrame) => string {
  const maps = new Map<string, SourceLookup | null>();
  return (frame) => {
    if (!frame.url) return frame.functionName || '(native)';
    if (!frame.url.startsWith(origin)) return frame.url;
    const path = new URL(frame.url).pathname;
    if (path.startsWith('/floor/')) return basename(path);
    const file = join(dist, path);
    if (!maps.has(file)) maps.set(file, loadSourceMap(`${file}.map`));
    const source = maps.get(file)?.sourceAt(frame.lineNumber, frame.columnNumber);
    return source ? sourceLabel(source) : basename(path);
  };
}

const ms = (value: number) => `${value.toFixed(0).padStart(6)} ms`;

function describe(title: string, summary: MainThreadSummary): string[] {
  const out = ['', `Main thread, ${title} (${summary.windowMs.toFixed(0)} ms): wall, CPU`];
  for (const [label, value] of topEntries(summary.activities, 20)) {
    const cpu = summary.cpuActivities.get(label);
    out.push(`  ${ms(value)} ${cpu === undefined ? ' '.repeat(9) : ms(cpu)}  ${label}`);
  }
  const sampled = [...summary.sources.values()].reduce((sum, value) => sum + value, 0);
  out.push('', `CPU samples by source, ${title} (share of samples):`);
  for (const [label, value] of topEntries(summary.sources, 15)) {
    out.push(`  ${ms(value)} ${((value / sampled) * 100).toFixed(0).padStart(3)} %  ${label}`);
  }
  out.push('', `Long tasks (> 50 ms), ${title} (start in ms since navigation):`);
  for (const task of summary.longTasks) {
    const top = topEntries(task.sources, 4).map(([label, value]) => `${label} ${value.toFixed(0)}`);
    out.push(
      `  at ${task.start.toFixed(0)} ms: ${task.duration.toFixed(0)} ms — ${top.join(', ')}`,
    );
  }
  return out;
}

/** One filter click or keystroke after the load; its [input, next draw] window in page time. */
async function interact(page: Page, kind: string): Promise<{ fromMs: number; toMs: number }> {
  const step =
    kind === 'search' ? keystroke('서', null, 'search:first') : clickChip('clear', -1, 'filter');
  await measureInteractions(page, [step]);
  return page.evaluate((name) => {
    const input = window.__nalssiBench.inputs[window.__nalssiBench.inputs.length - 1]!;
    const mark = performance.getEntriesByName(name).find((entry) => entry.startTime > input.t)!;
    return { fromMs: input.t, toMs: mark.startTime };
  }, STATIONS_RENDERED_MARK);
}

async function main(): Promise<void> {
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`${dist}/index.html is missing.`);
  if (variant === 'react-floor') {
    const { build } = await import('vite');
    await build({ configFile: REACT_FLOOR_CONFIG });
  }
  const server = await startStaticServer(
    benchMounts(dist, FLOOR_DIR, LEAFLET_DIR, REACT_FLOOR_DIST),
  );
  const browser = await launchChromium();
  try {
    const url = `${server.origin}${VARIANT_PATHS[variant]}`;
    await measureLoad(browser, { url, feedText, expectedCount: size }); // warm-up
    const { context, page } = await openBenchPage(browser, feedText);
    if (cpuSlowdown > 1) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    }
    await browser.startTracing(page, { categories: CATEGORIES });
    const drawnMs = await navigateUntilDrawn(page, url, size);
    await page.waitForTimeout(300);
    const timeline = await page.evaluate(
      (name) => ({
        resources: performance.getEntriesByType('resource').map((entry) => {
          const resource = entry as PerformanceResourceTiming;
          return {
            name: new URL(resource.name).pathname,
            start: resource.startTime,
            end: resource.responseEnd,
            bytes: resource.encodedBodySize,
          };
        }),
        marks: performance.getEntriesByName(name).map((mark) => ({
          t: mark.startTime,
          count: ((mark as PerformanceMark).detail as { count?: number } | null)?.count,
        })),
      }),
      STATIONS_RENDERED_MARK,
    );
    const interaction = values.interaction ? await interact(page, values.interaction) : null;
    const trace = await browser.stopTracing();
    await context.close();

    await mkdir(RESULTS_DIR, { recursive: true });
    const suffix = values.interaction ? `-${values.interaction}` : '';
    const tracePath = join(RESULTS_DIR, `trace-${variant}-${size}${suffix}.json`);
    await writeFile(tracePath, trace);
    const events = (JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] })
      .traceEvents;
    const label = frameLabeller(server.origin);

    const out = [
      `${variant} at ${size.toLocaleString('en-US')} stations: drawn at ${drawnMs.toFixed(0)} ms`,
      '',
      'Network (ms from navigation start):',
      ...timeline.resources.map(
        (resource) =>
          `  ${resource.start.toFixed(0).padStart(5)} → ${resource.end.toFixed(0).padStart(5)}` +
          `  ${(resource.bytes / 1000).toFixed(1).padStart(6)} KB  ${resource.name}`,
      ),
      '',
      `Draw marks: ${timeline.marks.map((mark) => `${mark.t.toFixed(0)} ms (${mark.count})`).join(', ')}`,
      ...describe(
        'navigation → drawn',
        summarizeMainThread(events, url, { fromMs: 0, toMs: drawnMs }, label),
      ),
    ];
    if (interaction) {
      out.push(
        ...describe(
          `${values.interaction} input → next draw`,
          summarizeMainThread(events, url, interaction, label),
        ),
      );
    }
    out.push('', `Trace written to ${tracePath}`);
    process.stdout.write(`${out.join('\n')}\n`);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
