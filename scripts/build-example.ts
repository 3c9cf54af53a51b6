/**
 * Builds the example data set (`public/example/`) by running the real ingest
 * once per hour over the made-up day in `tests/fixtures/kma-day/`, with
 * `--history` and `--example`:
 *
 *   npm run build:example-data
 *
 * The output is committed; a unit test rebuilds it into a temporary folder
 * and checks the bytes are the same. Nothing here is a real observation.
 */
import { mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../src/ingest/main';

export const DAY_DIR = fileURLToPath(new URL('../tests/fixtures/kma-day/', import.meta.url));
export const EXAMPLE_DIR = fileURLToPath(new URL('../public/example/', import.meta.url));

/** Runs the ingest hour by hour into `outDir` (its feed and history are replaced). */
export async function buildExample(outDir: string, log: (text: string) => void = () => {}) {
  await mkdir(outDir, { recursive: true });
  const out = join(outDir, 'observations.json');
  const history = join(outDir, 'history.json');
  await rm(history, { force: true });
  // File names carry the hour (sfctm3-YYYYMMDDHH.txt), so name order is time order.
  const runs = (await readdir(DAY_DIR)).filter((name) => name.endsWith('.txt')).sort();
  for (const name of runs) {
    const code = await main(
      [
        ...['--from', join(DAY_DIR, name), '--format', 'kma-sfctm2'],
        ...['--out', out, '--history', history, '--keep-hours', '24', '--example'],
      ],
      { env: {}, stdout: log, stderr: log },
    );
    if (code !== 0) throw new Error(`the ingest failed on ${name}`);
  }
  return { out, history, runs: runs.length };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = await buildExample(EXAMPLE_DIR);
  console.log(`example data: ${result.runs} hourly runs → ${result.out}, ${result.history}`);
}
