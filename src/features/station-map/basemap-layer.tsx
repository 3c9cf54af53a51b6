import basemap from 'virtual:korea-basemap';
import provinceBorders from 'virtual:korea-provinces';
import { BasemapCanvasLayer } from './basemap-canvas-layer';
import { useCanvasOverlay } from './use-canvas-overlay';

/**
 * The bundled vector map: Korea's land from Natural Earth and the province
 * borders from KOSTAT, both prepared at build time and drawn on a canvas in
 * the theme's colours.
 */
export function BasemapLayer() {
  useCanvasOverlay(() => new BasemapCanvasLayer(basemap, provinceBorders));
  return null;
}
