import basemap from 'virtual:korea-basemap';
import { useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import { BasemapCanvasLayer } from './basemap-canvas-layer';
import { useRedrawOnThemeChange } from './use-redraw-on-theme-change';

/**
 * The bundled vector map: Korea's land from Natural Earth, cut at build time
 * and drawn on a canvas in the theme's colours.
 */
export function BasemapLayer() {
  const map = useMap();
  const layerRef = useRef<BasemapCanvasLayer | null>(null);

  useEffect(
    function addBasemap() {
      const layer = new BasemapCanvasLayer(basemap);
      layerRef.current = layer;
      layer.addTo(map);
      return function removeBasemap() {
        layer.remove();
        layerRef.current = null;
      };
    },
    [map],
  );

  useRedrawOnThemeChange(layerRef);
  return null;
}
