/**
 * The portal widget: one feed, one view chosen by URL parameters, framework
 * free. The map view alone brings React and Leaflet, through `loadMap`,
 * which the app layer imports on demand — the ticker and card never download it.
 */
import './embed.css';
import type { Observation } from '../../domain/observation';
import { mountCard } from './card-view';
import { startFeedPoller, type FeedState } from './feed-poller';
import { mountMapView, type MountEmbedMap } from './map-view';
import type { WidgetParams } from './parse-widget-params';
import { reportHeightToParent } from './report-height';
import { selectWidgetStations } from './select-stations';
import { mountFeedStatus } from './status-view';
import { mountTicker } from './ticker-view';
import { widgetTitle } from './widget-title';
import type { MountedView } from './view';
import { widgetText, type WidgetText } from './widget-messages';

export interface WidgetOptions {
  readonly params: WidgetParams;
  readonly feedUrl: string;
  readonly refreshMs: number;
  /** Called only for `view=map`. */
  readonly loadMap: () => Promise<MountEmbedMap>;
}

function applyDocumentSettings({ lang, theme, view }: WidgetParams, t: WidgetText) {
  const root = document.documentElement;
  root.lang = lang;
  root.dataset.theme = theme;
  root.dataset.view = view;
  document.title = `${t('label')} — Nalssi`;
}

/** The list or province the widget is about, without the sky filter; null = the whole country. */
function widgetArea(observations: readonly Observation[], params: WidgetParams) {
  if (params.stations.length === 0 && params.region === null) return null;
  return selectWidgetStations(observations, { ...params, sky: [] });
}

export function mountWidget(
  root: HTMLElement,
  { params, feedUrl, refreshMs, loadMap }: WidgetOptions,
): { destroy(): void } {
  const { lang } = params;
  const t = widgetText(lang);
  applyDocumentSettings(params, t);
  // Started now, so the map downloads while the feed loads.
  const map = params.view === 'map' ? loadMap() : null;

  function mountView(): MountedView {
    if (map) return mountMapView(root, { lang, coloring: params.coloring, t, map });
    if (params.view === 'card') return mountCard(root, { lang, t });
    return mountTicker(root, { lang, t, intervalSeconds: params.intervalSeconds });
  }

  let view: MountedView | null = null;
  const status = mountFeedStatus(root, { t, feedUrl, onRetry: () => poller.refresh() });
  const poller = startFeedPoller(feedUrl, refreshMs, function show({ feed, error }: FeedState) {
    if (!feed) {
      status.failed();
      return;
    }
    if (!view) {
      status.destroy();
      view = mountView();
    }
    const stations = selectWidgetStations(feed.observations, params);
    const title = widgetTitle(params, feed.observations, lang);
    document.title = `${title} — Nalssi`;
    const area = widgetArea(feed.observations, params);
    view.update({ feed, stations, title, area, stale: error !== null });
  });
  const stopReporting = reportHeightToParent(params.wid);

  return {
    destroy() {
      stopReporting();
      poller.stop();
      status.destroy();
      view?.destroy();
    },
  };
}
