/**
 * The dashboard: where features meet. Everything shown is derived from two
 * inputs — the parsed feed (TanStack Query) and the URL state — so the map
 * and the list can never disagree.
 */
import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { FocusTargetsContext } from '../components/focus-targets';
import { config } from '../config/env';
import type { LatLon } from '../domain/distance';
import { DeferredBoundary } from '../components/deferred-boundary';
import { NewsBadge } from '../features/news/news-badge';
import { MapCredits } from '../features/station-map/map-credits';
import { FeedStatus } from '../components/feed-status';
import { observationsQueryOptions } from '../data/observations-query';
import { DEFAULT_MAP_COLORING, type MapColoring } from '../domain/map-coloring';
import { hasWind } from '../domain/wind-scale';
import { useI18n } from '../i18n/i18n-context';
import { firstDrawDone } from '../lib/first-draw';
import { PHONE_QUERY, useMediaQuery } from '../utils/use-media-query';
import { feedNotice, resultsAnnouncement } from './announcements';
import { AppHeader } from './app-header';
import { StationMap } from './lazy-station-map';
import {
  HistoryStatus,
  NewsArticleSlot,
  NewsPanel,
  RelatedNews,
  StationDetails,
  StationNotFound,
  StationPanel,
  StationTrend,
  TimeControl,
} from './deferred-features';
import { LiveAnnouncer } from './live-announcer';
import { PanelTabs } from './panel-tabs';
import { SideSheet } from './side-sheet';
import { useFocusFlow } from './use-focus-flow';
import { useNews } from './use-news';
import { useNewsNavigation } from './use-news-navigation';
import { useHourShown } from './use-hour-shown';
import { useReaderLocation } from './use-reader-location';
import { useShownStations } from './use-shown-stations';
import type { MapView } from './url-state';
import { useMapPanel } from './use-map-panel';
import { useUrlState } from './use-url-state';

const NO_STATIONS: never[] = [];
export const LIST_ID = 'station-list';

