/**
 * The map and list at a past hour: the feed's stations (with their catalog
 * names and positions, and their feed order) carrying that hour's values
 * from the history.
 *
 * Decision: a station with nothing observed at that hour (no history for it,
 * or every value null) is LEFT OUT, not shown as "not observed". A past hour
 * shows what was observed then; an empty marker would claim a station was
 * reporting "nothing" when it simply has no record. A station with some
 * values but no sky word gets the table's not-observed condition ("-").
 *
 * The latest view ("지금 / Now") is the observation feed itself, not the last
 * history hour: the feed keeps late stations with their own older time,
 * while the history only holds what was observed in each hour.
 */
import { classifyCondition } from './conditions';
import type { ObservationHistory, StationHistory } from './history';
import type { Observation, ObservationFeed } from './observation';

const NOT_OBSERVED = classifyCondition('-');

export function observationsAt(
  feed: ObservationFeed,
  history: ObservationHistory,
  hourIndex: number,
): readonly Observation[] {
  const time = history.times[hourIndex];
  if (time === undefined) return [];
  const shown: Observation[] = [];
  for (const observation of feed.observations) {
    const series = history.stations.get(observation.stationId);
    if (!series) continue;
    const hour = valuesAt(series, hourIndex);
    if (!hour) continue;
    shown.push({ ...observation, ...hour, observedAt: time });
  }
  return shown;
}

function valuesAt(series: StationHistory, hourIndex: number) {
  const values = {
    temperature: series.temperature[hourIndex] ?? null,
    windDirection: series.windDirection?.[hourIndex] ?? null,
    windSpeed: series.windSpeed?.[hourIndex] ?? null,
    humidity: series.humidity?.[hourIndex] ?? null,
    precipitation1h: series.precipitation1h?.[hourIndex] ?? null,
  };
  const condition = series.condition[hourIndex] ?? null;
  if (condition === null && Object.values(values).every((value) => value === null)) return null;
  return { ...values, condition: condition ?? NOT_OBSERVED };
}
