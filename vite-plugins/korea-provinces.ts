/**
 * Builds the province (시·도) borders drawn over the land: only the lines two
 * provinces share. The coastline stays Natural Earth's (see korea-basemap.ts);
 * KOSTAT's own coast differs from it by up to a few hundred metres, so drawing
 * KOSTAT's outer edges too would trace a second, shifted coast.
 *
 * Runs at build time only; the browser gets a few kilobytes of lines.
 */
import type { MultiLineString, Position } from 'geojson';
import { mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** The object holding the 17 provinces in `data/kostat-provinces-2018.topo.json`. */
export const PROVINCES_OBJECT = 'skorea_provinces_2018_geo';

/**
 * KOSTAT's 2-digit codes with today's names. The 2018 data says 강원도 and
 * 전라북도; both were renamed later (2023, 2024) with unchanged borders.
 */
export const PROVINCE_CODES: Readonly<Record<string, string>> = {
  '11': '서울특별시',
  '21': '부산광역시',
  '22': '대구광역시',
  '23': '인천광역시',
  '24': '광주광역시',
  '25': '대전광역시',
  '26': '울산광역시',
  '29': '세종특별자치시',
  '31': '경기도',
  '32': '강원특별자치도',
  '33': '충청북도',
  '34': '충청남도',
  '35': '전북특별자치도',
  '36': '전라남도',
  '37': '경상북도',
  '38': '경상남도',
  '39': '제주특별자치도',
};

/**
 * Douglas–Peucker tolerance in degrees (~220 m north–south). At zoom 9 one
 * screen pixel is ~250 m, so the lines look exact up to there; closer in they
 * are a little angular, which a weather map can afford. Measured (gzip):
 * 0.001 → 15.4 kB, 0.002 → 9.5 kB, 0.003 → 7.0 kB (then visibly coarse at 9).
 */
export const SIMPLIFY_TOLERANCE = 0.002;
/** 3 decimals is ~100 m: finer than the tolerance, so rounding adds no visible error. */
const PRECISION = 1e3;

function round(value: number): number {
  return Math.round(value * PRECISION) / PRECISION;
}

/** Squared distance from p to the segment a–b, in degrees (flat: the lines are short). */
function segmentDistance2(p: Position, a: Position, b: Position): number {
  const [px = 0, py = 0] = p;
  const [ax = 0, ay = 0] = a;
  const [bx = 0, by = 0] = b;
  const dx = bx - ax;
  const dy = by - ay;
  const length2 = dx * dx + dy * dy;
  const t =
    length2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length2));
  const cx = ax + t * dx - px;
  const cy = ay + t * dy - py;
  return cx * cx + cy * cy;
}

/** Douglas–Peucker, iterative (no recursion depth limit on long borders). Keeps both ends. */
export function simplifyLine(line: readonly Position[], tolerance: number): Position[] {
  if (line.length <= 2) return [...line];
  const keep = new Uint8Array(line.length);
  keep[0] = 1;
  keep[line.length - 1] = 1;
  const stack: [number, number][] = [[0, line.length - 1]];
  const limit = tolerance * tolerance;
  while (stack.length > 0) {
    const [first, last] = stack.pop()!;
    let farthest = -1;
    let farthestDistance = limit;
    for (let i = first + 1; i < last; i += 1) {
      const distance = segmentDistance2(line[i]!, line[first]!, line[last]!);
      if (distance > farthestDistance) {
        farthest = i;
        farthestDistance = distance;
      }
    }
    if (farthest < 0) continue;
    keep[farthest] = 1;
    stack.push([first, farthest], [farthest, last]);
  }
  return line.filter((_, index) => keep[index] === 1);
}

/** Rounds and drops points that rounding made identical to the previous one. */
function compactLine(line: readonly Position[]): Position[] {
  const out: Position[] = [];
  for (const [lon = NaN, lat = NaN] of line) {
    const point = [round(lon), round(lat)];
    const last = out[out.length - 1];
    if (last && last[0] === point[0] && last[1] === point[1]) continue;
    out.push(point);
  }
  return out;
}

/**
 * The interior borders of the 17 provinces as one MultiLineString (lon, lat).
 * Throws if the topology is not the expected one, so a wrong file fails the build.
 */
export function buildProvinceBorders(topology: Topology): MultiLineString {
  const provinces = topology.objects[PROVINCES_OBJECT];
  if (provinces?.type !== 'GeometryCollection') {
    throw new Error(`korea-provinces: topology has no "${PROVINCES_OBJECT}" GeometryCollection`);
  }
  const collection = provinces as GeometryCollection;
  const codes = collection.geometries.map((g) =>
    String((g.properties as { code?: unknown } | undefined)?.code),
  );
  const expected = Object.keys(PROVINCE_CODES);
  if (codes.length !== expected.length || !expected.every((code) => codes.includes(code))) {
    throw new Error(`korea-provinces: expected province codes ${expected.join(',')}`);
  }
  // An arc shared by two different provinces is a border; an arc used by one is coast.
  const borders = mesh(topology, collection, (a, b) => a !== b);
  const lines = borders.coordinates
    .map((line) => compactLine(simplifyLine(line, SIMPLIFY_TOLERANCE)))
    .filter((line) => line.length >= 2);
  return { type: 'MultiLineString', coordinates: lines };
}
