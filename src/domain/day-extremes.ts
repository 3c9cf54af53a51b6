/**
 * The high and the low of a series, with the hour each was reached: the text
 * summary beside a trend line ("최고 24.1℃ 15시, 최저 14.0℃ 05시"), so the
 * trend is not only a picture.
 */
export interface Extreme {
  readonly value: number;
  /** The hour it was observed (from `times`). */
  readonly time: string;
  readonly hourIndex: number;
}

export interface DayExtremes {
  readonly high: Extreme;
  readonly low: Extreme;
}

/**
 * Null when the series has no observed value at all. On a tie the earliest
 * hour wins (the first time the day reached it).
 */
export function dayExtremes(
  series: readonly (number | null)[],
  times: readonly string[],
): DayExtremes | null {
  let high: Extreme | null = null;
  let low: Extreme | null = null;
  const hours = Math.min(series.length, times.length);
  for (let hourIndex = 0; hourIndex < hours; hourIndex += 1) {
    const value = series[hourIndex];
    if (value == null) continue;
    const time = times[hourIndex]!;
    if (high === null || value > high.value) high = { value, time, hourIndex };
    if (low === null || value < low.value) low = { value, time, hourIndex };
  }
  return high && low ? { high, low } : null;
}
