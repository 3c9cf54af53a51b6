/**
 * The widget page's composition: URL parameters in, one view out. The map is
 * imported lazily here (features do not import each other), and only when
 * the map view renders — unlike the dashboard, which starts loading it at once.
 */
import { lazy } from 'react';
import { config } from '../config/env';
import { parseWidgetParams } from '../features/embed/parse-widget-params';
import { EmbedWidget } from '../features/embed/widget';

const EmbedMap = lazy(() => import('./embed-map'));

const params = parseWidgetParams(window.location.search);

export function EmbedApp() {
  return (
    <EmbedWidget
      params={params}
      feedUrl={config.observationsUrl}
      refreshMs={config.refreshIntervalMs}
      MapView={EmbedMap}
    />
  );
}
