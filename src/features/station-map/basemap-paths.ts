/**
 * The base map's land as outlines in zoom-0 Web Mercator pixels, projected
 * once. Drawing at any zoom is then one scale and one offset, with no
 * per-vertex work in JavaScript.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { mercatorX, mercatorY } from './mercator';

export type BasemapRole = 'korea' | 'neighbour';

export interface BasemapSource {
  readonly features: readonly {
    /** ISO 3166-1 numeric, as world-atlas writes it (e.g. '410' for South Korea). */
    readonly id?: string | number;
    readonly geometry: Polygon | MultiPolygon;
    readonly properties: { readonly role: BasemapRole };
  }[];
}

/** One closed ring as x, y pairs in zoom-0 pixels: [x0, y0, x1, y1, …]. */
export type ProjectedRing = Float64Array;

export type ProjectedBasemap = Record<BasemapRole, ProjectedRing[]>;

function projectRing(ring: readonly Position[]): ProjectedRing {
  const flat = new Float64Array(ring.length * 2);
  ring.forEach(([lon = 0, lat = 0], index) => {
    flat[index * 2] = mercatorX(lon);
    flat[index * 2 + 1] = mercatorY(lat);
  });
  return flat;
}

/** Every ring (outer and holes) of every feature, grouped by how it is drawn. */
export function projectBasemap(source: BasemapSource): ProjectedBasemap {
  const projected: ProjectedBasemap = { korea: [], neighbour: [] };
  for (const { geometry, properties } of source.features) {
    const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    for (const polygon of polygons)
      for (const ring of polygon) projected[properties.role].push(projectRing(ring));
  }
  return projected;
}

/** The rings of one role as a single path; holes cut out with the even-odd rule. */
export function toPath2D(rings: readonly ProjectedRing[]): Path2D {
  const path = new Path2D();
  for (const ring of rings) {
    if (ring.length < 6) continue;
    path.moveTo(ring[0]!, ring[1]!);
    for (let i = 2; i < ring.length; i += 2) path.lineTo(ring[i]!, ring[i + 1]!);
    path.closePath();
  }
  return path;
}

/** Open lines (borders) in zoom-0 pixels as one path, projected once like the land. */
export function linesToPath2D(lines: readonly (readonly Position[])[]): Path2D {
  const path = new Path2D();
  for (const line of lines) {
    const flat = projectRing(line);
    if (flat.length < 4) continue;
    path.moveTo(flat[0]!, flat[1]!);
    for (let i = 2; i < flat.length; i += 2) path.lineTo(flat[i]!, flat[i + 1]!);
  }
  return path;
}
