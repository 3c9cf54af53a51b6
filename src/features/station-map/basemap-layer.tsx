import basemap from 'virtual:korea-basemap';
import { GeoJSON } from 'react-leaflet';

/**
 * The bundled vector map: Korea's land from Natural Earth, cut at build time.
 * Colours come from CSS (classes below), so light and dark themes both work.
 */
export function BasemapLayer() {
  return (
    <GeoJSON
      data={basemap}
      interactive={false}
      style={(feature) => ({
        className: feature?.properties.role === 'korea' ? 'basemap-korea' : 'basemap-neighbour',
        weight: 1,
        // Clipping leaves zero-width slivers along the view box; outlines would show them.
        stroke: feature?.properties.role === 'korea',
      })}
    />
  );
}
