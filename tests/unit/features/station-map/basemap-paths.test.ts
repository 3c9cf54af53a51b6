import { describe, expect, it } from 'vitest';
import {
  outlineBox,
  pathData,
  projectBasemap,
  UNITS_PER_ZOOM0_PIXEL,
} from '../../../../src/features/station-map/basemap-paths';
import {
  packLine,
  STEPS_PER_DEGREE,
  unpackLine,
} from '../../../../src/features/station-map/packed-lines';

/** Web Mercator at zoom 0 (a 256-pixel world), written out independently of Leaflet. */
function mercator(lon: number, lat: number): [number, number] {
  const x = ((lon + 180) / 360) * 256;
  const sin = Math.sin((lat * Math.PI) / 180);
  const y = (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * 256;
  return [x, y];
}

const square = (lon: number, lat: number, size: number) => [
  [lon, lat],
  [lon + size, lat],
  [lon + size, lat + size],
  [lon, lat + size],
  [lon, lat],
];

describe('packed lines', () => {
  it('write each point as whole steps from the one before', () => {
    expect(
      packLine([
        [126.9, 37.5],
        [126.9012, 37.4995],
      ]),
    ).toEqual([1_269_000, 375_000, 12, -5]);
  });

  it('give back every point to 1/10,000 degree', () => {
    const line = [
      [126.1234, 37.5678],
      [126.1235, 37.5601],
      [-0.0001, 0],
      [132.9999, 43.5],
    ];
    const flat = unpackLine(
      packLine(line),
      (lon) => lon,
      (lat) => lat,
    );
    line.forEach(([lon, lat], index) => {
      expect(flat[index * 2]).toBeCloseTo(lon!, 9);
      expect(flat[index * 2 + 1]).toBeCloseTo(lat!, 9);
    });
    // Rounded to a step, not truncated.
    expect(packLine([[0.00006, 0.00004]])).toEqual([1, 0]);
    expect(STEPS_PER_DEGREE).toBe(10_000);
  });
});

describe('projectBasemap', () => {
  it('projects every vertex to zoom-0 Web Mercator pixels', () => {
    const projected = projectBasemap({
      features: [{ id: '410', role: 'korea', rings: [packLine(square(126.9, 37.5, 0.2))] }],
    });
    expect(projected.korea).toHaveLength(1);
    const ring = projected.korea[0]!;
    expect(ring).toHaveLength(10);
    square(126.9, 37.5, 0.2).forEach(([lon, lat], index) => {
      const [x, y] = mercator(lon!, lat!);
      expect(ring[index * 2]).toBeCloseTo(x, 9);
      expect(ring[index * 2 + 1]).toBeCloseTo(y, 9);
    });
  });

  it('keeps every ring of every country, grouped by role', () => {
    const projected = projectBasemap({
      features: [
        {
          id: '410',
          role: 'korea',
          rings: [square(126, 33, 1), square(126.4, 33.4, 0.2), square(130.8, 37.4, 0.1)].map(
            packLine,
          ),
        },
        { id: '392', role: 'neighbour', rings: [packLine(square(129, 34, 1))] },
      ],
    });
    expect(projected.korea).toHaveLength(3);
    expect(projected.neighbour).toHaveLength(1);
    // North is up: a larger latitude is a smaller y.
    const outer = projected.korea[0]!;
    expect(outer[5]).toBeLessThan(outer[1]!);
  });
});

/** The points an SVG path of M, l and z commands visits, absolute; one list per M. */
function visitedPoints(d: string): [number, number][][] {
  const lines: [number, number][][] = [];
  let x = 0;
  let y = 0;
  for (const [, command, numbers] of d.matchAll(/([MlZz])([^MlZz]*)/g)) {
    const [a = 0, b = 0] = numbers!.trim().split(/\s+/).filter(Boolean).map(Number);
    if (command === 'M') {
      [x, y] = [a, b];
      lines.push([[x, y]]);
    } else if (command === 'l') {
      x += a;
      y += b;
      lines[lines.length - 1]!.push([x, y]);
    }
  }
  return lines;
}

describe('SVG outlines', () => {
  const ring = square(126.9, 37.5, 0.2);
  const units = ring.map(([lon, lat]) =>
    mercator(lon!, lat!).map((value) => value * UNITS_PER_ZOOM0_PIXEL),
  );

  it('box every point, in units', () => {
    const box = outlineBox([packLine(ring)]);
    const xs = units.map(([x]) => x!);
    const ys = units.map(([, y]) => y!);
    expect(box.x).toBeCloseTo(Math.min(...xs), -0.5);
    expect(box.y).toBeCloseTo(Math.min(...ys), -0.5);
    expect(box.x + box.width).toBeCloseTo(Math.max(...xs), -0.5);
    expect(box.y + box.height).toBeCloseTo(Math.max(...ys), -0.5);
    expect(outlineBox([])).toEqual({ x: 0, y: 0, width: 0, height: 0 });
  });

  it('visit every point, to the unit, from the box’s corner, and close rings', () => {
    const box = outlineBox([packLine(ring)]);
    const d = pathData([packLine(ring)], box, true);
    expect(d).toMatch(/^M\d+ \d+(l-?\d+ -?\d+)+z$/);
    const [visited] = visitedPoints(d);
    expect(visited).toHaveLength(ring.length);
    visited!.forEach(([x, y], index) => {
      expect(Math.abs(x + box.x - units[index]![0]!)).toBeLessThanOrEqual(0.5);
      expect(Math.abs(y + box.y - units[index]![1]!)).toBeLessThanOrEqual(0.5);
    });
  });

  it('leave lines open unless asked, and skip points that round onto the one before', () => {
    const line = packLine([
      [127, 36],
      [127, 36.00001],
      [127.5, 36.5],
    ]);
    const box = outlineBox([line]);
    const d = pathData([line], box, false);
    expect(d).not.toContain('z');
    expect(visitedPoints(d)[0]).toHaveLength(2);
    // A ring needs three points, an open line two.
    expect(pathData([packLine([[127, 36]])], box, false)).toBe('');
    expect(
      pathData(
        [
          packLine([
            [127, 36],
            [127.5, 36.5],
          ]),
        ],
        box,
        true,
      ),
    ).toBe('');
  });
});
