// @vitest-environment jsdom
import * as L from 'leaflet';
import { describe, expect, it } from 'vitest';
import { mercatorX, mercatorY } from '../../../../src/features/station-map/mercator';

describe('zoom-0 Web Mercator', () => {
  // The canvas layers must put points exactly where Leaflet's own layers would.
  it.each([
    [37.5665, 126.978], // Seoul
    [33.2467, 126.5653], // Seogwipo
    [37.2411, 131.8647], // Dokdo
    [0, 0],
    [-45.5, -170.25],
    [89.9, 10], // beyond Leaflet's latitude limit: clamped the same way
  ])('matches Leaflet at %f, %f', (lat, lon) => {
    const expected = L.CRS.EPSG3857.latLngToPoint(L.latLng(lat, lon), 0);
    expect(mercatorX(lon)).toBeCloseTo(expected.x, 9);
    expect(mercatorY(lat)).toBeCloseTo(expected.y, 9);
  });
});
