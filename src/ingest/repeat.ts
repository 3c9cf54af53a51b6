/**
 * `--every`: run, wait, run again until stopped. After a failure the wait
 * doubles (up to an hour), so a broken key or an exhausted quota is not
 * hammered; the failed runs write nothing, so the last good feed stays served.
 */
import { setTimeout as sleep } from 'node:timers/promises';

const MAX_BACKOFF_MS = 60 * 60_000;

/** The wait before the next run: the interval, doubled for each failure in a row. */
export function nextDelayMs(intervalMs: number, failuresInARow: number): number {
  if (failuresInARow <= 0) return intervalMs;
  return Math.min(intervalMs * 2 ** failuresInARow, Math.max(intervalMs, MAX_BACKOFF_MS));
}

export interface RepeatDependencies {
  readonly signal: AbortSignal;
  /** Resolves after `ms`, or early when `signal` aborts. */
  readonly wait?: (ms: number, signal: AbortSignal) => Promise<void>;
  readonly onWait?: (ms: number, failuresInARow: number) => void;
}

async function waitOrStop(ms: number, signal: AbortSignal): Promise<void> {
  try {
    await sleep(ms, undefined, { signal });
  } catch {
    // Aborted: the loop checks the signal and ends.
  }
}

/** Calls `run` (true = success) until the signal aborts. */
export async function repeatEvery(
  intervalMs: number,
  run: () => Promise<boolean>,
  dependencies: RepeatDependencies,
): Promise<void> {
  const { signal, wait = waitOrStop, onWait } = dependencies;
  let failuresInARow = 0;
  while (!signal.aborted) {
    failuresInARow = (await run()) ? 0 : failuresInARow + 1;
    if (signal.aborted) break;
    const delay = nextDelayMs(intervalMs, failuresInARow);
    onWait?.(delay, failuresInARow);
    await wait(delay, signal);
  }
}
