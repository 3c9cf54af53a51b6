import { useEffect, useState } from 'react';
import { useMap } from 'react-leaflet/hooks';
import { BasemapSvgLayer } from './basemap-svg-layer';
import type { BasemapData } from './load-basemap';

/**
 * The bundled vector map: Korea's land from Natural Earth and the province
 * borders from KOSTAT, both prepared at build time and drawn as SVG in the
 * theme's colours (CSS, so a theme switch needs nothing from here). The layer
 * is on the map from its first render; the stations do not wait for the
 * outlines: they draw as soon as the feed is in, and the land appears beneath.
 */
export function BasemapLayer({ data }: { data: BasemapData | null }) {
  const map = useMap();
  const [layer] = useState(() => new BasemapSvgLayer());
  useEffect(
    function addBasemap() {
      layer.addTo(map);
      return () => {
        layer.remove();
      };
    },
    [map, layer],
  );
  useEffect(
    function drawOutlines() {
      if (data) layer.setOutlines(data.land, data.borders);
    },
    [layer, data],
  );
  return null;
}
