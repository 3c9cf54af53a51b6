import { describe, expect, it } from 'vitest';
import { idwGrid, type GridSpec } from '../../../../src/features/station-map/idw-grid';

/** A 1-unit grid whose cell centres fall on x = 0.5, 1.5, …; y likewise. */
const spec = (columns: number, rows: number, reach: number): GridSpec => ({
  columns,
  rows,
  cell: 1,
  originX: 0,
  originY: 0,
  reach,
});

describe('idwGrid', () => {
  it('takes a station’s own value in the cell centred on it', () => {
    const grid = idwGrid([{ x: 1.5, y: 0.5, value: 21 }], spec(3, 1, 10));
    expect(grid[1]).toBe(21);
  });

  it('lies between the stations’ values, nearer to the nearer station', () => {
    const grid = idwGrid(
      [
        { x: 0.5, y: 0.5, value: 10 },
        { x: 10.5, y: 0.5, value: 20 },
      ],
      spec(11, 1, 50),
    );
    const values = [...grid];
    for (const value of values) {
      expect(value).toBeGreaterThanOrEqual(10);
      expect(value).toBeLessThanOrEqual(20);
    }
    expect(values[5]).toBeCloseTo(15, 5); // midway
    expect(values[2]!).toBeLessThan(15);
    expect(values[8]!).toBeGreaterThan(15);
    // Monotone from one station to the other.
    for (let i = 1; i < values.length; i += 1) expect(values[i]!).toBeGreaterThan(values[i - 1]!);
  });

  it('leaves cells with no station in reach unshaded (NaN)', () => {
    const grid = idwGrid([{ x: 0.5, y: 0.5, value: 5 }], spec(10, 1, 3));
    expect(grid[3]).toBe(5); // exactly at the reach: still counted
    expect(Number.isNaN(grid[4]!)).toBe(true);
    expect(Number.isNaN(grid[9]!)).toBe(true);
  });

  it('gives an all-NaN grid without stations', () => {
    expect([...idwGrid([], spec(4, 2, 5))].every(Number.isNaN)).toBe(true);
  });

  it('finds stations across bucket edges, with negative coordinates too', () => {
    const grid = idwGrid([{ x: -0.5, y: 2.5, value: 7 }], { ...spec(2, 4, 2), originX: -1 });
    // Cell (0, 2) is centred on the station; cell (1, 3) is √2 away, in reach.
    expect(grid[2 * 2]).toBe(7);
    expect(grid[3 * 2 + 1]).toBe(7);
  });
});
