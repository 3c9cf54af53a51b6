/**
 * How the base map's outlines travel from the build to the browser: as SVG
 * path data, already projected. The build writes each line in Web Mercator
 * "units" (zoom-0 pixels × 2^14, rounded), the browser hands the text to an
 * SVG path or a Path2D as it is: no per-vertex work in JavaScript on the
 * reader's phone. Each point is written as whole units from the one before,
 * so most numbers have one to three digits.
 *
 * Written by the build plugins (vite-plugins/korea-*.ts), read by the map:
 * the same module on both sides, so the format cannot drift.
 */
import type { Position } from 'geojson';
// With its extension: the build plugins load this module through Node, not the bundler.
import { mercatorX, mercatorY } from './mercator.ts';

/**
 * Units per zoom-0 pixel. A unit is about 10 m at Korea's latitude, finer
 * than the data (Natural Earth 1:10m), and a tenth of a screen pixel at the
 * map's deepest zoom (13).
 */
export const UNITS_PER_ZOOM0_PIXEL = 2 ** 14;

/** A box in units: the top-left corner and the size. */
export interface OutlineBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export type LandRole = 'korea' | 'neighbour';

/** The land as the browser gets it. */
export interface LandOutlines {
  /** Around every country's outline: the SVG's view box. */
  readonly box: OutlineBox;
  readonly features: readonly {
    /** ISO 3166-1 numeric, as world-atlas writes it (e.g. '410' for South Korea). */
    readonly id: string;
    readonly role: LandRole;
    /** Every ring of the country (outer and holes alike; filled even-odd). */
    readonly d: string;
  }[];
}

/** Open lines, such as the borders between provinces. */
export interface LineOutlines {
  readonly d: string;
}

/** Build side: a position (lon, lat) in whole units. */
function toUnits([lon = 0, lat = 0]: Position): [number, number] {
  return [
    Math.round(mercatorX(lon) * UNITS_PER_ZOOM0_PIXEL),
    Math.round(mercatorY(lat) * UNITS_PER_ZOOM0_PIXEL),
  ];
}

/** Build side: the box around every point of the lines. */
export function outlineBox(lines: readonly (readonly Position[])[]): OutlineBox {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const line of lines) {
    for (const position of line) {
      const [x, y] = toUnits(position);
      minX = Math.min(minX, x);
      maxX = Math.max(maxX, x);
      minY = Math.min(minY, y);
      maxY = Math.max(maxY, y);
    }
  }
  if (minX > maxX) return { x: 0, y: 0, width: 0, height: 0 };
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

/**
 * Build side: lines as one SVG path. The first line starts with an absolute
 * move, every later one with a move relative to where the path stands (the
 * start of a closed ring, the end of an open line); then each point is
 * whole units from the one before, and points that round onto the one
 * before are left out. `closed` closes each line into a ring (a GeoJSON
 * ring's repeated last point is not written again).
 */
export function outlinePath(lines: readonly (readonly Position[])[], closed: boolean): string {
  const parts: string[] = [];
  let penX = 0;
  let penY = 0;
  for (const line of lines) {
    const points: [number, number][] = [];
    for (const position of line) {
      const [x, y] = toUnits(position);
      const last = points[points.length - 1];
      if (!last || last[0] !== x || last[1] !== y) points.push([x, y]);
    }
    const first = points[0];
    const last = points[points.length - 1];
    if (closed && points.length > 1 && first![0] === last![0] && first![1] === last![1])
      points.pop();
    if (points.length < (closed ? 3 : 2)) continue;
    const [startX, startY] = points[0]!;
    parts.push(parts.length === 0 ? `M${startX} ${startY}` : `m${startX - penX} ${startY - penY}`);
    for (let i = 1; i < points.length; i += 1) {
      const [x, y] = points[i]!;
      const [previousX, previousY] = points[i - 1]!;
      parts.push(`l${x - previousX} ${y - previousY}`);
    }
    if (closed) {
      parts.push('z');
      [penX, penY] = [startX, startY];
    } else {
      [penX, penY] = points[points.length - 1]!;
    }
  }
  return parts.join('');
}
