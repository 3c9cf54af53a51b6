/**
 * Stepping the hour at 10,000 stations (issue 13): the built dashboard with
 * a synthetic 10,000-station feed and its 24-hour history, served by request
 * interception; the time control's slider driven by keys through the
 * interaction harness. Each step reports the time from the key's input event
 * to the next map draw, and the longest task in between (the budget: no task
 * over 100 ms).
 *
 *   npm run build && npx tsx bench/time-steps.ts [--size 10000] [--runs 3] [--dist dist]
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from '@playwright/test';
import { serializeHistory } from '../src/ingest/history-document';
import { launchChromium } from './lib/chromium';
import {
  clickChip,
  hourKey,
  measureInteractions,
  type InteractionSample,
} from './lib/interactions';
import { navigateUntilDrawn, openBenchPage } from './lib/measure-load';
import { DEFAULT_DIST, FLOOR_DIR, LEAFLET_DIR, REACT_FLOOR_DIST } from './lib/paths';
import { benchMounts, startStaticServer, type StaticServer } from './lib/static-server';
import { countCondition, syntheticFeed } from './synthetic-feed';
import { syntheticHistory } from './synthetic-history';

const LONG_TASK_BUDGET_MS = 100;

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '10000' },
    runs: { type: 'string', default: '3' },
    dist: { type: 'string', default: DEFAULT_DIST },
  },
});
const size = Number(values.size);
const runs = Math.max(1, Number(values.runs));
const feed = syntheticFeed(size);

/** Back an hour six times (each new hour is built fresh), to the first hour, then back to now. */
const PLAN = [
  ...Array.from({ length: 6 }, (_, i) => hourKey('ArrowLeft', `hour:back-${i + 1}`)),
  hourKey('Home', 'hour:first'),
  hourKey('ArrowRight', 'hour:forward'),
  hourKey('End', 'hour:now'),
  // Hours already visited: their snapshot and map points are reused.
  hourKey('Home', 'hour:first-again'),
  hourKey('End', 'hour:now-again'),
  // The same machine's baseline in the same page: a sky chip on and off at now.
  clickChip('clear', countCondition(feed, '맑음'), 'baseline:filter-on'),
  clickChip('clear', size, 'baseline:filter-off'),
];

async function oneRun(browser: Browser, origin: string, feedText: string, historyText: string) {
  const { context, page } = await openBenchPage(browser, feedText, 120_000, historyText);
  try {
    await navigateUntilDrawn(page, `${origin}/`, size, 120_000);
    await page.waitForSelector('section.time-control input[type=range]', { timeout: 60_000 });
    await page.waitForTimeout(500);
    return await measureInteractions(page, PLAN);
  } finally {
    await context.close();
  }
}

const median = (samples: number[]) => {
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

let server: StaticServer | null = null;
let browser: Browser | null = null;
try {
  const feedText = JSON.stringify(feed);
  const historyText = serializeHistory(syntheticHistory(size));
  server = await startStaticServer(
    benchMounts(resolve(values.dist), FLOOR_DIR, LEAFLET_DIR, REACT_FLOOR_DIST),
  );
  browser = await launchChromium();
  process.stderr.write(
    `${size} stations · history ${(historyText.length / 1e6).toFixed(2)} MB · Chromium ${browser.version()}\n`,
  );
  const samples: InteractionSample[] = [];
  for (let run = 0; run < runs; run += 1) {
    const result = await oneRun(browser, server.origin, feedText, historyText);
    samples.push(...result);
    const worst = Math.max(...result.map((sample) => sample.maxLongTaskMs));
    process.stderr.write(`  run ${run + 1}/${runs}: longest task ${Math.round(worst)} ms\n`);
  }
  console.log('| step | next draw, median (ms) | longest task, max (ms) |');
  console.log('|---|---|---|');
  for (const step of PLAN) {
    const mine = samples.filter((sample) => sample.label === step.label);
    console.log(
      `| ${step.label} | ${Math.round(median(mine.map((s) => s.nextDrawMs)))} | ${Math.round(
        Math.max(...mine.map((s) => s.maxLongTaskMs)),
      )} |`,
    );
  }
  const worst = Math.max(...samples.map((sample) => sample.maxLongTaskMs));
  console.log(
    `\nLongest task over ${samples.length} steps: ${Math.round(worst)} ms ` +
      `(budget ${LONG_TASK_BUDGET_MS} ms: ${worst <= LONG_TASK_BUDGET_MS ? 'met' : 'NOT met'})`,
  );
} finally {
  await browser?.close();
  await server?.close();
}
