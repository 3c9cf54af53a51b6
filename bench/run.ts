/**
 * `npm run bench`: the built dashboard against the vanilla-Leaflet floor,
 * load by load in ABBA order, fresh browser context each time, synthetic
 * feeds served by request interception. See bench/README.md.
 *
 *   tsx bench/run.ts [--pairs 5] [--sizes 97,1000,10000] [--stress-runs 2] [--dist dist] [--cpu 4]
 *
 * `--cpu 4` slows every page's CPU four times (CDP), as Lighthouse's mobile profile does.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from '@playwright/test';
import { bundleSizesMarkdown, readBundleSizes } from './bundle-sizes';
import { countCondition, parseStressFeed, syntheticFeed } from './synthetic-feed';
import {
  clickChip,
  keystroke,
  selectRegion,
  measureInteractions,
  type InteractionPlanStep,
} from './lib/interactions';
import { launchChromium } from './lib/chromium';
import { measureLoad, type LoadMetrics } from './lib/measure-load';
import {
  markdownReport,
  summarize,
  type BenchRun,
  type PairRecord,
  type StressRecord,
  type Variant,
} from './lib/report';
import {
  DEFAULT_DIST,
  FLOOR_DIR,
  LEAFLET_DIR,
  REACT_FLOOR_CONFIG,
  REACT_FLOOR_DIST,
  RESULTS_DIR,
} from './lib/paths';
import { benchMounts, startStaticServer, type StaticServer } from './lib/static-server';

interface Options {
  readonly dist: string;
  readonly pairs: number;
  readonly sizes: readonly number[];
  readonly stressRuns: number;
  readonly cpu: number;
}

function readOptions(argv: readonly string[]): Options {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      pairs: { type: 'string', default: '5' },
      sizes: { type: 'string', default: '97,1000,10000' },
      'stress-runs': { type: 'string', default: '2' },
      // Another build to measure, e.g. a clean checkout while the working tree is mid-edit.
      dist: { type: 'string', default: DEFAULT_DIST },
      cpu: { type: 'string', default: '1' },
    },
  });
  const cpu = Number(values.cpu);
  if (!(cpu >= 1)) throw new Error(`--cpu must be ≥ 1: ${values.cpu}`);
  const pairs = Number(values.pairs);
  const stressRuns = Number(values['stress-runs']);
  const sizes = values.sizes.split(',').map((size) => Number(size.replace(/_/g, '')));
  if (!Number.isInteger(pairs) || pairs < 1)
    throw new Error(`--pairs must be ≥ 1: ${values.pairs}`);
  if (!Number.isInteger(stressRuns) || stressRuns < 0) {
    throw new Error(`--stress-runs must be ≥ 0: ${values['stress-runs']}`);
  }
  if (sizes.some((size) => !Number.isInteger(size) || size < 1)) {
    throw new Error(`--sizes must be positive integers: ${values.sizes}`);
  }
  return { dist: resolve(values.dist), pairs, sizes, stressRuns, cpu };
}

const log = (message: string) => process.stderr.write(`${message}\n`);

/** Filter, region and search steps on the dashboard at `size` stations (run on each measured app load). */
function interactionPlan(feed: ReturnType<typeof syntheticFeed>): InteractionPlanStep[] {
  const total = feed.observations.length;
  return [
    clickChip('clear', countCondition(feed, '맑음'), 'filter:clear-on'),
    clickChip('clear', total, 'filter:clear-off'),
    clickChip('overcast', countCondition(feed, '흐림'), 'filter:overcast-on'),
    clickChip('overcast', total, 'filter:overcast-off'),
    selectRegion(1, null, 'region:first-province'),
    selectRegion(0, total, 'region:nationwide'),
    keystroke('서', null, 'search:first'),
    keystroke('울', null, 'search:second'),
    keystroke('Backspace', null, 'search:backspace'),
    keystroke('Backspace', total, 'search:clear'),
  ];
}

async function benchSize(
  browser: Browser,
  origin: string,
  size: number,
  options: Options,
  withInteractions: boolean,
): Promise<PairRecord[]> {
  const feed = syntheticFeed(size);
  const feedText = JSON.stringify(feed);
  const urls: Record<Variant, string> = {
    app: `${origin}/`,
    floor: `${origin}/floor/`,
    reactFloor: `${origin}/floor-react/`,
  };
  const plan = interactionPlan(feed);
  const load = (variant: Variant, interact: boolean) =>
    measureLoad(browser, {
      url: urls[variant],
      feedText,
      expectedCount: size,
      afterLoad: interact ? (page) => measureInteractions(page, plan) : undefined,
      cpuSlowdown: options.cpu,
    });

  log(`\n${size.toLocaleString('en-US')} stations (${(feedText.length / 1e6).toFixed(2)} MB feed)`);
  await load('app', false);
  await load('floor', false);
  await load('reactFloor', false);
  log('  warm-up done (discarded)');

  const records: PairRecord[] = [];
  for (let pair = 0; pair < options.pairs; pair += 1) {
    // ABC then CBA: drift on a shared machine hits every page alike.
    const order: Variant[] =
      pair % 2 === 0 ? ['app', 'floor', 'reactFloor'] : ['reactFloor', 'floor', 'app'];
    const results: Partial<Record<Variant, LoadMetrics>> = {};
    let interactions: PairRecord['interactions'] = [];
    for (const variant of order) {
      const { metrics, extra } = await load(variant, variant === 'app' && withInteractions);
      results[variant] = metrics;
      if (extra) interactions = extra;
    }
    const app = results.app!;
    const floor = results.floor!;
    const reactFloor = results.reactFloor!;
    const filter = interactions.find((sample) => sample.kind === 'filter');
    log(
      `  pair ${pair + 1}/${options.pairs} (${order.join('→')}): ` +
        `app ${Math.round(app.drawnMs)} ms · floor ${Math.round(floor.drawnMs)} ms · ` +
        `react floor ${Math.round(reactFloor.drawnMs)} ms · ` +
        `×${(app.drawnMs / floor.drawnMs).toFixed(2)} / ×${(app.drawnMs / reactFloor.drawnMs).toFixed(2)}` +
        (filter ? ` · filter ${Math.round(filter.nextDrawMs)} ms` : ''),
    );
    records.push({ size, pair, order, app, floor, reactFloor, interactions });
  }
  return records;
}

