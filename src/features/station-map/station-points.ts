import type { Lang } from '../../i18n/lang';
import { formatTemperature } from '../../i18n/format';
import { CONDITION_ICONS, conditionDefinition, conditionLabel } from '../../domain/conditions';
import type { Observation } from '../../domain/observation';
import { mercatorX, mercatorY } from './mercator';
import type { StationPoint } from './station-canvas-layer';
import { stationName } from '../../domain/station-name';
import { NO_WIND_COLOR, windBand } from '../../domain/wind-scale';

/**
 * What the marker colours mean. INTEGRATION POINT (map-layers): their
 * `markerPaint(station, coloring)` replaces `markerColor` when it lands; the
 * wind case moves there unchanged.
 */
export type MarkerColoring = 'sky' | 'wind';

interface CachedPoint {
  readonly lang: Lang;
  readonly badge: boolean;
  readonly muted: boolean;
  readonly coloring: MarkerColoring;
  readonly point: StationPoint;
}

/**
 * One point per observation object, kept while the feed lives: a filter
 * change picks existing points instead of formatting and projecting 10,000
 * stations again.
 */
const cache = new WeakMap<Observation, CachedPoint>();

/** What the canvas needs per station. Stations without a position are left out. */
export function toStationPoints(
  stations: readonly Observation[],
  lang: Lang,
  badgeIds?: ReadonlySet<string>,
  coloring: MarkerColoring = 'sky',
  late?: ReadonlyMap<string, number>,
): StationPoint[] {
  const points: StationPoint[] = [];
  for (const station of stations) {
    if (!station.position) continue;
    const badge = badgeIds?.has(station.stationId) ?? false;
    const muted = late?.has(station.stationId) ?? false;
    const cached = cache.get(station);
    if (
      cached &&
      cached.lang === lang &&
      cached.badge === badge &&
      cached.muted === muted &&
      cached.coloring === coloring
    ) {
      points.push(cached.point);
      continue;
    }
    const point = buildPoint(station, station.position, lang, badge, muted, coloring);
    cache.set(station, { lang, badge, muted, coloring, point });
    points.push(point);
  }
  return points;
}

function buildPoint(
  station: Observation,
  position: { lat: number; lon: number },
  lang: Lang,
  badge: boolean,
  muted: boolean,
  coloring: MarkerColoring,
): StationPoint {
  const definition = conditionDefinition(station.condition.key);
  const wind = coloring === 'wind';
  const temperature =
    station.temperature === null ? '—' : formatTemperature(station.temperature, lang);
  const name = stationName(station, lang);
  return {
    id: station.stationId,
    lat: position.lat,
    lon: position.lon,
    // The map uses Leaflet's default Web Mercator CRS; zoom-0 pixels scale to any zoom.
    x0: mercatorX(position.lon),
    y0: mercatorY(position.lat),
    color: wind ? markerWindColor(station) : definition.color,
    // In the wind view the arrow (drawn by the wind layer) is the glyph.
    glyph: wind ? '' : CONDITION_ICONS[definition.icon],
    label: temperature,
    name,
    conditionText: conditionLabel(station.condition, lang),
    badge,
    muted,
  };
}

function markerWindColor(station: Observation): string {
  return station.windSpeed === null ? NO_WIND_COLOR : windBand(station.windSpeed).color;
}
