import type { Observation } from '../../domain/observation';
import { isCalm, windArrowRotation } from '../../domain/wind';
import { arrowLength, windBand } from '../../domain/wind-scale';
import { mercatorX, mercatorY } from './mercator';
import type { WindArrowPoint } from './wind-canvas-layer';

/** Room for the marker the arrow starts from (its radius, 10 px). */
const MARKER_RADIUS = 10;

/** One arrow per placed station with a direction and a speed above calm. */
export function toWindArrows(stations: readonly Observation[]): WindArrowPoint[] {
  const arrows: WindArrowPoint[] = [];
  for (const station of stations) {
    const { position, windDirection, windSpeed } = station;
    if (!position || windDirection === null || windSpeed === null || isCalm(windSpeed)) continue;
    arrows.push({
      x0: mercatorX(position.lon),
      y0: mercatorY(position.lat),
      rotation: windArrowRotation(windDirection),
      length: MARKER_RADIUS + arrowLength(windSpeed),
      color: windBand(windSpeed).color,
    });
  }
  return arrows;
}
