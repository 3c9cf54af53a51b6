/**
 * `virtual:korea-provinces`: the URL of the interior province borders,
 * derived at build time from the KOSTAT topology copied into
 * `vite-plugins/data/` (licence and source in its `.md`). A hashed JSON asset
 * like the base map, fetched beside it.
 */
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { jsonAssetPlugin } from './json-asset-plugin.ts';
import { outlinePath } from '../src/features/station-map/outline-path.ts';
import { buildProvinceBorders } from './korea-provinces.ts';

export const PROVINCES_VIRTUAL_ID = 'virtual:korea-provinces';
export const PROVINCES_RESOLVED_ID = `\0${PROVINCES_VIRTUAL_ID}`;
export const PROVINCES_ASSET_NAME = 'korea-provinces.json';

const SOURCE = new URL('./data/kostat-provinces-2018.topo.json', import.meta.url);

export function loadProvincesSource(): string {
  return readFileSync(SOURCE, 'utf8');
}

export function koreaProvinces(): Plugin {
  return jsonAssetPlugin({
    name: 'nalssi:korea-provinces',
    virtualId: PROVINCES_VIRTUAL_ID,
    assetName: PROVINCES_ASSET_NAME,
    // As SVG path data, projected (outline-path.ts): 9.5 KB gzip as GeoJSON, about half that here.
    make: () => ({
      d: outlinePath(buildProvinceBorders(JSON.parse(loadProvincesSource())).coordinates, false),
    }),
  });
}
