/**
 * Vite plugin serving `virtual:korea-provinces`: the interior province
 * borders, derived at build time from the KOSTAT topology copied into
 * `vite-plugins/data/` (licence and source in its `.md`).
 */
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { buildProvinceBorders } from './korea-provinces.ts';

export const PROVINCES_VIRTUAL_ID = 'virtual:korea-provinces';
/** The `\0` prefix tells other plugins (and Rolldown) not to touch the id. */
export const PROVINCES_RESOLVED_ID = `\0${PROVINCES_VIRTUAL_ID}`;

const SOURCE = new URL('./data/kostat-provinces-2018.topo.json', import.meta.url);

export function loadProvincesSource(): string {
  return readFileSync(SOURCE, 'utf8');
}

export function koreaProvinces(): Plugin {
  // The input never changes during a run: derive the borders once.
  let code: string | undefined;
  return {
    name: 'nalssi:korea-provinces',
    resolveId: {
      filter: { id: /^virtual:korea-provinces$/ },
      handler(id) {
        return id === PROVINCES_VIRTUAL_ID ? PROVINCES_RESOLVED_ID : undefined;
      },
    },
    load: {
      filter: { id: /^\0virtual:korea-provinces$/ },
      handler(id) {
        if (id !== PROVINCES_RESOLVED_ID) return undefined;
        code ??= `export default ${JSON.stringify(
          buildProvinceBorders(JSON.parse(loadProvincesSource())),
        )};\n`;
        return code;
      },
    },
  };
}
