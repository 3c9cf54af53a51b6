import { createRequire } from 'node:module';
import type { Alias } from 'vite';

/**
 * Leaflet 1.9's package.json names only its UMD build, which the bundler
 * must keep whole. Its ES module build, shipped beside it, lets the bundler
 * drop the little that nothing uses (1.3 KB gzip). The bench's React floor
 * (`bench/floor-react/`) is built with it, as a careful bare react-leaflet
 * page would be; the app goes further and builds only the parts it uses
 * (`leaflet-parts.ts`).
 */
export const leafletEsm: Alias = {
  find: /^leaflet$/,
  replacement: createRequire(import.meta.url).resolve('leaflet/dist/leaflet-src.esm.js'),
};
