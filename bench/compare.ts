/**
 * ABBA comparison of two builds of the app (or a build and the floor) at one
 * size: did a change help? Same loads and metrics as bench/run.ts, fewer
 * of them, no interactions.
 *
 *   tsx bench/compare.ts --a dist --b ../other/dist [--size 10000] [--pairs 5]
 *   tsx bench/compare.ts --a dist --b floor
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from './lib/chromium';
import { measureLoad, type LoadMetrics } from './lib/measure-load';
import { FLOOR_DIR, LEAFLET_DIR } from './lib/paths';
import { spread, pairRatios } from './lib/stats';
import { startStaticServer, type Mount } from './lib/static-server';
import { syntheticFeed } from './synthetic-feed';

const { values } = parseArgs({
  options: {
    a: { type: 'string', default: 'dist' },
    b: { type: 'string', default: 'floor' },
    size: { type: 'string', default: '10000' },
    pairs: { type: 'string', default: '5' },
  },
});
const size = Number(values.size);
const pairs = Number(values.pairs);

function mountFor(side: 'a' | 'b', target: string): Mount {
  return target === 'floor'
    ? { prefix: `/${side}/`, dirs: [FLOOR_DIR, LEAFLET_DIR] }
    : { prefix: `/${side}/`, dirs: [resolve(target)] };
}

const METRICS: [keyof LoadMetrics, string, (value: number) => string][] = [
  ['drawnMs', 'time to drawn', (value) => `${Math.round(value)} ms`],
  ['mainThreadCpuMs', 'main-thread CPU', (value) => `${Math.round(value)} ms`],
  ['longTaskTotalMs', 'long-task time', (value) => `${Math.round(value)} ms`],
  ['longTaskMaxMs', 'longest task', (value) => `${Math.round(value)} ms`],
  ['heapBytes', 'retained heap', (value) => `${(value / 1e6).toFixed(1)} MB`],
  ['jsTransferBytes', 'JS transferred', (value) => `${(value / 1e3).toFixed(1)} KB`],
];

async function main(): Promise<void> {
  const server = await startStaticServer([mountFor('a', values.a), mountFor('b', values.b)]);
  const browser = await launchChromium();
  try {
    const feedText = JSON.stringify(syntheticFeed(size));
    const load = async (side: 'a' | 'b') =>
      (
        await measureLoad(browser, {
          url: `${server.origin}/${side}/`,
          feedText,
          expectedCount: size,
        })
      ).metrics;
    await load('a');
    await load('b');
    const results: { a: LoadMetrics; b: LoadMetrics }[] = [];
    for (let pair = 0; pair < pairs; pair += 1) {
      const order = pair % 2 === 0 ? (['a', 'b'] as const) : (['b', 'a'] as const);
      const result: Partial<Record<'a' | 'b', LoadMetrics>> = {};
      for (const side of order) result[side] = await load(side);
      results.push({ a: result.a!, b: result.b! });
      process.stderr.write(
        `pair ${pair + 1}: a ${Math.round(result.a!.drawnMs)} ms · b ${Math.round(result.b!.drawnMs)} ms\n`,
      );
    }
    const lines = [`a = ${values.a}, b = ${values.b}, ${size} stations, ${pairs} ABBA pairs`];
    for (const [key, label, format] of METRICS) {
      const a = spread(results.map((result) => result.a[key] as number));
      const b = spread(results.map((result) => result.b[key] as number));
      const ratio = pairRatios(
        results.map((result) => ({ app: result.b[key] as number, floor: result.a[key] as number })),
      );
      lines.push(
        `${label.padEnd(16)} a ${format(a.median)} (${format(a.min)}–${format(a.max)}) · ` +
          `b ${format(b.median)} (${format(b.min)}–${format(b.max)}) · b/a ${ratio.median.toFixed(2)}×`,
      );
    }
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
