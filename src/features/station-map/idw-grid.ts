/**
 * Inverse-distance weighting on a coarse grid: the estimate at each cell
 * centre is the average of the stations' values weighted by 1/d², using only
 * stations within `reach`. Cells with no station in reach stay NaN (left
 * unshaded): far from any station there is nothing to interpolate from.
 *
 * Stations are bucketed by `reach`, so each cell looks at its 3×3 buckets
 * only and the cost grows with stations near the cell, not with the feed.
 */
export interface FieldSample {
  readonly x: number;
  readonly y: number;
  readonly value: number;
}

export interface GridSpec {
  readonly columns: number;
  readonly rows: number;
  /** Cell size in the samples' units; cell (c, r) is centred at ((c + ½)·cell + originX, …). */
  readonly cell: number;
  readonly originX: number;
  readonly originY: number;
  /** Farthest a station can be and still count, in the samples' units. */
  readonly reach: number;
}

export function idwGrid(samples: readonly FieldSample[], spec: GridSpec): Float32Array {
  const { columns, rows, cell, originX, originY, reach } = spec;
  const grid = new Float32Array(columns * rows).fill(Number.NaN);
  if (samples.length === 0 || reach <= 0) return grid;

  // Buckets of `reach` × `reach` over the samples' extent, in flat arrays (no string keys per cell).
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const { x, y } of samples) {
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x);
    maxY = Math.max(maxY, y);
  }
  const bucketColumns = Math.floor((maxX - minX) / reach) + 1;
  const bucketRows = Math.floor((maxY - minY) / reach) + 1;
  const buckets: FieldSample[][] = Array.from({ length: bucketColumns * bucketRows }, () => []);
  for (const sample of samples) {
    const bx = Math.floor((sample.x - minX) / reach);
    const by = Math.floor((sample.y - minY) / reach);
    buckets[by * bucketColumns + bx]!.push(sample);
  }

  const reach2 = reach * reach;
  for (let row = 0; row < rows; row += 1) {
    const y = originY + (row + 0.5) * cell;
    const by = Math.floor((y - minY) / reach);
    if (by < -1 || by > bucketRows) continue;
    for (let column = 0; column < columns; column += 1) {
      const x = originX + (column + 0.5) * cell;
      const bx = Math.floor((x - minX) / reach);
      if (bx < -1 || bx > bucketColumns) continue;
      let weights = 0;
      let sum = 0;
      let exact = Number.NaN;
      for (let ny = Math.max(0, by - 1); ny <= Math.min(bucketRows - 1, by + 1); ny += 1) {
        for (let nx = Math.max(0, bx - 1); nx <= Math.min(bucketColumns - 1, bx + 1); nx += 1) {
          for (const sample of buckets[ny * bucketColumns + nx]!) {
            const d2 = (sample.x - x) ** 2 + (sample.y - y) ** 2;
            if (d2 > reach2) continue;
            if (d2 === 0) exact = sample.value;
            weights += 1 / d2;
            sum += sample.value / d2;
          }
        }
      }
      if (!Number.isNaN(exact)) grid[row * columns + column] = exact;
      else if (weights > 0) grid[row * columns + column] = sum / weights;
    }
  }
  return grid;
}
