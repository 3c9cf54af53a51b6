import { gzipSync } from 'node:zlib';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { UNITS_PER_ZOOM0_PIXEL } from '../../../src/features/station-map/outline-path';
import {
  buildKoreaBasemap,
  outlineBasemap,
  VIEW_BBOX,
  type Basemap,
  type BasemapFeature,
} from '../../../vite-plugins/korea-basemap.ts';
import {
  koreaBasemap,
  loadKoreaBasemapSource,
  RESOLVED_ID,
  VIRTUAL_ID,
  BASEMAP_ASSET_NAME,
} from '../../../vite-plugins/vite-plugin-korea-basemap.ts';
import { mercator, pathPoints } from '../support/path-data';

/**
 * What ships, as projected SVG path data (outline-path.ts), measured on
 * world-atlas 2.0.2: 69,186 bytes (22,828 gzip; 165,776 and 45,284 as
 * GeoJSON). The budget is ~1.3× that, so a regression (lost rounding,
 * unclipped neighbour) fails here.
 */
const BUDGET_BYTES = 90_000;
const BUDGET_GZIP_BYTES = 29_000;

const basemap: Basemap = buildKoreaBasemap(JSON.parse(loadKoreaBasemapSource()));

function polygonsOf(f: BasemapFeature): Position[][][] {
  return f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
}

/** Even-odd ray casting over every ring, so holes count as outside. */
function inPolygon([lon, lat]: [number, number], polygon: Position[][]): boolean {
  let inside = false;
  for (const ring of polygon) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi = 0, yi = 0] = ring[i] ?? [];
      const [xj = 0, yj = 0] = ring[j] ?? [];
      if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) {
        inside = !inside;
      }
    }
  }
  return inside;
}

/** Names of the features whose land contains the point (given as lat, lon). */
function landAt(lat: number, lon: number, role?: 'korea' | 'neighbour'): string[] {
  return basemap.features
    .filter((f) => role === undefined || f.properties.role === role)
    .filter((f) => polygonsOf(f).some((polygon) => inPolygon([lon, lat], polygon)))
    .map((f) => f.properties.name);
}

