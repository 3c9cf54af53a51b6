import { describe, expect, it } from 'vitest';
import { nextDelayMs, repeatEvery } from '../../../src/ingest/repeat';

const MINUTE = 60_000;

describe('back-off', () => {
  it.each([
    [0, 10],
    [1, 20],
    [2, 40],
    [3, 60],
    [9, 60],
  ])('after %i failure(s) in a row: %i min', (failures, minutes) => {
    expect(nextDelayMs(10 * MINUTE, failures)).toBe(minutes * MINUTE);
  });

  it('never waits less than the interval', () => {
    expect(nextDelayMs(2 * 60 * MINUTE, 3)).toBe(2 * 60 * MINUTE);
  });
});

describe('the --every loop', () => {
  it('runs until stopped, backing off on failures and resetting on success', async () => {
    const stop = new AbortController();
    const outcomes = [true, false, false, true, false];
    const waits: number[] = [];
    let runs = 0;
    await repeatEvery(10 * MINUTE, async () => outcomes[runs++] ?? true, {
      signal: stop.signal,
      wait: async (ms) => {
        waits.push(ms / MINUTE);
        if (waits.length === outcomes.length) stop.abort();
      },
    });
    expect(runs).toBe(5);
    expect(waits).toEqual([10, 20, 40, 10, 20]);
  });

  it('does not wait once stopped during a run', async () => {
    const stop = new AbortController();
    const waits: number[] = [];
    await repeatEvery(
      MINUTE,
      async () => {
        stop.abort();
        return true;
      },
      { signal: stop.signal, wait: async (ms) => void waits.push(ms) },
    );
    expect(waits).toEqual([]);
  });

  it('wakes up from a real wait when stopped', async () => {
    const stop = new AbortController();
    let runs = 0;
    const loop = repeatEvery(60 * MINUTE, async () => ++runs > 0, { signal: stop.signal });
    setTimeout(() => stop.abort(), 20);
    await loop;
    expect(runs).toBe(1);
  });
});
