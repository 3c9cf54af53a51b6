/**
 * `npm run lighthouse`: Lighthouse 12 on the built app, the pages issue 14
 * names, median of N runs each. Mobile is Lighthouse's default config
 * (simulated slow 4G, 4× CPU slowdown); desktop uses its desktop preset.
 * Debian Chromium, offline, served by the bench's gzip static server on
 * 127.0.0.1 with the bundled sample data (no interception: what a reader gets).
 *
 *   tsx bench/lighthouse.ts [--runs 3] [--dist dist] [--only dashboard,embed-ticker] [--save]
 *
 * `--save` keeps each page's last report as bench/results/lighthouse-<page>.json
 * (open it in the Lighthouse viewer, or read the LCP element and the
 * main-thread breakdown from it).
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig, type Flags } from 'lighthouse';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium';
import {
  DEFAULT_DIST,
  FLOOR_DIR,
  LEAFLET_DIR,
  REACT_FLOOR_CONFIG,
  REACT_FLOOR_DIST,
  RESULTS_DIR,
} from './lib/paths';
import { benchMounts, startStaticServer } from './lib/static-server';
import { median } from './lib/stats';

interface Target {
  readonly name: string;
  readonly path: string;
  readonly formFactor: 'mobile' | 'desktop';
}

/** The pages of issue 14's table. The article id is the sample's one news item. */
const TARGETS: readonly Target[] = [
  { name: 'dashboard', path: '/', formFactor: 'mobile' },
  {
    name: 'dashboard-deep-link',
    path: '/?station=279&news=gumi-americas-delegation',
    formFactor: 'mobile',
  },
  // After the Korean pages: ?lang=en is remembered on the device, and Lighthouse keeps storage.
  { name: 'dashboard-en', path: '/?lang=en', formFactor: 'mobile' },
  { name: 'embed-ticker', path: '/embed.html?view=ticker', formFactor: 'mobile' },
  { name: 'embed-card', path: '/embed.html?view=card', formFactor: 'mobile' },
  { name: 'embed-map', path: '/embed.html?view=map', formFactor: 'mobile' },
  { name: 'react-floor', path: '/floor-react/', formFactor: 'mobile' },
  { name: 'dashboard-desktop', path: '/', formFactor: 'desktop' },
];

interface RunScores {
  readonly report: unknown;
  readonly performance: number;
  readonly accessibility: number;
  readonly tbtMs: number;
  readonly lcpMs: number;
  readonly fcpMs: number;
}

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    dist: { type: 'string', default: DEFAULT_DIST },
    only: { type: 'string' },
    save: { type: 'boolean', default: false },
  },
});

async function runOnce(url: string, target: Target, port: number): Promise<RunScores> {
  const flags: Flags = {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility'],
  };
  const result = await lighthouse(
    url,
    flags,
    target.formFactor === 'desktop' ? desktopConfig : undefined,
  );
  if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
  const { categories, audits, runtimeError } = result.lhr;
  if (runtimeError) throw new Error(`${url}: ${runtimeError.code} ${runtimeError.message}`);
  return {
    report: result.lhr,
    performance: Math.round((categories.performance?.score ?? 0) * 100),
    accessibility: Math.round((categories.accessibility?.score ?? 0) * 100),
    tbtMs: audits['total-blocking-time']?.numericValue ?? NaN,
    lcpMs: audits['largest-contentful-paint']?.numericValue ?? NaN,
    fcpMs: audits['first-contentful-paint']?.numericValue ?? NaN,
  };
}

async function main(): Promise<void> {
  const runs = Number(values.runs);
  const dist = resolve(values.dist);
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`${dist}/index.html is missing.`);
  const only = values.only?.split(',');
  const targets = TARGETS.filter((target) => !only || only.includes(target.name));
  if (targets.some((target) => target.name === 'react-floor')) {
    const { build } = await import('vite');
    await build({ configFile: REACT_FLOOR_CONFIG });
  }
  const server = await startStaticServer(
    benchMounts(dist, FLOOR_DIR, LEAFLET_DIR, REACT_FLOOR_DIST),
  );
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
  });
  const rows: string[] = [
    `### Lighthouse ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC — median of ${runs} runs`,
    '',
    '| Page | Form factor | Performance | TBT | LCP | FCP | Accessibility | Runs (performance) |',
    '| ---- | ----------- | ----------: | --: | --: | --: | ------------: | ------------------ |',
  ];
  try {
    for (const target of targets) {
      const results: RunScores[] = [];
      for (let run = 0; run < runs; run += 1) {
        results.push(await runOnce(`${server.origin}${target.path}`, target, chrome.port));
      }
      if (values.save) {
        await mkdir(RESULTS_DIR, { recursive: true });
        const last = results.at(-1)?.report;
        await writeFile(join(RESULTS_DIR, `lighthouse-${target.name}.json`), JSON.stringify(last));
      }
      const mid = (pick: (scores: RunScores) => number) => median(results.map(pick));
      const row =
        `| ${target.name} (\`${target.path}\`) | ${target.formFactor} | ${mid((r) => r.performance)} | ` +
        `${Math.round(mid((r) => r.tbtMs))} ms | ${(mid((r) => r.lcpMs) / 1000).toFixed(2)} s | ` +
        `${(mid((r) => r.fcpMs) / 1000).toFixed(2)} s | ${mid((r) => r.accessibility)} | ` +
        `${results.map((r) => r.performance).join(', ')} |`;
      rows.push(row);
      process.stderr.write(`${row}\n`);
    }
  } finally {
    chrome.kill();
    await server.close();
  }
  const markdown = `${rows.join('\n')}\n`;
  await mkdir(RESULTS_DIR, { recursive: true });
  await writeFile(join(RESULTS_DIR, 'lighthouse-latest.md'), markdown);
  process.stdout.write(`\n${markdown}\nWrote bench/results/lighthouse-latest.md\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
