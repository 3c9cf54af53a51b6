/**
 * How the base map's lines travel from the build to the browser. GeoJSON
 * writes every vertex as two decimals ("126.1234,37.5678"); here each line or
 * ring is a flat list of whole steps of 1/10,000 degree (about 11 m, the
 * precision the build keeps anyway), each point written as its difference
 * from the one before: [lon₀, lat₀, Δlon₁, Δlat₁, …]. Neighbouring points are
 * close, so most numbers have two or three digits, and the land's file is
 * under half its GeoJSON size after gzip (see vite-plugins/korea-basemap.ts).
 *
 * Written by the build plugins, read by the map: the same module on both
 * sides, so the format cannot drift.
 */
import type { Position } from 'geojson';

export const STEPS_PER_DEGREE = 10_000;

/** [lon₀, lat₀, Δlon₁, Δlat₁, …] in steps of 1/10,000 degree. */
export type PackedLine = readonly number[];

export type LandRole = 'korea' | 'neighbour';

/** The land: each country's rings (outer and holes alike; the map fills them even-odd). */
export interface PackedLand {
  readonly features: readonly {
    /** ISO 3166-1 numeric, as world-atlas writes it (e.g. '410' for South Korea). */
    readonly id: string;
    readonly role: LandRole;
    readonly rings: readonly PackedLine[];
  }[];
}

/** Open lines, such as the borders between provinces. */
export interface PackedLines {
  readonly lines: readonly PackedLine[];
}

/** Build side: positions (lon, lat) to a packed line. */
export function packLine(positions: readonly Position[]): number[] {
  const packed: number[] = [];
  let lon = 0;
  let lat = 0;
  for (const [x = 0, y = 0] of positions) {
    const stepLon = Math.round(x * STEPS_PER_DEGREE);
    const stepLat = Math.round(y * STEPS_PER_DEGREE);
    packed.push(stepLon - lon, stepLat - lat);
    lon = stepLon;
    lat = stepLat;
  }
  return packed;
}

/**
 * Browser side: a packed line's points through `projectLon` and `projectLat`
 * (degrees in, pixels out), as a flat [x₀, y₀, x₁, y₁, …] array.
 */
export function unpackLine(
  packed: PackedLine,
  projectLon: (lon: number) => number,
  projectLat: (lat: number) => number,
): Float64Array {
  const flat = new Float64Array(packed.length);
  let lon = 0;
  let lat = 0;
  for (let i = 0; i + 1 < packed.length; i += 2) {
    lon += packed[i]!;
    lat += packed[i + 1]!;
    flat[i] = projectLon(lon / STEPS_PER_DEGREE);
    flat[i + 1] = projectLat(lat / STEPS_PER_DEGREE);
  }
  return flat;
}
