import { useDeferredValue, useMemo } from 'react';
import type { LatLon } from '../domain/distance';
import type { Observation } from '../domain/observation';
import { createStationSelector } from '../domain/select-shown-stations';
import type { Lang } from '../i18n/lang';
import type { UrlState } from './url-state';

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
  // Typing stays responsive at 10,000 stations: the list and map catch up a frame later.
  const search = useDeferredValue(view.q);
  const selectShown = useMemo(() => createStationSelector(), []);
  const selection = selectShown(
    all,
    { sky: view.sky, search, region: view.region, sort: view.sort, origin },
    lang,
  );
  const { shown } = selection;
  const selected = useMemo(
    () => (view.station ? (all.find((s) => s.stationId === view.station) ?? null) : null),
    [all, view.station],
  );
  const selectedShown = selected !== null && shown.includes(selected);
  return { selection, selected, selectedShown };
}
