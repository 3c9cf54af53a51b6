/**
 * The dashboard: where features meet. Everything shown is derived from two
 * inputs — the parsed feed (TanStack Query) and the URL state — so the map
 * and the list can never disagree.
 */
import { useQuery } from '@tanstack/react-query';
import {
  Suspense,
  useCallback,
  useDeferredValue,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { config } from '../config/env';
import { conditionDefinition, type ConditionKey } from '../domain/conditions';
import { createStationSelector } from '../domain/select-shown-stations';
import { NewsBadge } from '../features/news/news-badge';
import { NewsPanel } from '../features/news/news-panel';
import { RelatedNews } from '../features/news/related-news';
import { FeedStatus } from '../components/feed-status';
import { observationsQueryOptions } from '../data/observations-query';
import { StationDetails } from '../features/station-details/station-details';
import { FilterChips } from '../features/station-list/filter-chips';
import { SearchBox } from '../features/station-list/search-box';
import { SortSelect } from '../features/station-list/sort-select';
import { StationList } from '../features/station-list/station-list';
import { useI18n } from '../i18n/i18n-context';
import { PHONE_QUERY, useMediaQuery } from '../utils/use-media-query';
import { useNow } from '../utils/use-now';
import { AppHeader } from './app-header';
import { StationMap } from './lazy-station-map';
import { LiveAnnouncer } from './live-announcer';
import { NewsArticleSlot } from './news-article-slot';
import { PanelTabs } from './panel-tabs';
import { OPEN_SHEET_EVENT, SideSheet } from './side-sheet';
import { useFocusFlow } from './use-focus-flow';
import { useNews } from './use-news';
import { useNewsNavigation } from './use-news-navigation';
import { useUrlState } from './use-url-state';

const NO_STATIONS: never[] = [];
export const LIST_ID = 'station-list';

export function Dashboard() {
  const { t, lang } = useI18n();
  const [url, updateUrl] = useUrlState();
  const query = useQuery(
    observationsQueryOptions(config.observationsUrl, config.refreshIntervalMs),
  );
  const now = useNow();
  const phone = useMediaQuery(PHONE_QUERY);
  const feed = query.data;
  const all = feed?.observations ?? NO_STATIONS;

  // Typing stays responsive at 10,000 stations: the list and map catch up a frame later.
  const search = useDeferredValue(url.q);
  const selectShown = useMemo(() => createStationSelector(), []);
  const { counts, shown } = selectShown(
    all,
    { sky: url.sky, search, region: url.region, sort: url.sort },
    lang,
  );

  const selected = url.station
    ? (all.find((station) => station.stationId === url.station) ?? null)
    : null;
  const selectedShown = selected !== null && shown.includes(selected);

  const select = useCallback((stationId: string) => updateUrl({ station: stationId }), [updateUrl]);
  const closeDetails = useCallback(() => updateUrl({ station: null }), [updateUrl]);
  const setSky = useCallback((next: ConditionKey[]) => updateUrl({ sky: next }), [updateUrl]);

  // The details card covers part of the map: the map keeps labels and the selection beside it.
  const detailsRef = useRef<HTMLElement>(null);
  const mapCovers = useCallback(() => [detailsRef.current], []);
  // Transient like a hover, so not in the URL: the list row with focus, shown on the map.
  const [focusedRowId, setFocusedRowId] = useState<string | null>(null);

  const news = useNews(selected, lang);
  // "지도에서 보기" on the station already selected must still bring it into view.
  const [focusRequest, setFocusRequest] = useState(0);
  const requestFocus = useCallback(() => setFocusRequest((count) => count + 1), []);
  const newsNav = useNewsNavigation(url, updateUrl, requestFocus);
  const focus = useFocusFlow(url.station, { select, closeDetails, ...newsNav });
  const { byStation } = news;
  const renderNewsBadge = useCallback(
    (stationId: string) => {
      const count = byStation.get(stationId)?.length ?? 0;
      return count > 0 ? <NewsBadge count={count} /> : null;
    },
    [byStation],
  );

  const announcement =
    feed &&
    t('announce.results', {
      label:
        url.sky.length === 0
          ? t('announce.all')
          : url.sky.map((key) => conditionDefinition(key)[lang]).join(', '),
      count: shown.length,
    });
  // Short and without the age, so the region does not speak again every minute.
  const feedNotice =
    query.error != null
      ? feed
        ? t('announce.stale')
        : t('error.title')
      : query.fetchStatus === 'paused'
        ? feed
          ? t('announce.offline')
          : t('feed.offline')
        : '';

  useEffect(
    function titleInReaderLanguage() {
      document.title = t('app.documentTitle');
    },
    [t],
  );

  const feedStatus = (
    <FeedStatus
      feed={feed}
      error={query.error}
      failureReason={query.failureReason}
      isLoading={query.isPending}
      paused={query.fetchStatus === 'paused'}
      dataUpdatedAt={query.dataUpdatedAt}
      now={now}
      url={config.observationsUrl}
      onRetry={() => void query.refetch()}
      retrying={query.isFetching}
    />
  );

  return (
    <div className="app">
      <a
        className="skip-link"
        href={`#${LIST_ID}`}
        onClick={() => {
          updateUrl({ panel: 'stations' });
          window.dispatchEvent(new Event(OPEN_SHEET_EVENT));
        }}
      >
        {t('app.skipToList')}
      </a>
      <AppHeader feed={feed} now={now} />
      <main className="layout">
        <SideSheet
          label={t('list.label')}
          summary={t('list.count', { total: all.length, shown: shown.length })}
          closeOn={url.station}
        >
          {/* On phones the closed sheet is inert and mostly hidden: notices go over the map instead. */}
          {!phone && feedStatus}
          <PanelTabs
            value={url.panel}
            onChange={(panel) => updateUrl({ panel })}
            newsCount={news.status.feed ? news.items.length : null}
          />
          {url.panel === 'news' && (
            <NewsPanel
              items={news.items}
              status={news.status}
              region={news.region}
              regionOnly={url.newsRegion}
              onRegionOnlyChange={(newsRegion) => updateUrl({ newsRegion })}
              onOpen={focus.openArticle}
              hrefFor={newsNav.articleHref}
            />
          )}
          {url.panel === 'stations' && feed && (
            <>
              <div className="controls">
                <SearchBox value={url.q} onChange={(q) => updateUrl({ q }, 'replace')} />
                <FilterChips counts={counts} selected={url.sky} onChange={setSky} />
                <div className="list-bar">
                  <p className="list-count" aria-hidden="true">
                    {t('list.count', { total: all.length, shown: shown.length })}
                  </p>
                  <SortSelect value={url.sort} onChange={(sort) => updateUrl({ sort })} />
                </div>
              </div>
              <StationList
                id={LIST_ID}
                stations={shown}
                selectedId={url.station}
                onSelect={focus.selectFromList}
                renderBadge={renderNewsBadge}
                onRowFocus={setFocusedRowId}
              />
            </>
          )}
        </SideSheet>
        <div className="map-area">
          {phone && <div className="map-notices">{feedStatus}</div>}
          <Suspense fallback={<p className="map-loading">{t('map.loading')}</p>}>
            <StationMap
              stations={shown}
              selectedId={url.station}
              onSelect={focus.selectFromMap}
              view={url.map}
              onViewChange={(map) => updateUrl({ map }, 'replace')}
              tiles={config.tiles}
              badgeIds={news.badgeIds}
              covers={mapCovers}
              previewId={focusedRowId}
              focusRequest={focusRequest}
            />
          </Suspense>
          {selected && feed && !url.news && (
            <StationDetails
              ref={detailsRef}
              station={selected}
              observedAt={feed.observedAt}
              hiddenByFilter={!selectedShown}
              onShowHidden={() => updateUrl({ sky: [], q: '', region: null })}
              onClose={focus.closeDetails}
              focusOnOpen={focus.focusDetailsOf === selected.stationId}
            >
              <RelatedNews
                items={byStation.get(selected.stationId) ?? []}
                onOpen={focus.openArticle}
                hrefFor={newsNav.articleHref}
              />
            </StationDetails>
          )}
          {url.news && (
            <NewsArticleSlot
              id={url.news}
              items={news.items}
              status={news.status}
              all={all}
              shown={shown}
              onShowOnMap={focus.showOnMap}
              onShowHidden={focus.showHiddenOnMap}
              onShowList={newsNav.showNewsList}
              onClose={focus.closeArticle}
            />
          )}
        </div>
      </main>
      <LiveAnnouncer message={announcement ?? ''} />
      <LiveAnnouncer message={feedNotice} />
    </div>
  );
}