export function Dashboard() {
  const { t, lang } = useI18n();
  const [view, updateView] = useUrlState();
  const query = useQuery(
    observationsQueryOptions(config.observationsUrl, config.refreshIntervalMs),
  );
  const phone = useMediaQuery(PHONE_QUERY);
  const feed = query.data;
  // The chosen hour (`at=`) or now: everything below follows it, the one pipeline included.
  const hour = useHourShown(feed, view, updateView);
  const all = feed ? hour.stations : NO_STATIONS;
  // A wind link opened on a feed without wind shows the sky view.
  const coloring = view.coloring === 'wind' && !hasWind(all) ? DEFAULT_MAP_COLORING : view.coloring;

  const reader = useReaderLocation(updateView);
  const { here } = reader;
  const { selection, applied, selected, selectedShown, searchPending } = useShownStations(
    all,
    view,
    lang,
    here,
  );
  const { shown } = selection;
  // The nearest of what the reader sees; of every station when the filters show none.
  const foundReader = useCallback(
    (position: LatLon) => reader.found(position, shown.length > 0 ? shown : all),
    [reader, shown, all],
  );

  const select = useCallback(
    (stationId: string) => updateView({ station: stationId }),
    [updateView],
  );
  const deselect = useCallback(() => updateView({ station: null }), [updateView]);
  const changeMapView = useCallback((map: MapView) => updateView({ map }, 'replace'), [updateView]);
  const changeColoring = useCallback(
    (coloring: MapColoring) => updateView({ coloring }),
    [updateView],
  );

  // The details card and the hour control cover part of the map: the map keeps labels and the
  // selection beside them. On a phone the card sits at the map's foot and the shading's note goes
  // above it; the legend and the note sit above the hour control where it spans under them.
  // A selected station's card may still be on its way (its code loads after the first draw): the
  // map frames the selection once it is there (`coversPending`).
  const [detailsElement, bindDetails] = useMapPanel('--map-card-height');
  const [timeControlElement, bindTimeControl] = useMapPanel('--map-time-height');
  const creditsRef = useRef<HTMLParagraphElement>(null);
  // A new function when a panel comes or goes: the map then looks at its panels again (the
  // legend moves above the hour control, and labels must keep out of both).
  const mapCovers = useCallback(
    () => [detailsElement, creditsRef.current, timeControlElement],
    [detailsElement, timeControlElement],
  );
  // Transient like a hover, so not in the URL: the list row with focus, shown on the map.
  const [focusedRowId, setFocusedRowId] = useState<string | null>(null);

  const news = useNews(selected, lang, view.news !== null);
  // "지도에서 보기" on the station already selected must still bring it into view.
  const [focusRequest, setFocusRequest] = useState(0);
  const requestFocus = useCallback(() => setFocusRequest((count) => count + 1), []);
  const newsNav = useNewsNavigation(view, updateView, requestFocus);
  const showList = useCallback(() => updateView({ panel: 'stations' }), [updateView]);
  const { targets, bindSheet, skipToList, ...focus } = useFocusFlow(view.station, {
    select,
    deselect,
    showList,
    ...newsNav,
  });
  const { byStation } = news;
  const renderNewsBadge = useCallback(
    (stationId: string) => {
      const count = byStation.get(stationId)?.length ?? 0;
      return count > 0 ? <NewsBadge count={count} /> : null;
    },
    [byStation],
  );

  const announcement =
    feed && !searchPending ? resultsAnnouncement(t, lang, applied.sky, shown.length) : '';
  const notice = feedNotice(t, {
    failed: query.error != null,
    offline: query.fetchStatus === 'paused',
    hasData: feed !== undefined,
  });

  // The map's downloads wait for what the reader came for: the feed's time, or a linked article.
  const feedSettled = feed !== undefined || query.error != null;
  const [articleSettled, setArticleSettled] = useState(false);
  const articleShown = useCallback(() => setArticleSettled(true), []);

  // On a phone an article covers the whole map: the map is built when it closes.
  const mapCovered = phone && view.news !== null;
  // The station layer says when it has drawn (a covered map, when it will not draw yet);
  // when there is nothing to draw, the dashboard says so.
  const nothingToDraw =
    query.error != null ||
    (feed !== undefined && !searchPending && !shown.some((station) => station.position));
  useEffect(
    function releaseDeferredFeatures() {
      if (nothingToDraw) firstDrawDone();
    },
    [nothingToDraw],
  );

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
      feedUrl={config.observationsUrl}
      onRetry={() => void query.refetch()}
      retrying={query.isFetching}
      lateCount={hour.late.size}
    />
  );
  // A failed history means the page shows now, whatever hour the address asked for: say so.
  const { historyStatus } = hour;
  const statusLines = (
    <>
      {feedStatus}
      {historyStatus.toReport && (
        <DeferredBoundary loading={null}>
          <HistoryStatus
            history={historyStatus.history}
            error={historyStatus.error}
            onRetry={() => void historyStatus.retry()}
            retrying={historyStatus.retrying}
          />
        </DeferredBoundary>
      )}
    </>
  );

  return (
    <FocusTargetsContext value={targets}>
      <div className="app">
        <a className="skip-link" href={`#${LIST_ID}`} onClick={skipToList}>
          {t('app.skipToList')}
        </a>
        <AppHeader feed={feed} shown={shown} feedPending={query.isPending} />
        <main className="layout">
          <SideSheet
            ref={bindSheet}
            label={t('list.label')}
            summary={t('list.count', { total: all.length, shown: shown.length })}
            closeOn={view.station}
          >
            {/* On phones the closed sheet is inert and mostly hidden: notices go over the map instead. */}
            {!phone && statusLines}
            <PanelTabs
              value={view.panel}
              onChange={(panel) => updateView({ panel })}
              newsCount={news.status.feed ? news.items.length : null}
            />
            {view.panel === 'news' && (
              <DeferredBoundary loading={t('news.loading')}>
                <NewsPanel
                  items={news.items}
                  status={news.status}
                  region={news.region}
                  regionOnly={view.newsRegion}
                  onRegionOnlyChange={(newsRegion) => updateView({ newsRegion })}
                  onOpen={focus.openArticleFromPanel}
                  hrefFor={newsNav.articleHref}
                />
              </DeferredBoundary>
            )}
            {view.panel === 'stations' && feed && (
              <DeferredBoundary loading={t('list.loading')}>
                <StationPanel
                  listId={LIST_ID}
                  view={view}
                  applied={applied}
                  updateView={updateView}
                  total={all.length}
                  selection={selection}
                  onSelect={focus.selectFromList}
                  renderBadge={renderNewsBadge}
                  nearMe={{ ...reader, found: foundReader }}
                  onRowFocus={setFocusedRowId}
                  late={hour.late}
                  pastTime={hour.pastTime}
                />
              </DeferredBoundary>
            )}
          </SideSheet>
          <div className="map-area">
            {phone && <div className="map-notices">{statusLines}</div>}
            {/* The map shows its own placeholder while its code loads; this catches a failed load. */}
            <DeferredBoundary loading={null}>
              <StationMap
                contentShown={feedSettled && (view.news === null || articleSettled)}
                covered={mapCovered}
                stations={shown}
                selectedId={view.station}
                onSelect={focus.selectFromMap}
                view={view.map}
                onViewChange={changeMapView}
                tiles={config.tiles}
                coloring={coloring}
                onColoringChange={changeColoring}
                badgeIds={news.badgeIds}
                covers={mapCovers}
                showCredits={false}
                coversPending={selected !== null && !view.news && detailsElement === null}
                previewId={focusedRowId}
                focusRequest={focusRequest}
                here={here}
                late={hour.late}
              />
            </DeferredBoundary>
            {/* Outside the map, so it is painted with the page's first paint and stays put. */}
            <MapCredits tiles={config.tiles} ref={creditsRef} />
            {hour.history && feed && (
              <DeferredBoundary loading={null}>
                <TimeControl
                  ref={bindTimeControl}
                  times={hour.history.times}
                  index={hour.hourIndex}
                  nowTime={feed.observedAt}
                  onChange={hour.showHour}
                />
              </DeferredBoundary>
            )}
            {selected && feed && !view.news && (
              <DeferredBoundary loading={null}>
                <StationDetails
                  ref={bindDetails}
                  station={selected}
                  observedAt={feed.observedAt}
                  lateBy={hour.late.get(selected.stationId) ?? null}
                  hiddenByFilter={!selectedShown}
                  onShowHidden={() => updateView({ sky: [], q: '', region: null })}
                  onClose={focus.closeDetails}
                  focusOnOpen={focus.focusDetailsOf === selected.stationId}
                >
                  {hour.history && (
                    <StationTrend
                      history={hour.history}
                      stationId={selected.stationId}
                      hourIndex={hour.hourIndex}
                    />
                  )}
                  <RelatedNews
                    items={byStation.get(selected.stationId) ?? []}
                    onOpen={focus.openArticleFromDetails}
                    hrefFor={newsNav.articleHref}
                  />
                </StationDetails>
              </DeferredBoundary>
            )}
            {view.station && !selected && feed && !view.news && (
              <DeferredBoundary loading={null}>
                <StationNotFound
                  ref={bindDetails}
                  stationId={view.station}
                  pastHour={hour.pastTime !== null}
                  onClose={focus.closeDetails}
                />
              </DeferredBoundary>
            )}
            {view.news && (
              <DeferredBoundary loading={null}>
                <NewsArticleSlot
                  id={view.news}
                  items={news.items}
                  status={news.status}
                  all={all}
                  shown={shown}
                  observationsPending={query.isPending}
                  onShowOnMap={focus.showOnMap}
                  onShowHidden={focus.showHiddenOnMap}
                  onShowList={newsNav.showNewsList}
                  onClose={focus.closeArticle}
                  onSettled={articleShown}
                />
              </DeferredBoundary>
            )}
          </div>
        </main>
        <LiveAnnouncer message={announcement} />
        <LiveAnnouncer message={notice} />
      </div>
    </FocusTargetsContext>
  );
}
