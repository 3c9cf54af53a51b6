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

/**
 * SVG outlines are written in whole units of 1/2^14 zoom-0 pixel (about 10 m
 * at Korea's latitude, finer than the 1/10,000° the build keeps), so path
 * data is short integers, and a unit stays under a tenth of a screen pixel up
 * to the map's deepest zoom (13).
 */
export const UNITS_PER_ZOOM0_PIXEL = 2 ** 14;

/** Where outlines sit, in units: the top-left corner and the size of their bounding box. */
export interface OutlineBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

function toUnits(line: PackedLine): Float64Array {
  return unpackLine(
    line,
    (lon) => Math.round(mercatorX(lon) * UNITS_PER_ZOOM0_PIXEL),
    (lat) => Math.round(mercatorY(lat) * UNITS_PER_ZOOM0_PIXEL),
  );
}

/** The box around every point of the lines, in units. */
export function outlineBox(lines: readonly PackedLine[]): OutlineBox {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const line of lines) {
    const flat = toUnits(line);
    for (let i = 0; i + 1 < flat.length; i += 2) {
      minX = Math.min(minX, flat[i]!);
      maxX = Math.max(maxX, flat[i]!);
      minY = Math.min(minY, flat[i + 1]!);
      maxY = Math.max(maxY, flat[i + 1]!);
    }
  }
  if (minX > maxX) return { x: 0, y: 0, width: 0, height: 0 };
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

/**
 * Lines as SVG path data relative to the box's corner: an absolute move to
 * each line's start, then each point as whole units from the one before
 * (points that round onto the one before are left out). `closed` closes
 * each line into a ring.
 */
export function pathData(lines: readonly PackedLine[], box: OutlineBox, closed: boolean): string {
  const parts: string[] = [];
  for (const line of lines) {
    const flat = toUnits(line);
    if (flat.length < (closed ? 6 : 4)) continue;
    let x = flat[0]! - box.x;
    let y = flat[1]! - box.y;
    parts.push(`M${x} ${y}`);
    for (let i = 2; i + 1 < flat.length; i += 2) {
      const dx = flat[i]! - box.x - x;
      const dy = flat[i + 1]! - box.y - y;
      if (dx === 0 && dy === 0) continue;
      parts.push(`l${dx} ${dy}`);
      x += dx;
      y += dy;
    }
    if (closed) parts.push('z');
  }
  return parts.join('');
}
