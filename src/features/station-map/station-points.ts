import type { Lang } from '../../i18n/lang';
import { formatTemperature } from '../../i18n/format';
import { CONDITION_ICONS, conditionDefinition, conditionLabel } from '../../domain/conditions';
import { DEFAULT_MAP_COLORING, markerPaint, type MapColoring } from '../../domain/map-coloring';
import type { Observation } from '../../domain/observation';
import { mercatorX, mercatorY } from './mercator';
import type { StationPoint } from './station-point';
import { stationName } from '../../domain/station-name';

interface CachedPoint {
  readonly lang: Lang;
  readonly badge: boolean;
  readonly muted: boolean;
  readonly coloring: MapColoring;
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
  coloring: MapColoring = DEFAULT_MAP_COLORING,
  /** Late stations (id → ms behind the feed's newest): drawn faded. */
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
  coloring: MapColoring,
): StationPoint {
  const definition = conditionDefinition(station.condition.key);
  const paint = markerPaint(station, coloring);
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
    color: paint.color,
    ink: paint.ink,
    outline: paint.outline,
    // In the wind view the arrow (drawn by the wind layer) is the glyph.
    glyph: coloring === 'wind' ? '' : CONDITION_ICONS[definition.icon],
    label: temperature,
    name,
    conditionText: conditionLabel(station.condition, lang),
    badge,
    muted,
  };
}
