import { createRequire } from 'node:module';
import type { Alias } from 'vite';

/**
 * Leaflet 1.9's package.json names only its UMD build, which the bundler
 * must keep whole. Its ES module build, shipped beside it, lets the bundler
 * drop what nothing uses: 1.3 KB gzip of JavaScript before the first draw
 * (issue 14). Shared by the app's and the React floor's builds, so the bench
 * compares like with like.
 */
export const leafletEsm: Alias = {
  find: /^leaflet$/,
  replacement: createRequire(import.meta.url).resolve('leaflet/dist/leaflet-src.esm.js'),
};
