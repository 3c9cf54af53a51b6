/**
 * Keyboard focus through the dashboard's views. Choosing a station in the
 * list moves focus to its details (on phones the list sheet closes, so focus
 * must go somewhere visible); closing the details gives it back to the row,
 * closing an article to the headline that opened it.
 */
import { useCallback, useRef, useState, type MouseEvent } from 'react';
import { createFocusTargets } from '../components/focus-targets';
import { returnFocus, type Opener } from './return-focus';
import type { SideSheetHandle } from './side-sheet';

interface Actions {
  readonly select: (stationId: string) => void;
  readonly deselect: () => void;
  readonly openArticle: (id: string) => void;
  readonly closeArticle: () => void;
  readonly showOnMap: (stationId: string) => void;
  readonly showHiddenOnMap: (stationId: string) => void;
  /** Shows the stations tab of the side panel. */
  readonly showList: () => void;
}

/** Where focus lands when the opener is gone: the map (it is focusable), then the panel's tab. */
const MAP: Opener = { kind: 'map', id: null };
const PANEL_TAB: Opener = { kind: 'panel-tab', id: null };
const DETAILS_FALLBACKS = [MAP];
const ARTICLE_FALLBACKS = [PANEL_TAB, MAP];

const rowOf = (stationId: string): Opener => ({ kind: 'station-row', id: stationId });

/**
 * Returns the actions with focus handling added, plus what the dashboard
 * hands down: `targets` (provided to the features, which register their
 * focusable elements) and `bindSheet` (the phone sheet, opened to reach them).
 */
export function useFocusFlow(selectedId: string | null, actions: Actions) {
  const { select, deselect, openArticle, closeArticle, showOnMap, showHiddenOnMap, showList } =
    actions;
  const [targets] = useState(createFocusTargets);
  const sheet = useRef<SideSheetHandle | null>(null);
  /** A callback ref for the side sheet. */
  const bindSheet = useCallback((handle: SideSheetHandle | null) => {
    sheet.current = handle;
  }, []);
  const openSheet = useCallback(() => sheet.current?.open(), []);
  const detailsOpener = useRef<Opener | null>(null);
  const articleOpener = useRef<Opener | null>(null);
  /** The station whose details should take focus when they show. */
  const [focusDetailsOf, setFocusDetailsOf] = useState<string | null>(null);

  const selectFromList = useCallback(
    (stationId: string) => {
      detailsOpener.current = rowOf(stationId);
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
    const opener = detailsOpener.current ?? (selectedId ? rowOf(selectedId) : null);
    detailsOpener.current = null;
    setFocusDetailsOf(null);
    deselect();
    returnFocus({ targets, opener, fallbacks: DETAILS_FALLBACKS, openSheet });
  }, [deselect, selectedId, targets, openSheet]);

  const openArticleFrom = useCallback(
    (opener: Opener) => {
      articleOpener.current = opener;
      setFocusDetailsOf(null);
      openArticle(opener.id!);
    },
    [openArticle],
  );
  const openArticleFromPanel = useCallback(
    (id: string) => openArticleFrom({ kind: 'news-headline', id }),
    [openArticleFrom],
  );
  const openArticleFromDetails = useCallback(
    (id: string) => openArticleFrom({ kind: 'related-headline', id }),
    [openArticleFrom],
  );

  const closeArticleAndReturn = useCallback(() => {
    closeArticle();
    const opener = articleOpener.current;
    articleOpener.current = null;
    returnFocus({ targets, opener, fallbacks: ARTICLE_FALLBACKS, openSheet });
  }, [closeArticle, targets, openSheet]);

  // "지도에서 보기" closes the article and opens the station: its button is gone, so the details take focus.
  const showOnMapAndFocus = useCallback(
    (stationId: string) => {
      detailsOpener.current = rowOf(stationId);
      setFocusDetailsOf(stationId);
      showOnMap(stationId);
    },
    [showOnMap],
  );
  const showHiddenOnMapAndFocus = useCallback(
    (stationId: string) => {
      detailsOpener.current = rowOf(stationId);
      setFocusDetailsOf(stationId);
      showHiddenOnMap(stationId);
    },
    [showHiddenOnMap],
  );

  const skipToList = useCallback(
    (event: MouseEvent) => {
      // Focus moves by hand, so the address keeps no #fragment.
      event.preventDefault();
      showList();
      openSheet();
      const list: Opener = { kind: 'station-list', id: null };
      returnFocus({ targets, opener: list, fallbacks: [], openSheet, onlyIfFocusLost: false });
    },
    [showList, openSheet, targets],
  );

  return {
    targets,
    bindSheet,
    skipToList,
    focusDetailsOf,
    selectFromList,
    selectFromMap,
    closeDetails: closeDetailsAndReturn,
    openArticleFromPanel,
    openArticleFromDetails,
    closeArticle: closeArticleAndReturn,
    showOnMap: showOnMapAndFocus,
    showHiddenOnMap: showHiddenOnMapAndFocus,
  };
}