async function benchParseStress(
  browser: Browser,
  origin: string,
  runs: number,
): Promise<{ records: StressRecord[]; bytes: number }> {
  const feedText = JSON.stringify(parseStressFeed());
  const bytes = Buffer.byteLength(feedText);
  log(`\nParse stress: 20,000 records, ${(bytes / 1e6).toFixed(2)} MB`);
  const records: StressRecord[] = [];
  for (let run = 0; run < runs; run += 1) {
    const { metrics } = await measureLoad(browser, {
      url: `${origin}/`,
      feedText,
      expectedCount: 20_000,
    });
    log(
      `  run ${run + 1}/${runs}: drawn ${Math.round(metrics.drawnMs)} ms · ` +
        `longest task ${Math.round(metrics.longTaskMaxMs)} ms`,
    );
    records.push({ run, metrics });
  }
  return { records, bytes };
}

/** The bare react-leaflet floor is built fresh each run, with the app's own Vite and plugins. */
async function buildReactFloor(): Promise<void> {
  const { build } = await import('vite');
  await build({ configFile: REACT_FLOOR_CONFIG });
  log('Built the react-leaflet floor (bench/floor-react/dist)');
}

function machine(chromiumVersion: string, loadAtStart: number): BenchRun['machine'] {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown CPU',
    cores: cpus.length,
    memoryGb: Math.round(os.totalmem() / 1e9),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    chromium: chromiumVersion,
    loadAverage: [loadAtStart, os.loadavg()[0]!],
  };
}

async function main(): Promise<void> {
  const options = readOptions(process.argv.slice(2));
  if (!existsSync(join(options.dist, 'index.html'))) {
    throw new Error(
      `${options.dist}/index.html is missing: run \`npm run build\` first (or \`npm run bench\`).`,
    );
  }
  const startedAt = new Date();
  const loadAtStart = os.loadavg()[0]!;
  let server: StaticServer | null = null;
  let browser: Browser | null = null;
  try {
    await buildReactFloor();
    server = await startStaticServer(
      benchMounts(options.dist, FLOOR_DIR, LEAFLET_DIR, REACT_FLOOR_DIST),
    );
    browser = await launchChromium();
    log(`Serving ${server.origin} · Chromium ${browser.version()}`);

    const interactionSize = Math.max(...options.sizes);
    const pairs: PairRecord[] = [];
    for (const size of options.sizes) {
      pairs.push(
        ...(await benchSize(browser, server.origin, size, options, size === interactionSize)),
      );
    }
    const stress = await benchParseStress(browser, server.origin, options.stressRuns);

    const run: BenchRun = {
      startedAt: startedAt.toISOString(),
      durationS: (Date.now() - startedAt.getTime()) / 1000,
      machine: machine(browser.version(), loadAtStart),
      options: {
        pairs: options.pairs,
        sizes: options.sizes,
        stressRuns: options.stressRuns,
        cpu: options.cpu,
      },
      feeds: options.sizes.map((size) => ({
        size,
        bytes: Buffer.byteLength(JSON.stringify(syntheticFeed(size))),
      })),
      stressFeedBytes: stress.bytes,
      pairs,
      stress: stress.records,
    };
    const summary = summarize(run);
    const bundle = readBundleSizes(options.dist);
    const markdown = `${markdownReport(run, summary)}\n${bundleSizesMarkdown(bundle)}\n`;
    await mkdir(RESULTS_DIR, { recursive: true });
    const jsonPath = join(RESULTS_DIR, `${run.startedAt.replace(/[:.]/g, '-')}.json`);
    await writeFile(jsonPath, `${JSON.stringify({ ...run, summary, bundle }, null, 2)}\n`);
    await writeFile(join(RESULTS_DIR, 'latest.md'), markdown);
    process.stdout.write(`\n${markdown}\nWrote ${jsonPath} and bench/results/latest.md\n`);
  } finally {
    await browser?.close();
    await server?.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
