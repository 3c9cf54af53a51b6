import type { Observation } from './observation';
import { compileRankedSearch, NO_MATCH, SEARCH_TIERS } from './rank-search';
import { searchKeysFor } from './search-index';

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
