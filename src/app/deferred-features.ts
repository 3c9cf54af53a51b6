/**
 * The parts of the dashboard the first draw does not need, each fetched
 * after the stations are on the map (`lib/first-draw.ts`): the list panel
 * with its virtualiser and search controls, the station details with the
 * 24-hour trend, the time control and the news. The map, the header and the
 * feed status stay in the entry; the history's status comes only when it has
 * something to say.
 *
 * Each comes with the deferred messages it renders (`withDeferredMessages`).
 * Render each inside a `DeferredBoundary` (`components/deferred-boundary.tsx`).
 */
import { loadStationSearch } from '../data/station-search';
import { withDeferredMessages } from '../i18n/catalogs';
import { lazyAfterFirstDraw } from '../lib/first-draw';

// The panel holds the search field, so the search code comes with it: a
// failed download of either shows the panel's reload message.
export const StationPanel = lazyAfterFirstDraw(() =>
  Promise.all([withDeferredMessages(import('./station-panel')), loadStationSearch()]).then(
    ([module]) => module.StationPanel,
  ),
);

export const StationDetails = lazyAfterFirstDraw(() =>
  withDeferredMessages(import('../features/station-details/station-details')).then(
    (module) => module.StationDetails,
  ),
);

// Only an address whose `station=` is not in the feed fetches this.
export const StationNotFound = lazyAfterFirstDraw(() =>
  withDeferredMessages(import('../features/station-details/station-not-found')).then(
    (module) => module.StationNotFound,
  ),
);

export const StationTrend = lazyAfterFirstDraw(() =>
  withDeferredMessages(import('../features/station-trend/station-trend')).then(
    (module) => module.StationTrend,
  ),
);

export const TimeControl = lazyAfterFirstDraw(() =>
  withDeferredMessages(import('../features/time-control/time-control')).then(
    (module) => module.TimeControl,
  ),
);

// Only a history that failed or lost stations or values fetches this (see the dashboard).
export const HistoryStatus = lazyAfterFirstDraw(() =>
  withDeferredMessages(import('../features/time-control/history-status')).then(
    (module) => module.HistoryStatus,
  ),
);

export const NewsPanel = lazyAfterFirstDraw(() =>
  withDeferredMessages(import('../features/news/news-panel')).then((module) => module.NewsPanel),
);

export const RelatedNews = lazyAfterFirstDraw(() =>
  withDeferredMessages(import('../features/news/related-news')).then(
    (module) => module.RelatedNews,
  ),
);

// An article a link opened is what the reader came for: it does not wait for the map.
export const NewsArticleSlot = lazyAfterFirstDraw(
  () =>
    withDeferredMessages(import('./news-article-slot')).then((module) => module.NewsArticleSlot),
  { early: 'load' },
);
