/**
 * Entry point: `npm run ingest -- …` and the `nalssi-ingest` bin. The first
 * Ctrl-C / SIGTERM stops the `--every` loop (and any fetch in flight) cleanly;
 * a second one exits at once.
 */
import { main } from './main';

const stop = new AbortController();
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stop.signal.aborted) process.exit(130);
    stop.abort();
  });
}

process.exitCode = await main(process.argv.slice(2), {
  env: process.env,
  stdout: (text) => process.stdout.write(`${text}\n`),
  stderr: (text) => process.stderr.write(`${text}\n`),
  signal: stop.signal,
});
