/**
 * What the list and the map show, as one pipeline: search and region, then
 * sort, then the sky filter. The sky filter runs last so that the chips can
 * count what a click would give, and so that a chip click costs one pass
 * over the stations rather than a new sort of 10,000.
 */
import type { ConditionKey } from './conditions';
import { countByCondition, filterStations, sortStations, type SortOrder } from './filter-stations';
import type { Observation } from './observation';
import { filterBySky } from './sky-filter';
import type { Lang } from '../i18n/lang';

export interface StationView {
  readonly sky: readonly ConditionKey[];
  readonly search: string;
  readonly region: string | null;
  readonly sort: SortOrder;
}

export interface ShownStations {
  /** After search and region, before the sky filter: what the chips count. */
  readonly counts: ReadonlyMap<ConditionKey, number>;
  /** Everything the view lets through, in the chosen order. */
  readonly shown: readonly Observation[];
}

const NO_SKY: ReadonlySet<ConditionKey> = new Set();

/**
 * A selector that remembers each stage's last inputs, so a change to one
 * part of the view recomputes only the stages after it. Each dashboard keeps
 * its own (`useMemo(createStationSelector, [])`).
 */
export function createStationSelector() {
  let searchedFor: [readonly Observation[], string, string | null] | null = null;
  let searched: Observation[] = [];
  let counts: ReadonlyMap<ConditionKey, number> = new Map();
  let sortedFor: [Observation[], SortOrder, Lang] | null = null;
  let sorted: Observation[] = [];
  let skyFor: readonly ConditionKey[] | null = null;
  let sky: ReadonlySet<ConditionKey> = NO_SKY;
  let shownFor: [Observation[], ReadonlySet<ConditionKey>] | null = null;
  let result: ShownStations = { counts, shown: [] };

  return function selectShown(
    stations: readonly Observation[],
    view: StationView,
    lang: Lang,
  ): ShownStations {
    if (!searchedFor || !same(searchedFor, [stations, view.search, view.region])) {
      searchedFor = [stations, view.search, view.region];
      searched = filterStations(stations, {
        sky: NO_SKY,
        search: view.search,
        region: view.region,
      });
      counts = countByCondition(searched);
    }
    if (!sortedFor || !same(sortedFor, [searched, view.sort, lang])) {
      sortedFor = [searched, view.sort, lang];
      sorted = sortStations(searched, view.sort, lang);
    }
    if (skyFor !== view.sky) {
      skyFor = view.sky;
      sky = view.sky.length === 0 ? NO_SKY : new Set(view.sky);
    }
    if (!shownFor || !same(shownFor, [sorted, sky]) || result.counts !== counts) {
      shownFor = [sorted, sky];
      result = { counts, shown: filterBySky(sorted, sky) };
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
): ShownStations {
  return createStationSelector()(stations, view, lang);
}
