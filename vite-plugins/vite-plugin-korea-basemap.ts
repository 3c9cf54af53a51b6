/**
 * Vite plugin serving `virtual:korea-basemap`: the Korea base map cut from
 * world-atlas at build time, so only Korea (not the world) reaches the bundle.
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

export function koreaBasemap(): Plugin {
  // Cutting takes a moment and the input never changes during a run: do it once.
  let code: string | undefined;
  return {
    name: 'nalssi:korea-basemap',
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
        code ??= `export default ${JSON.stringify(
          buildKoreaBasemap(JSON.parse(loadKoreaBasemapSource())),
        )};\n`;
        return code;
      },
    },
  };
}