describe('buildKoreaBasemap', () => {
  it('keeps both Koreas and the clipped neighbours, with string ISO ids', () => {
    const summary = basemap.features.map((f) => [f.id, f.properties.role, f.properties.name]);
    expect(summary).toEqual([
      ['156', 'neighbour', 'China'],
      ['392', 'neighbour', 'Japan'],
      ['643', 'neighbour', 'Russia'],
      ['410', 'korea', 'South Korea'],
      ['408', 'korea', 'North Korea'],
    ]);
  });

  it.each([
    ['Seoul', 37.57, 126.98, 'South Korea'],
    ['Jeju', 33.38, 126.55, 'South Korea'],
    ['Ulleungdo', 37.5, 130.87, 'South Korea'],
    // Natural Earth 10m draws Dokdo as one ~300 m triangle west of the nominal
    // 37.2417 N 131.8689 E (that point falls in the sea), so test inside the triangle.
    ['Dokdo', 37.2432, 131.8615, 'South Korea'],
    ['Baengnyeongdo', 37.96, 124.66, 'South Korea'],
    ['Heuksando', 34.68, 125.43, 'South Korea'],
    ['Pyongyang', 39.02, 125.75, 'North Korea'],
  ])('puts %s (%f, %f) on Korean land', (_place, lat, lon, country) => {
    expect(landAt(lat, lon, 'korea')).toEqual([country]);
  });

  it.each([
    ['the Yellow Sea', 36.5, 125.0],
    ['the East Sea', 38.5, 132.0],
    ['the Korea Strait', 34.3, 128.3],
  ])('leaves %s (%f, %f) as water', (_place, lat, lon) => {
    expect(landAt(lat, lon)).toEqual([]);
  });

  it('keeps neighbouring land for context', () => {
    expect(landAt(33.6, 130.5, 'neighbour')).toEqual(['Japan']); // Fukuoka area
    expect(landAt(41.8, 123.4, 'neighbour')).toEqual(['China']); // Shenyang
    expect(landAt(43.2, 132.0, 'neighbour')).toEqual(['Russia']); // north of Vladivostok
  });

  it('has no coordinate outside the view box and no degenerate rings', () => {
    const [west, south, east, north] = VIEW_BBOX;
    // Collect offenders instead of asserting per point: ~9,000 expects are slow.
    const problems: string[] = [];
    for (const f of basemap.features) {
      for (const ring of polygonsOf(f).flat()) {
        const name = f.properties.name;
        if (ring.length < 4) problems.push(`${name}: ring of ${ring.length}`);
        if (String(ring[0]) !== String(ring[ring.length - 1])) problems.push(`${name}: open ring`);
        ring.forEach(([lon = NaN, lat = NaN], i) => {
          const at = `${name} [${lon}, ${lat}]`;
          if (!(lon >= west && lon <= east && lat >= south && lat <= north)) {
            problems.push(`${at} outside the view box`);
          }
          if (Math.round(lon * 1e4) / 1e4 !== lon || Math.round(lat * 1e4) / 1e4 !== lat) {
            problems.push(`${at} has more than 4 decimals`);
          }
          if (String(ring[i + 1]) === String([lon, lat])) problems.push(`${at} repeated`);
        });
      }
    }
    expect(problems).toEqual([]);
  });

  it('outlines every ring of every country, point for point, inside the box', () => {
    const outlines = outlineBasemap(basemap);
    expect(outlines.features.map((f) => [f.id, f.role])).toEqual(
      basemap.features.map((f) => [String(f.id), f.properties.role]),
    );
    const { box } = outlines;
    outlines.features.forEach((outlined, index) => {
      const rings = polygonsOf(basemap.features[index]!).flat();
      const visited = pathPoints(outlined.d);
      expect(visited).toHaveLength(rings.length);
      rings.forEach((ring, r) => {
        // The ring's repeated last point is written as a close, not as a point.
        expect(visited[r]).toHaveLength(ring.length - 1);
        visited[r]!.forEach(([x, y], i) => {
          const [lon = 0, lat = 0] = ring[i]!;
          const [expectedX, expectedY] = mercator(lon, lat);
          expect(Math.abs(x - expectedX * UNITS_PER_ZOOM0_PIXEL)).toBeLessThanOrEqual(0.5);
          expect(Math.abs(y - expectedY * UNITS_PER_ZOOM0_PIXEL)).toBeLessThanOrEqual(0.5);
          expect(x >= box.x && x <= box.x + box.width).toBe(true);
          expect(y >= box.y && y <= box.y + box.height).toBe(true);
        });
      });
    });
  });

  it('stays within its size budget, as shipped', () => {
    const json = JSON.stringify(outlineBasemap(basemap));
    expect(json.length).toBeLessThan(BUDGET_BYTES);
    expect(gzipSync(json).length).toBeLessThan(BUDGET_GZIP_BYTES);
  });
});

describe('koreaBasemap() vite plugin', () => {
  function hooks(command: 'build' | 'serve') {
    const plugin = koreaBasemap();
    const { resolveId, load, configResolved } = plugin;
    if (typeof resolveId !== 'object' || typeof load !== 'object') throw new Error('hook shape');
    if (typeof configResolved !== 'function') throw new Error('hook shape');
    configResolved.call({} as never, { command } as never);
    return { resolveId, load };
  }

  it('in a build, emits the outlined base map as a JSON asset and exports its URL', () => {
    const { resolveId, load } = hooks('build');
    expect(resolveId.filter?.id).toBeInstanceOf(RegExp);
    // The resolve hook uses no plugin context, so an empty one is enough here.
    expect(resolveId.handler.call({} as never, VIRTUAL_ID, undefined, {} as never)).toBe(
      RESOLVED_ID,
    );
    const emitted: { type: string; name: string; source: string }[] = [];
    const context = {
      emitFile(file: { type: string; name: string; source: string }) {
        emitted.push(file);
        return 'ref1';
      },
    };
    const code = String(load.handler.call(context as never, RESOLVED_ID));
    expect(code).toBe('export default import.meta.ROLLUP_FILE_URL_ref1;\n');
    expect(emitted).toHaveLength(1);
    expect(emitted[0]!.type).toBe('asset');
    expect(emitted[0]!.name).toBe(BASEMAP_ASSET_NAME);
    expect(JSON.parse(emitted[0]!.source)).toEqual(outlineBasemap(basemap));
  });

  it('on the dev server, exports the address its middleware serves', () => {
    const { load } = hooks('serve');
    const code = String(load.handler.call({} as never, RESOLVED_ID));
    expect(code).toMatch(/^export default "\/@nalssi\/korea-basemap\.json";/);
  });
});
