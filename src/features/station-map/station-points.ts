import type { Lang } from '../../i18n/lang';
import { formatTemperature } from '../../i18n/format';
import { CONDITION_ICONS, conditionDefinition, conditionLabel } from '../observations/conditions';
import type { Observation } from '../observations/observation';
import type { StationPoint } from './station-canvas-layer';

/** What the canvas needs per station, computed once per (stations, language). */
export function toStationPoints(
  stations: readonly Observation[],
  lang: Lang,
  badgeIds?: ReadonlySet<string>,
): StationPoint[] {
  const points: StationPoint[] = [];
  for (const station of stations) {
    if (!station.position) continue;
    const definition = conditionDefinition(station.condition.key);
    const temperature =
      station.temperature === null ? '—' : formatTemperature(station.temperature, lang);
    const name = lang === 'en' ? (station.nameEn ?? station.nameKo) : station.nameKo;
    points.push({
      id: station.stationId,
      lat: station.position.lat,
      lon: station.position.lon,
      color: definition.color,
      glyph: CONDITION_ICONS[definition.icon],
      label: temperature,
      longLabel: `${name} ${conditionLabel(station.condition, lang)} ${temperature}`,
      badge: badgeIds?.has(station.stationId) ?? false,
    });
  }
  return points;
}
