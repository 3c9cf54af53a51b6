/**
 * The widget page's composition: URL parameters in, one view out. The map
 * (React, Leaflet, the dashboard's StationMap) is imported here on demand
 * and only for `view=map` — features do not import each other — so the
 * ticker and card download neither React nor Leaflet.
 */
import { config } from '../config/env';
import { parseWidgetParams } from '../features/embed/parse-widget-params';
import { mountWidget } from '../features/embed/widget';

export function startEmbed(root: HTMLElement): void {
  mountWidget(root, {
    params: parseWidgetParams(window.location.search),
    feedUrl: config.observationsUrl,
    refreshMs: config.refreshIntervalMs,
    loadMap: () => import('./embed-map').then((module) => module.mountEmbedMap),
  });
}
