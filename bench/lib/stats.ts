/** Small, exact statistics: medians of few samples, never means. */

export interface Spread {
  readonly median: number;
  readonly min: number;
  readonly max: number;
  readonly n: number;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function spread(values: readonly number[]): Spread {
  return {
    median: median(values),
    min: values.length ? Math.min(...values) : Number.NaN,
    max: values.length ? Math.max(...values) : Number.NaN,
    n: values.length,
  };
}

/** app/floor per pair, then their spread; pairs where the floor is 0 carry no ratio. */
export function pairRatios(pairs: readonly { app: number; floor: number }[]): Spread {
  return spread(pairs.filter((pair) => pair.floor > 0).map((pair) => pair.app / pair.floor));
}
