/**
 * Station search: everything that needs Hangul decomposition (es-hangul) in
 * one module. The dashboard loads it after the first draw, or at once when
 * the page opens with a search (`data/station-search.ts`), so the first draw
 * never waits for it; the pipeline (`select-shown-stations.ts`) takes
 * `rankStations` as an argument.
 */
import type { ConditionKey } from './conditions';
import type { Observation } from './observation';
import { compileRankedSearch, compileSearch, NO_MATCH, SEARCH_TIERS } from './rank-search';
import { searchKeysFor } from './search-index';
import { matchesRegion, matchesSky } from './sky-filter';

export { fillSearchKeys } from './search-index';

/**
 * The stations a search finds, grouped by tier (best first), each tier in
 * feed order. No search: one tier holding every station, the same array.
 */
export function rankStations(
  stations: readonly Observation[],
  search: string,
): readonly (readonly Observation[])[] {
  const rank = compileRankedSearch(search);
  if (!rank) return [stations];
  const keys = searchKeysFor(stations);
  const tiers: Observation[][] = Array.from({ length: SEARCH_TIERS }, () => []);
  for (let i = 0; i < stations.length; i += 1) {
    const tier = rank(keys[i]!);
    if (tier !== NO_MATCH) tiers[tier]!.push(stations[i]!);
  }
  return tiers;
}

export interface StationFilter {
  /** Empty = every condition. */
  readonly sky: ReadonlySet<ConditionKey>;
  readonly search: string;
  /** 시·도 (Korean name), or null for the whole country. */
  readonly region: string | null;
}

/** Filters without ranking: what matches, in the order given (the widget's station picker). */
export function filterStations(
  observations: readonly Observation[],
  { sky, search, region }: StationFilter,
): Observation[] {
  const matches = compileSearch(search);
  const keys = matches ? searchKeysFor(observations) : null;
  const result: Observation[] = [];
  for (let i = 0; i < observations.length; i += 1) {
    const observation = observations[i]!;
    if (!matchesSky(observation, sky) || !matchesRegion(observation, region)) continue;
    if (matches && keys && !matches(keys[i]!)) continue;
    result.push(observation);
  }
  return result;
}
