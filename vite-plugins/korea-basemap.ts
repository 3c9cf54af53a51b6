/**
 * Cuts the offline base map of Korea out of Natural Earth (world-atlas
 * countries-10m TopoJSON). It runs at build time only, so the browser gets a
 * few hundred kilobytes of Korea instead of the whole world.
 */
import { bboxClip } from '@turf/bbox-clip';
import type { BBox, Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryObject, Properties, Topology } from 'topojson-specification';
import {
  outlineBox,
  outlinePath,
  type LandOutlines,
  type LandRole,
} from '../src/features/station-map/outline-path.ts';

export type BasemapRole = LandRole;
export interface BasemapProperties {
  role: BasemapRole;
  name: string;
}
export type BasemapFeature = Feature<Polygon | MultiPolygon, BasemapProperties>;
export type Basemap = FeatureCollection<Polygon | MultiPolygon, BasemapProperties>;

/** [west, south, east, north]: the peninsula, Jeju, Ulleungdo/Dokdo and a margin of sea. */
export const VIEW_BBOX: BBox = [122, 31.5, 133, 43.5];

/** ISO 3166-1 numeric codes; world-atlas stores them as zero-padded strings. */
export const KOREA_IDS = ['410', '408'] as const;
/** China, Japan, Russia: shown clipped, only so the coast does not float in a void. */
export const NEIGHBOUR_IDS = ['156', '392', '643'] as const;

/** 4 decimals is ~11 m, finer than the 10m data's own quantisation (~0.0036° × 0.0017°). */
const PRECISION = 1e4;

type Ring = Position[];
type PolygonCoords = Ring[];

function round(value: number): number {
  return Math.round(value * PRECISION) / PRECISION;
}

/** Twice the signed area; zero means the ring collapsed into a line or a point. */
function ringArea2(ring: Ring): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const [xj = 0, yj = 0] = ring[j] ?? [];
    sum += (xj - xi) * (yj + yi);
  }
  return sum;
}

/** Rounds, drops consecutive duplicates and returns null if the ring degenerates. */
function compactRing(ring: Ring): Ring | null {
  const out: Ring = [];
  for (const position of ring) {
    const x = round(position[0] ?? NaN);
    const y = round(position[1] ?? NaN);
    const last = out[out.length - 1];
    if (last && last[0] === x && last[1] === y) continue;
    out.push([x, y]);
  }
  const first = out[0];
  const last = out[out.length - 1];
  // Rounding can separate the closing point from the first one, or merge them.
  if (first && last && (first[0] !== last[0] || first[1] !== last[1])) out.push([...first]);
  // A valid linear ring needs 4 positions; a zero-area one would only draw a hairline.
  return out.length >= 4 && ringArea2(out) !== 0 ? out : null;
}

function compactPolygon(polygon: PolygonCoords): PolygonCoords | null {
  const [outer, ...holes] = polygon;
  const shell = outer ? compactRing(outer) : null;
  // Holes without their shell would turn into land, so the whole polygon goes.
  if (!shell) return null;
  return [shell, ...holes.map(compactRing).filter((ring): ring is Ring => ring !== null)];
}

function polygonsOf(geometry: Polygon | MultiPolygon): PolygonCoords[] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

function toGeometry(polygons: PolygonCoords[]): Polygon | MultiPolygon | null {
  const [only] = polygons;
  if (!only) return null;
  return polygons.length === 1
    ? { type: 'Polygon', coordinates: only }
    : { type: 'MultiPolygon', coordinates: polygons };
}

function countryGeometry(
  topology: Topology,
  geometries: readonly GeometryObject<Properties>[],
  id: string,
): { name: string; geometry: Polygon | MultiPolygon } {
  const object = geometries.find((g) => String(g.id) === id);
  // Fail the build loudly if a world-atlas upgrade renames or drops a country.
  if (!object) throw new Error(`korea-basemap: country ${id} not found in the topology`);
  const { geometry, properties } = feature(topology, object) as Feature<
    Polygon | MultiPolygon | null,
    { name?: unknown } | null
  >;
  if (geometry?.type !== 'Polygon' && geometry?.type !== 'MultiPolygon') {
    throw new Error(`korea-basemap: country ${id} is not a polygon`);
  }
  const name = typeof properties?.name === 'string' ? properties.name : id;
  return { name, geometry };
}

function makeFeature(
  id: string,
  name: string,
  role: BasemapRole,
  polygons: PolygonCoords[],
): BasemapFeature | null {
  const geometry = toGeometry(
    polygons.map(compactPolygon).filter((p): p is PolygonCoords => p !== null),
  );
  return geometry ? { type: 'Feature', id, properties: { role, name }, geometry } : null;
}

/**
 * The base map as the browser gets it: each country's rings as one SVG path,
 * projected (`src/features/station-map/outline-path.ts`), and the box around
 * them all. World-atlas 2.0.2: 165,776 bytes (45,284 gzip) as GeoJSON; see
 * the size test for what ships.
 */
export function outlineBasemap(basemap: Basemap): LandOutlines {
  const rings = (feature: BasemapFeature) => polygonsOf(feature.geometry).flat();
  return {
    box: outlineBox(basemap.features.flatMap(rings)),
    features: basemap.features.map((feature) => ({
      id: String(feature.id),
      role: feature.properties.role,
      d: outlinePath(rings(feature), true),
    })),
  };
}

/**
 * Builds the Korea base map from the world-atlas `countries-10m.json` topology.
 * Both Koreas are kept whole (they lie inside VIEW_BBOX anyway); neighbours are
 * clipped to it. Neighbours come first so Korea is drawn on top of them.
 */
export function buildKoreaBasemap(topology: Topology): Basemap {
  const countries = topology.objects['countries'];
  if (countries?.type !== 'GeometryCollection') {
    throw new Error('korea-basemap: topology has no "countries" GeometryCollection');
  }
  const features: BasemapFeature[] = [];

  for (const id of NEIGHBOUR_IDS) {
    const { name, geometry } = countryGeometry(topology, countries.geometries, id);
    const clipped = bboxClip(geometry, VIEW_BBOX).geometry;
    // bboxClip only returns line types for line input; this narrows the type.
    if (clipped.type !== 'Polygon' && clipped.type !== 'MultiPolygon') continue;
    const f = makeFeature(id, name, 'neighbour', polygonsOf(clipped));
    if (f) features.push(f);
  }

  for (const id of KOREA_IDS) {
    const { name, geometry } = countryGeometry(topology, countries.geometries, id);
    const f = makeFeature(id, name, 'korea', polygonsOf(geometry));
    if (!f) throw new Error(`korea-basemap: country ${id} has no usable polygons`);
    features.push(f);
  }

  return { type: 'FeatureCollection', features };
}
