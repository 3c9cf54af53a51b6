/**
 * The portal widget: one feed, one view chosen by URL parameters. Ticker and
 * card are in the initial bundle; the map arrives through `MapView`, which
 * the app layer loads lazily, so the first two never download Leaflet.
 */
import './embed.css';
import { useLayoutEffect, useMemo, type ComponentType } from 'react';
import { Card } from './card';
import { MapPanel, type EmbedMapProps } from './map-panel';
import type { WidgetParams } from './parse-widget-params';
import { selectWidgetStations } from './select-stations';
import { Ticker } from './ticker';
import { useFeed } from './use-feed';
import { useReportHeight } from './use-report-height';
import { widgetText } from './widget-messages';

interface EmbedWidgetProps {
  readonly params: WidgetParams;
  readonly feedUrl: string;
  readonly refreshMs: number;
  readonly MapView: ComponentType<EmbedMapProps>;
}

export function EmbedWidget({ params, feedUrl, refreshMs, MapView }: EmbedWidgetProps) {
  const { feed, error } = useFeed(feedUrl, refreshMs);
  const { lang, view } = params;
  const t = useMemo(() => widgetText(lang), [lang]);
  const stations = useMemo(
    () => (feed ? selectWidgetStations(feed.observations, params) : []),
    [feed, params],
  );
  useReportHeight(params.wid);

  // Before the first paint, so a dark portal never flashes a light widget.
  useLayoutEffect(
    function applyDocumentSettings() {
      const root = document.documentElement;
      root.lang = lang;
      root.dataset.theme = params.theme;
      root.dataset.view = view;
      document.title = `${t('label')} — Nalssi`;
    },
    [lang, params.theme, view, t],
  );

  if (!feed) {
    return (
      <p className="embed-status" role={error ? 'alert' : 'status'}>
        {error ? t('error') : t('loading')}
      </p>
    );
  }
  const common = { stations, feed, stale: error !== null, lang, t };
  switch (view) {
    case 'ticker':
      return <Ticker {...common} intervalSeconds={params.intervalSeconds} />;
    case 'card':
      return <Card {...common} region={params.region} />;
    case 'map':
      return <MapPanel {...common} MapView={MapView} />;
  }
}
