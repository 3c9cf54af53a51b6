/**
 * How the list and the map order and count stations: the sort orders and the
 * counts per condition. Search is in `search-stations.ts`, the pipeline that
 * puts it all together in `select-shown-stations.ts`.
 */
import type { ConditionKey } from './conditions';
import { distanceKm, type LatLon } from './distance';
import type { Observation } from './observation';
import { stationName } from './station-name';

/** In the order the sort control offers them; `distance` only when a location is known. */
export const SORT_ORDERS = [
  'number',
  'name',
  'temp-desc',
  'temp-asc',
  'north-south',
  'feed',
  'distance',
] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

/** The sort when the URL names none. */
export const DEFAULT_SORT: SortOrder = 'number';

/** Counts per condition over the search/region result, so chips tell what a click would give. */
export function countByCondition(observations: readonly Observation[]): Map<ConditionKey, number> {
  const counts = new Map<ConditionKey, number>();
  for (const observation of observations) {
    counts.set(observation.condition.key, (counts.get(observation.condition.key) ?? 0) + 1);
  }
  return counts;
}

/** The sort actually applied: distance needs a known location, otherwise the default. */
export function effectiveSort(order: SortOrder, origin: LatLon | null): SortOrder {
  return order === 'distance' && origin === null ? DEFAULT_SORT : order;
}

// Made on the first sort by name, not while the entry script runs: the first
// Intl object of a page loads ICU's data (tens of milliseconds on a phone),
// and only the name sort needs a collator.
const collators: Partial<Record<'ko' | 'en', Intl.Collator>> = {};
const collatorFor = (lang: 'ko' | 'en') => (collators[lang] ??= new Intl.Collator(lang));
const byFeed = (a: Observation, b: Observation) => a.feedIndex - b.feedIndex;

/**
 * Sorts by a number per station, computed once per station rather than per
 * comparison; null (no number, no position) goes last; ties keep feed order.
 */
function sortByNumber(
  observations: readonly Observation[],
  numberOf: (o: Observation) => number | null,
): Observation[] {
  const decorated = observations.map((o) => ({ o, n: numberOf(o) }));
  decorated.sort((a, b) => {
    if (a.n === null || b.n === null) return (a.n === null ? 1 : 0) - (b.n === null ? 1 : 0);
    return a.n - b.n;
  });
  // Array.prototype.sort is stable and the input is in feed order within each call.
  return decorated.map(({ o }) => o);
}

const DIGITS = /^\d+$/;

/**
 * Stations without a temperature (or position, for distance and north→south)
 * sort last in both directions; ties keep the feed's order. Station numbers
 * compare as numbers (90 before 100); ids that are not all digits come after
 * them, in feed order.
 */
export function sortStations(
  observations: readonly Observation[],
  order: SortOrder,
  lang: 'ko' | 'en',
  origin: LatLon | null = null,
): Observation[] {
  const inFeedOrder = [...observations].sort(byFeed);
  switch (effectiveSort(order, origin)) {
    case 'feed':
      return inFeedOrder;
    case 'number':
      return sortByNumber(inFeedOrder, (o) =>
        DIGITS.test(o.stationId) ? Number(o.stationId) : null,
      );
    case 'name': {
      const collator = collatorFor(lang);
      const name = (o: Observation) => stationName(o, lang);
      return inFeedOrder.sort((a, b) => collator.compare(name(a), name(b)));
    }
    case 'temp-desc':
      return sortByNumber(inFeedOrder, (o) => (o.temperature === null ? null : -o.temperature));
    case 'temp-asc':
      return sortByNumber(inFeedOrder, (o) => o.temperature);
    case 'north-south':
      return sortByNumber(inFeedOrder, (o) => (o.position === null ? null : -o.position.lat));
    case 'distance':
      return sortByNumber(inFeedOrder, (o) =>
        o.position === null || origin === null ? null : distanceKm(origin, o.position),
      );
  }
}
