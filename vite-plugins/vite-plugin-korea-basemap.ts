/**
 * `virtual:korea-basemap`: the URL of the Korea base map, cut from world-atlas
 * at build time so that only Korea (not the world) is shipped. A hashed JSON
 * asset, not JavaScript: the HTML preloads it beside the map chunk and the
 * map parses it as data, so the first draw of the stations never waits for it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';
import { jsonAssetPlugin } from './json-asset-plugin.ts';
import { buildKoreaBasemap, outlineBasemap } from './korea-basemap.ts';

export const VIRTUAL_ID = 'virtual:korea-basemap';
export const RESOLVED_ID = `\0${VIRTUAL_ID}`;
/** The asset's name in the build (hashed by Vite). */
export const BASEMAP_ASSET_NAME = 'korea-basemap.json';

/** Reads the topology from the installed package, wherever npm hoisted it. */
export function loadKoreaBasemapSource(): string {
  const path = createRequire(import.meta.url).resolve('world-atlas/countries-10m.json');
  return readFileSync(path, 'utf8');
}

export function koreaBasemap(): Plugin {
  return jsonAssetPlugin({
    name: 'nalssi:korea-basemap',
    virtualId: VIRTUAL_ID,
    assetName: BASEMAP_ASSET_NAME,
    make: () => outlineBasemap(buildKoreaBasemap(JSON.parse(loadKoreaBasemapSource()))),
  });
}
