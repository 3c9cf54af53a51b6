/**
 * The parts of Leaflet 1.9 the map uses, built from Leaflet's own source
 * modules; the build resolves `leaflet` here (`vite-plugins/leaflet-parts.ts`).
 *
 * Leaflet's bundles register every class on the map as they load (handlers,
 * controls, `Map.include`), so a bundler must keep them whole: markers,
 * popups, tooltips, vector paths and their renderers, GeoJSON, image and
 * video overlays, the layers and scale controls, though Nalssi draws its own
 * canvases and uses none of them. Leaving them out is about a third of
 * Leaflet, before the first draw (issue 14).
 *
 * What is here: the core, DOM and geometry helpers, Web Mercator, the map
 * with all its gesture and keyboard handlers, the zoom and attribution
 * controls, layers, and tile layers (for a configured tile server). Using
 * anything else from `leaflet` fails the build (a missing export), not the
 * reader's page.
 */
export { version } from 'leaflet/package.json';

export * from 'leaflet/src/core/index.js';
export * from 'leaflet/src/dom/index.js';
export { Point, toPoint as point } from 'leaflet/src/geometry/Point.js';
export { Bounds, toBounds as bounds } from 'leaflet/src/geometry/Bounds.js';
export {
  Transformation,
  toTransformation as transformation,
} from 'leaflet/src/geometry/Transformation.js';
export { LatLng, toLatLng as latLng } from 'leaflet/src/geo/LatLng.js';
export { LatLngBounds, toLatLngBounds as latLngBounds } from 'leaflet/src/geo/LatLngBounds.js';

import { Earth } from 'leaflet/src/geo/crs/CRS.Earth.js';
import { EPSG3857, EPSG900913 } from 'leaflet/src/geo/crs/CRS.EPSG3857.js';
import { CRS as BaseCRS } from 'leaflet/src/geo/crs/CRS.js';
import { SphericalMercator } from 'leaflet/src/geo/projection/Projection.SphericalMercator.js';
BaseCRS.Earth = Earth;
BaseCRS.EPSG3857 = EPSG3857;
BaseCRS.EPSG900913 = EPSG900913;
export { BaseCRS as CRS };
export const Projection = { SphericalMercator };

export * from 'leaflet/src/map/index.js';

import { Control, control } from 'leaflet/src/control/Control.js';
import { Zoom, zoom } from 'leaflet/src/control/Control.Zoom.js';
import { Attribution, attribution } from 'leaflet/src/control/Control.Attribution.js';
Control.Zoom = Zoom;
Control.Attribution = Attribution;
control.zoom = zoom;
control.attribution = attribution;
export { Control, control };

export { Layer } from 'leaflet/src/layer/Layer.js';
export { LayerGroup, layerGroup } from 'leaflet/src/layer/LayerGroup.js';
export { GridLayer, gridLayer } from 'leaflet/src/layer/tile/GridLayer.js';
export { TileLayer, tileLayer } from 'leaflet/src/layer/tile/TileLayer.js';
