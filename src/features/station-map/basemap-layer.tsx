import { BasemapCanvasLayer } from './basemap-canvas-layer';
import type { BasemapData } from './load-basemap';
import { useCanvasOverlay } from './use-canvas-overlay';

/**
 * The bundled vector map: Korea's land from Natural Earth and the province
 * borders from KOSTAT, both prepared at build time and drawn on a canvas in
 * the theme's colours. The stations do not wait for it: they draw as soon as
 * the feed is in, and the land appears beneath them.
 */
export function BasemapLayer({ data }: { data: BasemapData }) {
  useCanvasOverlay(() => new BasemapCanvasLayer(data.land, data.borders));
  return null;
}
