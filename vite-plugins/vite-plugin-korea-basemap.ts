/**
 * Vite plugin serving `virtual:korea-basemap`: the URL of the Korea base map,
 * cut from world-atlas at build time so that only Korea (not the world) is
 * shipped. The geometry is a hashed JSON asset, not JavaScript: the browser
 * fetches it beside the map chunk (the HTML preloads it) and parses it as
 * data, so it adds nothing to the script the first draw waits for.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';
import { buildKoreaBasemap } from './korea-basemap.ts';

export const VIRTUAL_ID = 'virtual:korea-basemap';
/** The `\0` prefix tells other plugins (and Rollup/Rolldown) not to touch the id. */
export const RESOLVED_ID = `\0${VIRTUAL_ID}`;

/** Reads the topology from the installed package, wherever npm hoisted it. */
export function loadKoreaBasemapSource(): string {
  const path = createRequire(import.meta.url).resolve('world-atlas/countries-10m.json');
  return readFileSync(path, 'utf8');
}

/** The asset's name in the build (hashed by Vite) and its address on the dev server. */
export const BASEMAP_ASSET_NAME = 'korea-basemap.json';
const DEV_URL = '/@nalssi/korea-basemap.json';

export function koreaBasemap(): Plugin {
  // Cutting takes a moment and the input never changes during a run: do it once.
  let json: string | undefined;
  const basemapJson = () =>
    (json ??= JSON.stringify(buildKoreaBasemap(JSON.parse(loadKoreaBasemapSource()))));
  let building = false;
  return {
    name: 'nalssi:korea-basemap',
    configResolved(config) {
      building = config.command === 'build';
    },
    configureServer(server) {
      server.middlewares.use(DEV_URL, function serveBasemap(_request, response) {
        response.setHeader('Content-Type', 'application/json');
        response.end(basemapJson());
      });
    },
    // Hook filters let Rolldown skip calling into JS for every other module.
    resolveId: {
      filter: { id: /^virtual:korea-basemap$/ },
      handler(id) {
        return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
      },
    },
    load: {
      filter: { id: /^\0virtual:korea-basemap$/ },
      handler(id) {
        if (id !== RESOLVED_ID) return undefined;
        if (!building) return `export default ${JSON.stringify(DEV_URL)};\n`;
        const reference = this.emitFile({
          type: 'asset',
          name: BASEMAP_ASSET_NAME,
          source: basemapJson(),
        });
        return `export default import.meta.ROLLUP_FILE_URL_${reference};\n`;
      },
    },
  };
}
