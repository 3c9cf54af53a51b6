/**
 * The base map's land as outlines in zoom-0 Web Mercator pixels, projected
 * once. Drawing at any zoom is then one scale and one offset, with no
 * per-vertex work in JavaScript.
 */
import { mercatorX, mercatorY } from './mercator';
import { unpackLine, type LandRole, type PackedLand, type PackedLine } from './packed-lines';

/** One closed ring as x, y pairs in zoom-0 pixels: [x0, y0, x1, y1, …]. */
export type ProjectedRing = Float64Array;

export type ProjectedBasemap = Record<LandRole, ProjectedRing[]>;

function projectLine(line: PackedLine): ProjectedRing {
  return unpackLine(line, mercatorX, mercatorY);
}

/** Every ring (outer and holes) of every country, grouped by how it is drawn. */
export function projectBasemap(land: PackedLand): ProjectedBasemap {
  const projected: ProjectedBasemap = { korea: [], neighbour: [] };
  for (const { role, rings } of land.features)
    for (const ring of rings) projected[role].push(projectLine(ring));
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
export function linesToPath2D(lines: readonly PackedLine[]): Path2D {
  const path = new Path2D();
  for (const line of lines) {
    const flat = projectLine(line);
    if (flat.length < 4) continue;
    path.moveTo(flat[0]!, flat[1]!);
    for (let i = 2; i < flat.length; i += 2) path.lineTo(flat[i]!, flat[i + 1]!);
  }
  return path;
}
