import { describe, expect, it } from 'vitest';
import { dayExtremes } from '../../../src/domain/day-extremes';

const TIMES = ['T0', 'T1', 'T2', 'T3', 'T4'];

describe('dayExtremes', () => {
  it('finds the high and the low with their hours, skipping hours not observed', () => {
    expect(dayExtremes([14, null, 24.1, -3, 20], TIMES)).toEqual({
      high: { value: 24.1, time: 'T2', hourIndex: 2 },
      low: { value: -3, time: 'T3', hourIndex: 3 },
    });
  });

  it('keeps the earliest hour on a tie', () => {
    const extremes = dayExtremes([10, 20, 20, 10, null], TIMES);
    expect(extremes?.high.hourIndex).toBe(1);
    expect(extremes?.low.hourIndex).toBe(0);
  });

  it('is null when nothing was observed', () => {
    expect(dayExtremes([null, null], TIMES)).toBeNull();
    expect(dayExtremes([], TIMES)).toBeNull();
  });

  it('treats 0 as a value', () => {
    expect(dayExtremes([null, 0, 1], TIMES)?.low).toEqual({ value: 0, time: 'T1', hourIndex: 1 });
  });

  it('one observed hour is both the high and the low', () => {
    const extremes = dayExtremes([null, null, null, 7, null], TIMES);
    expect(extremes?.high).toEqual(extremes?.low);
  });
});
