import { gzipSync } from 'node:zlib';
import type { Position } from 'geojson';
import { mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { PROVINCES_KO } from '../../../src/domain/provinces';
import { outlinePath } from '../../../src/features/station-map/outline-path';
import {
  buildProvinceBorders,
  PROVINCE_CODES,
  PROVINCES_OBJECT,
  simplifyLine,
} from '../../../vite-plugins/korea-provinces.ts';
import {
  koreaProvinces,
  loadProvincesSource,
  PROVINCES_RESOLVED_ID,
  PROVINCES_ASSET_NAME,
  PROVINCES_VIRTUAL_ID,
} from '../../../vite-plugins/vite-plugin-korea-provinces.ts';

/**
 * What ships, as projected SVG path data (outline-path.ts): 16,950 bytes,
 * 6,084 gzip (36,450 and 9,628 as GeoJSON). ~1.25× that, so a lost
 * simplification fails here.
 */
const BUDGET_BYTES = 21_000;
const BUDGET_GZIP_BYTES = 7_600;

const topology = JSON.parse(loadProvincesSource()) as Topology;
const provinces = topology.objects[PROVINCES_OBJECT] as GeometryCollection;
const borders = buildProvinceBorders(topology);
const shipped = { d: outlinePath(borders.coordinates, false) };

const key = ([lon = 0, lat = 0]: Position) => `${lon.toFixed(3)},${lat.toFixed(3)}`;

describe('buildProvinceBorders', () => {
  it('knows the 17 provinces of the file by code, with today’s names', () => {
    const codes = provinces.geometries.map((g) => String((g.properties as { code: string }).code));
    expect(codes.sort()).toEqual(Object.keys(PROVINCE_CODES).sort());
    expect(Object.values(PROVINCE_CODES).sort()).toEqual([...PROVINCES_KO].sort());
    expect(PROVINCE_CODES['32']).toBe('강원특별자치도');
    expect(PROVINCE_CODES['35']).toBe('전북특별자치도');
  });

  it('keeps only lines shared by two provinces, never the coast', () => {
    // The coast: arcs used by one province only. No point of it may be a border point.
    const coast = mesh(topology, provinces, (a, b) => a === b);
    const coastPoints = new Set(coast.coordinates.flat().map(key));
    const interior = borders.coordinates.flatMap((line) => line.slice(1, -1));
    const onCoast = interior.filter((point) => coastPoints.has(key(point)));
    expect(interior.length).toBeGreaterThan(1000);
    // A few vertices may round onto a coast vertex where a border runs close to the sea.
    expect(onCoast.length).toBeLessThan(interior.length * 0.01);
  });

  it('draws every interior border the full mesh has, only simplified', () => {
    const full = mesh(topology, provinces, (a, b) => a !== b);
    expect(borders.coordinates).toHaveLength(full.coordinates.length);
    // Every line still starts and ends where the unsimplified one does (within rounding).
    borders.coordinates.forEach((line, index) => {
      const original = full.coordinates[index]!;
      expect(key(line[0]!)).toBe(key(original[0]!));
      expect(key(line.at(-1)!)).toBe(key(original.at(-1)!));
    });
  });

  it('stays on the Korean mainland and islands, rounded to 3 decimals', () => {
    for (const [lon = NaN, lat = NaN] of borders.coordinates.flat()) {
      expect(lon).toBeGreaterThan(124.5);
      expect(lon).toBeLessThan(131);
      expect(lat).toBeGreaterThan(33);
      expect(lat).toBeLessThan(38.7);
      expect(Math.round(lon * 1000) / 1000).toBe(lon);
    }
  });

  it('stays within its size budget, as shipped', () => {
    const json = JSON.stringify(shipped);
    expect(json.length).toBeLessThan(BUDGET_BYTES);
    expect(gzipSync(json).length).toBeLessThan(BUDGET_GZIP_BYTES);
  });

  it('fails loudly on a topology that is not the 17 provinces', () => {
    const wrong = {
      ...topology,
      objects: { [PROVINCES_OBJECT]: { ...provinces, geometries: provinces.geometries.slice(1) } },
    } as Topology;
    expect(() => buildProvinceBorders(wrong)).toThrow(/province codes/);
    expect(() => buildProvinceBorders({ ...topology, objects: {} } as Topology)).toThrow(
      /GeometryCollection/,
    );
  });
});

describe('simplifyLine', () => {
  it('drops points within the tolerance and keeps both ends', () => {
    const line = [
      [0, 0],
      [1, 0.0001],
      [2, 0],
      [3, 1],
      [4, 0],
    ];
    expect(simplifyLine(line, 0.01)).toEqual([
      [0, 0],
      [2, 0],
      [3, 1],
      [4, 0],
    ]);
  });

  it('leaves lines of one or two points alone', () => {
    expect(simplifyLine([[1, 2]], 1)).toEqual([[1, 2]]);
    expect(
      simplifyLine(
        [
          [1, 2],
          [3, 4],
        ],
        1,
      ),
    ).toHaveLength(2);
  });
});

describe('koreaProvinces() vite plugin', () => {
  it('in a build, emits the borders as a JSON asset and exports its URL', () => {
    const plugin = koreaProvinces();
    const { resolveId, load, configResolved } = plugin;
    if (typeof resolveId !== 'object' || typeof load !== 'object') throw new Error('hook shape');
    if (typeof configResolved !== 'function') throw new Error('hook shape');
    configResolved.call({} as never, { command: 'build' } as never);
    const resolved = resolveId.handler.call(
      {} as never,
      PROVINCES_VIRTUAL_ID,
      undefined,
      {} as never,
    );
    expect(resolved).toBe(PROVINCES_RESOLVED_ID);
    const emitted: { name: string; source: string }[] = [];
    const context = {
      emitFile(file: { name: string; source: string }) {
        emitted.push(file);
        return 'ref7';
      },
    };
    const code = String(load.handler.call(context as never, PROVINCES_RESOLVED_ID));
    expect(code).toBe('export default import.meta.ROLLUP_FILE_URL_ref7;\n');
    expect(emitted.map((file) => file.name)).toEqual([PROVINCES_ASSET_NAME]);
    expect(JSON.parse(emitted[0]!.source)).toEqual(shipped);
  });
});
