/**
 * The history file's size (raw and gzip) and its parse time, at 100 and
 * 10,000 stations × 24 hours:
 *
 *   npx tsx bench/history-size.ts [--runs 7] [--write DIR]
 *
 * Parse time is JSON.parse plus the dashboard's validator (`parseHistory`),
 * in Node on this machine: the median of `--runs`, after one warm-up.
 * `--write DIR` also writes the files (history-100.json, history-10000.json)
 * for measuring the page with them, e.g. stepping the hour at 10,000 stations.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { parseHistory } from '../src/domain/parse-history';
import { serializeHistory } from '../src/ingest/history-document';
import { syntheticHistory } from './synthetic-history';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '7' }, write: { type: 'string' } },
});
const runs = Math.max(1, Number(values.runs));

const median = (samples: number[]) => {
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

for (const count of [100, 10_000]) {
  const text = serializeHistory(syntheticHistory(count));
  const raw = Buffer.byteLength(text);
  const gzip = gzipSync(text, { level: 9 }).length;
  parseHistory(JSON.parse(text)); // warm-up
  const samples: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    const history = parseHistory(JSON.parse(text));
    samples.push(performance.now() - start);
    if (history.stations.size !== count) throw new Error('the synthetic history lost stations');
  }
  console.log(
    `${String(count).padStart(6)} stations × 24 h: ${kb(raw)} raw, ${kb(gzip)} gzip; ` +
      `parse median ${median(samples).toFixed(1)} ms (${runs} runs, min ${Math.min(...samples).toFixed(1)}, max ${Math.max(...samples).toFixed(1)})`,
  );
  if (values.write) {
    mkdirSync(values.write, { recursive: true });
    writeFileSync(join(values.write, `history-${count}.json`), text);
  }
}
