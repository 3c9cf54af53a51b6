/**
 * The moves between news and weather, as URL changes: open and close an
 * article, and "지도에서 보기" — select the station and pan to it, clearing
 * the filter first when it hides the station. Each is one history entry.
 * An article also has an address of its own, the href of its headlines.
 */
import { useCallback } from 'react';
import type { Observation } from '../domain/observation';
import type { UrlState } from './url-state';
import { urlStateHref, type UrlStateUpdate } from './use-url-state';

/** Close enough to read the town's label (the map's own selection zoom). */
const STATION_ZOOM = 9;

export function useNewsNavigation(
  all: readonly Observation[],
  url: UrlState,
  updateUrl: (update: UrlStateUpdate, mode?: 'push' | 'replace') => void,
) {
  const openArticle = useCallback((id: string) => updateUrl({ news: id }), [updateUrl]);
  // The same change as openArticle, from the state on screen: filters and selection are kept.
  const articleHref = useCallback((id: string) => urlStateHref({ ...url, news: id }), [url]);
  const closeArticle = useCallback(() => updateUrl({ news: null }), [updateUrl]);
  const showNewsList = useCallback(() => updateUrl({ news: null, panel: 'news' }), [updateUrl]);

  const panTo = useCallback(
    (stationId: string, current: UrlState): Partial<UrlState> => {
      const position = all.find((station) => station.stationId === stationId)?.position;
      return {
        station: stationId,
        news: null,
        // Through the URL's view, so the map pans even when the station was already selected.
        map: position
          ? { ...position, zoom: Math.max(current.map?.zoom ?? 0, STATION_ZOOM) }
          : current.map,
      };
    },
    [all],
  );
  const showOnMap = useCallback(
    (stationId: string) => updateUrl((current) => panTo(stationId, current)),
    [updateUrl, panTo],
  );
  const showHiddenOnMap = useCallback(
    (stationId: string) =>
      updateUrl((current) => ({ sky: [], q: '', region: null, ...panTo(stationId, current) })),
    [updateUrl, panTo],
  );

  return { openArticle, articleHref, closeArticle, showNewsList, showOnMap, showHiddenOnMap };
}
