import { describe, expect, it } from 'vitest';
import { projectBasemap } from '../../../../src/features/station-map/basemap-paths';

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

describe('projectBasemap', () => {
  it('projects every vertex to zoom-0 Web Mercator pixels', () => {
    const projected = projectBasemap({
      features: [
        {
          geometry: { type: 'Polygon', coordinates: [square(126.9, 37.5, 0.2)] },
          properties: { role: 'korea' },
        },
      ],
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

  it('keeps holes and every polygon of a multipolygon, grouped by role', () => {
    const projected = projectBasemap({
      features: [
        {
          geometry: {
            type: 'MultiPolygon',
            coordinates: [
              [square(126, 33, 1), square(126.4, 33.4, 0.2)],
              [square(130.8, 37.4, 0.1)],
            ],
          },
          properties: { role: 'korea' },
        },
        {
          geometry: { type: 'Polygon', coordinates: [square(129, 34, 1)] },
          properties: { role: 'neighbour' },
        },
      ],
    });
    expect(projected.korea).toHaveLength(3);
    expect(projected.neighbour).toHaveLength(1);
    // North is up: a larger latitude is a smaller y.
    const outer = projected.korea[0]!;
    expect(outer[5]).toBeLessThan(outer[1]!);
  });
});
