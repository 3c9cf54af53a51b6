/**
 * The moves between news and weather, as URL changes: open and close an
 * article, and "지도에서 보기" — select the station and pan to it, clearing
 * the filter first when it hides the station. Each is one history entry.
 * An article also has an address of its own, the href of its headlines.
 */
import { useCallback } from 'react';
import type { UrlState } from './url-state';
import { urlStateHref, type UrlStateUpdate } from './use-url-state';

export function useNewsNavigation(
  url: UrlState,
  updateUrl: (update: UrlStateUpdate, mode?: 'push' | 'replace') => void,
  onFocusRequest: () => void,
) {
  const openArticle = useCallback((id: string) => updateUrl({ news: id }), [updateUrl]);
  // The same change as openArticle, from the state on screen: filters and selection are kept.
  const articleHref = useCallback((id: string) => urlStateHref({ ...url, news: id }), [url]);
  const closeArticle = useCallback(() => updateUrl({ news: null }), [updateUrl]);
  const showNewsList = useCallback(() => updateUrl({ news: null, panel: 'news' }), [updateUrl]);

  const showOnMap = useCallback(
    (stationId: string) => {
      onFocusRequest();
      updateUrl({ station: stationId, news: null });
    },
    [updateUrl, onFocusRequest],
  );
  const showHiddenOnMap = useCallback(
    (stationId: string) => {
      onFocusRequest();
      updateUrl({ sky: [], q: '', region: null, station: stationId, news: null });
    },
    [updateUrl, onFocusRequest],
  );

  return { openArticle, articleHref, closeArticle, showNewsList, showOnMap, showHiddenOnMap };
}
