import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
  outlineBox,
  outlinePath,
  UNITS_PER_ZOOM0_PIXEL,
} from '../../../../src/features/station-map/outline-path';
import { mercator, pathPoints } from '../../support/path-data';

const square = (lon: number, lat: number, size: number): Position[] => [
  [lon, lat],
  [lon + size, lat],
  [lon + size, lat + size],
  [lon, lat + size],
  [lon, lat],
];

/** A position in outline units, unrounded. */
function units([lon = 0, lat = 0]: Position): [number, number] {
  const [x, y] = mercator(lon, lat);
  return [x * UNITS_PER_ZOOM0_PIXEL, y * UNITS_PER_ZOOM0_PIXEL];
}

function expectWithinHalfAUnit(actual: [number, number], position: Position): void {
  const [x, y] = units(position);
  expect(Math.abs(actual[0] - x)).toBeLessThanOrEqual(0.5);
  expect(Math.abs(actual[1] - y)).toBeLessThanOrEqual(0.5);
}

describe('outlinePath', () => {
  it('visits every point of a ring to half a unit, once, and closes it', () => {
    const ring = square(126.9, 37.5, 0.2);
    const d = outlinePath([ring], true);
    expect(d).toMatch(/^M\d+ \d+(l-?\d+ -?\d+)+z$/);
    const [visited, ...rest] = pathPoints(d);
    expect(rest).toEqual([]);
    // The GeoJSON ring repeats its first point last; the path closes with z instead.
    expect(visited).toHaveLength(ring.length - 1);
    visited!.forEach((point, index) => expectWithinHalfAUnit(point, ring[index]!));
  });

  it('starts each later ring with a move relative to the ring before’s start', () => {
    const rings = [square(126, 33, 1), square(126.4, 33.4, 0.2), square(130.8, 37.4, 0.1)];
    const d = outlinePath(rings, true);
    expect(d.match(/M/g)).toHaveLength(1);
    expect(d.match(/m/g)).toHaveLength(2);
    const visited = pathPoints(d);
    expect(visited).toHaveLength(3);
    visited.forEach((points, r) =>
      points.forEach((point, index) => expectWithinHalfAUnit(point, rings[r]![index]!)),
    );
    // North is up: a larger latitude is a smaller y.
    expect(visited[0]![2]![1]).toBeLessThan(visited[0]![0]![1]);
  });

  it('leaves lines open, moving on from the end of the one before', () => {
    const lines: Position[][] = [
      [
        [127, 36],
        [127.5, 36.5],
      ],
      [
        [128, 35],
        [128.2, 35.1],
        [128.4, 35],
      ],
    ];
    const d = outlinePath(lines, false);
    expect(d).not.toContain('z');
    const visited = pathPoints(d);
    expect(visited.map((points) => points.length)).toEqual([2, 3]);
    visited.forEach((points, l) =>
      points.forEach((point, index) => expectWithinHalfAUnit(point, lines[l]![index]!)),
    );
  });

  it('skips points that round onto the one before, and lines too short to draw', () => {
    const d = outlinePath(
      [
        [
          [127, 36],
          [127.000001, 36.000001],
          [127.5, 36.5],
        ],
      ],
      false,
    );
    expect(pathPoints(d)[0]).toHaveLength(2);
    expect(outlinePath([[[127, 36]]], false)).toBe('');
    // A ring needs three distinct points.
    expect(
      outlinePath(
        [
          [
            [127, 36],
            [127.5, 36.5],
            [127, 36],
          ],
        ],
        true,
      ),
    ).toBe('');
  });
});

describe('outlineBox', () => {
  it('holds every point, to the unit', () => {
    const rings = [square(126, 33, 1), square(130.8, 37.4, 0.1)];
    const box = outlineBox(rings);
    const all = rings.flat().map(units);
    const xs = all.map(([x]) => x);
    const ys = all.map(([, y]) => y);
    expect(Math.abs(box.x - Math.min(...xs))).toBeLessThanOrEqual(0.5);
    expect(Math.abs(box.y - Math.min(...ys))).toBeLessThanOrEqual(0.5);
    expect(Math.abs(box.x + box.width - Math.max(...xs))).toBeLessThanOrEqual(0.5);
    expect(Math.abs(box.y + box.height - Math.max(...ys))).toBeLessThanOrEqual(0.5);
    expect(outlineBox([])).toEqual({ x: 0, y: 0, width: 0, height: 0 });
  });
});
