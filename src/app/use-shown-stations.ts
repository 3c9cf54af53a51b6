import { useDeferredValue, useMemo } from 'react';
import type { LatLon } from '../domain/distance';
import type { Observation } from '../domain/observation';
import { createStationSelector, needsSearch } from '../domain/select-shown-stations';
import type { Lang } from '../i18n/lang';
import type { UrlState } from './url-state';
import { useStationSearch } from './use-station-search';

const NO_STATIONS: readonly Observation[] = [];

/**
 * The stations the view lets through (the domain's one pipeline), and the
 * selected station, which stays selected even when a filter hides it.
 */
export function useShownStations(
  all: readonly Observation[],
  view: UrlState,
  lang: Lang,
  origin: LatLon | null = null,
) {
  // The control answers at once (the pressed chip, the typed letter); the
  // list and the map follow in a render React can interrupt and split, so
  // neither a key nor a click waits for hundreds of rows and markers.
  const search = useDeferredValue(view.q);
  const sky = useDeferredValue(view.sky);
  const region = useDeferredValue(view.region);
  const sort = useDeferredValue(view.sort);
  // Until the search code is here (only when the page opened with `q=`), the
  // pipeline is given no stations: the map draws none rather than all of them.
  const rank = useStationSearch(search)?.rankStations;
  const searchReady = rank !== undefined || !needsSearch(search);
  const selectShown = useMemo(() => createStationSelector(), []);
  const selection = selectShown(
    searchReady ? all : NO_STATIONS,
    { sky, search, region, sort, origin },
    lang,
    rank,
  );
  const { shown } = selection;
  const selected = useMemo(
    () => (view.station ? (all.find((s) => s.stationId === view.station) ?? null) : null),
    [all, view.station],
  );
  const selectedShown = selected !== null && shown.includes(selected);
  // What `selection` was computed for: describe the results with these, not with `view`.
  const applied = useMemo(() => ({ sky, region, q: search }), [sky, region, search]);
  // True while the stations wait for the search code: not "nothing found".
  const searchPending = !searchReady && all.length > 0;
  return { selection, applied, selected, selectedShown, searchPending };
}
