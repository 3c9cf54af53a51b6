/**
 * Keyboard focus through the dashboard's views. Choosing a station in the
 * list moves focus to its details (on phones the list sheet closes, so focus
 * must go somewhere visible); closing the details gives it back to the row,
 * closing an article to the headline that opened it.
 */
import { useCallback, useRef, useState } from 'react';
import { rememberOpener, returnFocus, rowOpener, type Opener } from './return-focus';

interface Actions {
  readonly select: (stationId: string) => void;
  readonly closeDetails: () => void;
  readonly openArticle: (id: string) => void;
  readonly closeArticle: () => void;
  readonly showOnMap: (stationId: string) => void;
  readonly showHiddenOnMap: (stationId: string) => void;
}

/** Where focus lands when the opener is gone: the map (it is focusable), then the panel's tab. */
const DETAILS_FALLBACKS = ['.station-map-canvas'];
const ARTICLE_FALLBACKS = ['.panel-tab[aria-pressed="true"]', '.station-map-canvas'];

export function useFocusFlow(selectedId: string | null, actions: Actions) {
  const { select, closeDetails, openArticle, closeArticle, showOnMap, showHiddenOnMap } = actions;
  const detailsOpener = useRef<Opener | null>(null);
  const articleOpener = useRef<Opener | null>(null);
  /** The station whose details should take focus when they show. */
  const [focusDetailsOf, setFocusDetailsOf] = useState<string | null>(null);

  const selectFromList = useCallback(
    (stationId: string) => {
      detailsOpener.current = rememberOpener();
      setFocusDetailsOf(stationId);
      select(stationId);
    },
    [select],
  );

  // A marker picked on the map: focus stays with the map (pointer users), nothing to return to.
  const selectFromMap = useCallback(
    (stationId: string) => {
      detailsOpener.current = null;
      setFocusDetailsOf(null);
      select(stationId);
    },
    [select],
  );

  const closeDetailsAndReturn = useCallback(() => {
    const opener = detailsOpener.current ?? (selectedId ? rowOpener(selectedId) : null);
    detailsOpener.current = null;
    setFocusDetailsOf(null);
    closeDetails();
    returnFocus(opener, DETAILS_FALLBACKS);
  }, [closeDetails, selectedId]);

  const openArticleFromHere = useCallback(
    (id: string) => {
      articleOpener.current = rememberOpener();
      setFocusDetailsOf(null);
      openArticle(id);
    },
    [openArticle],
  );

  const closeArticleAndReturn = useCallback(() => {
    closeArticle();
    returnFocus(articleOpener.current, ARTICLE_FALLBACKS);
    articleOpener.current = null;
  }, [closeArticle]);

  // "지도에서 보기" closes the article and opens the station: its button is gone, so the details take focus.
  const showOnMapAndFocus = useCallback(
    (stationId: string) => {
      detailsOpener.current = rowOpener(stationId);
      setFocusDetailsOf(stationId);
      showOnMap(stationId);
    },
    [showOnMap],
  );
  const showHiddenOnMapAndFocus = useCallback(
    (stationId: string) => {
      detailsOpener.current = rowOpener(stationId);
      setFocusDetailsOf(stationId);
      showHiddenOnMap(stationId);
    },
    [showHiddenOnMap],
  );

  return {
    focusDetailsOf,
    selectFromList,
    selectFromMap,
    closeDetails: closeDetailsAndReturn,
    openArticle: openArticleFromHere,
    closeArticle: closeArticleAndReturn,
    showOnMap: showOnMapAndFocus,
    showHiddenOnMap: showHiddenOnMapAndFocus,
  };
}
