/**
 * What the list and the map show, as one pipeline: search (ranked into
 * tiers), then region, then sort within each tier, then the sky filter. The
 * sky filter runs last so that the chips can count what a click would give,
 * and so that a chip click costs one pass over the stations (plus one over
 * the searched stations for the region counts when a region is chosen)
 * rather than a new sort of 10,000.
 *
 * Search code is not part of this module: a view with a search needs
 * `rankStations` from `search-stations.ts`, passed in by the caller, which
 * loads it on demand (the first draw of an address without `q=` never does).
 */
import type { ConditionKey } from './conditions';
import type { LatLon } from './distance';
import { countByCondition, sortStations, type SortOrder } from './filter-stations';
import type { Observation } from './observation';
import type { rankStations } from './search-stations';
import { matchesSky } from './sky-filter';
import type { Lang } from '../i18n/lang';

export interface StationView {
  readonly sky: readonly ConditionKey[];
  readonly search: string;
  readonly region: string | null;
  readonly sort: SortOrder;
  /** The reader's position for the distance sort; never stored, null when unknown. */
  readonly origin?: LatLon | null;
}

export interface ShownStations {
  /** After search and region, before the sky filter: what the chips count. */
  readonly counts: ReadonlyMap<ConditionKey, number>;
  /** Per 시·도, after search and the sky filter, before the region: what the region control counts. */
  readonly regionCounts: ReadonlyMap<string, number>;
  /** After search and the sky filter, every region together (stations without a province too). */
  readonly nationwideCount: number;
  /** Everything the view lets through: best search tier first, the chosen order within a tier. */
  readonly shown: readonly Observation[];
}

type Tiers = readonly (readonly Observation[])[];

/** The search code the pipeline needs for a view with a search. */
export type RankStations = typeof rankStations;

/** True when the query searches (it is not blank), so the pipeline needs `RankStations` for any stations. */
export function needsSearch(query: string): boolean {
  return query.trim() !== '';
}

function rankOrThrow(rank: RankStations | undefined): RankStations {
  if (!rank) throw new Error('A view with a search needs rankStations (search-stations.ts).');
  return rank;
}

const NO_SKY: ReadonlySet<ConditionKey> = new Set();

function inRegion(tiers: Tiers, region: string | null): Tiers {
  if (region === null) return tiers;
  return tiers.map((tier) => tier.filter((o) => o.province === region));
}

function countProvinces(tiers: Tiers, sky: ReadonlySet<ConditionKey>) {
  const regionCounts = new Map<string, number>();
  let nationwideCount = 0;
  for (const tier of tiers) {
    for (const o of tier) {
      if (!matchesSky(o, sky)) continue;
      nationwideCount += 1;
      if (o.province !== null) {
        regionCounts.set(o.province, (regionCounts.get(o.province) ?? 0) + 1);
      }
    }
  }
  return { regionCounts, nationwideCount };
}

/** Without a region, one loop both filters by sky and counts provinces. */
function skyAndProvinces(sorted: readonly Observation[], sky: ReadonlySet<ConditionKey>) {
  const filtering = sky.size > 0;
  const shown: Observation[] = [];
  const regionCounts = new Map<string, number>();
  for (const o of sorted) {
    if (filtering) {
      if (!matchesSky(o, sky)) continue;
      shown.push(o);
    }
    if (o.province !== null) regionCounts.set(o.province, (regionCounts.get(o.province) ?? 0) + 1);
  }
  const result = filtering ? shown : sorted;
  return { shown: result, regionCounts, nationwideCount: result.length };
}

/** Chip counts over every tier, without first copying the tiers into one array. */
function countTiers(tiers: Tiers): Map<ConditionKey, number> {
  if (tiers.length === 1) return countByCondition(tiers[0]!);
  const counts = new Map<ConditionKey, number>();
  for (const tier of tiers) {
    for (const [key, count] of countByCondition(tier))
      counts.set(key, (counts.get(key) ?? 0) + count);
  }
  return counts;
}

/**
 * A selector that remembers each stage's last inputs, so a change to one
 * part of the view recomputes only the stages after it. Each dashboard keeps
 * its own (`useMemo(createStationSelector, [])`).
 */
export function createStationSelector() {
  let rankedFor: [readonly Observation[], string] | null = null;
  let ranked: Tiers = [];
  let regionFor: [Tiers, string | null] | null = null;
  let regioned: Tiers = [];
  let counts: ReadonlyMap<ConditionKey, number> = new Map();
  let sortedFor: [Tiers, SortOrder, Lang, LatLon | null] | null = null;
  let sorted: readonly Observation[] = [];
  let skyFor: readonly ConditionKey[] | null = null;
  let sky: ReadonlySet<ConditionKey> = NO_SKY;
  let shownFor: [readonly Observation[], ReadonlySet<ConditionKey>, Tiers] | null = null;
  let result: ShownStations = { counts, regionCounts: new Map(), nationwideCount: 0, shown: [] };

  return function selectShown(
    stations: readonly Observation[],
    view: StationView,
    lang: Lang,
    rank?: RankStations,
  ): ShownStations {
    const origin = view.origin ?? null;
    if (!rankedFor || !same(rankedFor, [stations, view.search])) {
      rankedFor = [stations, view.search];
      // No stations (the feed is still loading): nothing to search, no search code needed.
      const searching = needsSearch(view.search) && stations.length > 0;
      ranked = searching ? rankOrThrow(rank)(stations, view.search) : [stations];
    }
    if (!regionFor || !same(regionFor, [ranked, view.region])) {
      regionFor = [ranked, view.region];
      regioned = inRegion(ranked, view.region);
      counts = countTiers(regioned);
    }
    if (!sortedFor || !same(sortedFor, [regioned, view.sort, lang, origin])) {
      sortedFor = [regioned, view.sort, lang, origin];
      sorted = regioned.flatMap((tier) => sortStations(tier, view.sort, lang, origin));
    }
    if (skyFor !== view.sky) {
      skyFor = view.sky;
      sky = view.sky.length === 0 ? NO_SKY : new Set(view.sky);
    }
    if (!shownFor || !same(shownFor, [sorted, sky, ranked]) || result.counts !== counts) {
      shownFor = [sorted, sky, ranked];
      result =
        view.region === null
          ? { counts, ...skyAndProvinces(sorted, sky) }
          : {
              counts,
              ...countProvinces(ranked, sky),
              shown: sky.size === 0 ? sorted : sorted.filter((o) => matchesSky(o, sky)),
            };
    }
    return result;
  };
}

function same(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((value, i) => Object.is(value, b[i]));
}

/** The pipeline without memory: for tests, the widget's preview and one-off callers. */
export function selectShownStations(
  stations: readonly Observation[],
  view: StationView,
  lang: Lang,
  rank?: RankStations,
): ShownStations {
  return createStationSelector()(stations, view, lang, rank);
}
