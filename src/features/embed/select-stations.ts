import type { ConditionKey } from '../../domain/conditions';
import type { Observation } from '../../domain/observation';
import { matchesRegion, matchesSky } from '../../domain/sky-filter';

export interface WidgetSelection {
  readonly sky: readonly ConditionKey[];
  readonly stations: readonly string[];
  readonly region: string | null;
}

/**
 * The stations a widget shows: the listed station numbers in the given order
 * (or the whole feed in feed order), narrowed by sky condition and province.
 * Deliberately free of the dashboard's search index, which would pull the
 * Hangul library into the widget.
 */
export function selectWidgetStations(
  observations: readonly Observation[],
  { sky, stations, region }: WidgetSelection,
): Observation[] {
  let chosen: readonly Observation[] = observations;
  if (stations.length > 0) {
    const byId = new Map(observations.map((observation) => [observation.stationId, observation]));
    chosen = stations.flatMap((id) => byId.get(id) ?? []);
  }
  const skySet = new Set(sky);
  return chosen.filter(
    (observation) => matchesSky(observation, skySet) && matchesRegion(observation, region),
  );
}
