/**
 * What the list and the map show: a pure function of the feed and the view
 * (sky filter, search, region, sort). No copies in component state.
 */
import type { ConditionKey } from './conditions';
import type { Observation } from './observation';
import { compileSearch, searchKeysFor } from './search-index';
import { matchesRegion, matchesSky } from './sky-filter';
import { stationName } from './station-name';

export const SORT_ORDERS = ['feed', 'name', 'temp-desc', 'temp-asc', 'north-south'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

export interface StationFilter {
  /** Empty = every condition. */
  readonly sky: ReadonlySet<ConditionKey>;
  readonly search: string;
  /** 시·도 (Korean name), or null for the whole country. */
  readonly region: string | null;
}

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

/** Counts per condition over the search/region result, so chips tell what a click would give. */
export function countByCondition(observations: readonly Observation[]): Map<ConditionKey, number> {
  const counts = new Map<ConditionKey, number>();
  for (const observation of observations) {
    counts.set(observation.condition.key, (counts.get(observation.condition.key) ?? 0) + 1);
  }
  return counts;
}

const collators = { ko: new Intl.Collator('ko'), en: new Intl.Collator('en') };

/** Stations without a temperature sort last in both directions; ties keep the feed's order. */
export function sortStations(
  observations: readonly Observation[],
  order: SortOrder,
  lang: 'ko' | 'en',
): Observation[] {
  const sorted = [...observations];
  const byFeed = (a: Observation, b: Observation) => a.feedIndex - b.feedIndex;
  switch (order) {
    case 'feed':
      return sorted.sort(byFeed);
    case 'name': {
      const collator = collators[lang];
      const name = (o: Observation) => stationName(o, lang);
      return sorted.sort((a, b) => collator.compare(name(a), name(b)) || byFeed(a, b));
    }
    case 'temp-desc':
    case 'temp-asc': {
      const sign = order === 'temp-desc' ? -1 : 1;
      return sorted.sort((a, b) => {
        if (a.temperature === null || b.temperature === null) {
          return (
            (a.temperature === null ? 1 : 0) - (b.temperature === null ? 1 : 0) || byFeed(a, b)
          );
        }
        return sign * (a.temperature - b.temperature) || byFeed(a, b);
      });
    }
    case 'north-south':
      return sorted.sort((a, b) => {
        if (a.position === null || b.position === null) {
          return (a.position === null ? 1 : 0) - (b.position === null ? 1 : 0) || byFeed(a, b);
        }
        return b.position.lat - a.position.lat || byFeed(a, b);
      });
  }
}
