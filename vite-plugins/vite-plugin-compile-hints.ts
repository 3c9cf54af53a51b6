/**
 * Marks the chunks the dashboard's first draw runs (its entry, their static
 * imports, and the modules of `FIRST_DRAW_MODULES`: the map with Leaflet)
 * with V8's explicit compile hint, `//# allFunctionsCalledOnLoad`, as their
 * first line. So are the chunks of a linked article (`ARTICLE` in the
 * early-requests plugin): lazy for other pages, but when they are fetched
 * the article renders at once.
 *
 * Without it V8 compiles most functions lazily, on the main thread, the
 * first time each is called: React's first render, the map's mount and the
 * first draw each stop to compile. With it, Chromium (136 and later) compiles
 * the whole file while it streams in, on a background thread. Nearly every
 * function in these chunks runs as soon as they have arrived, so little is
 * compiled in vain. Other browsers read a comment. The other chunks loaded
 * later (the list, the details, station search) are left lazy: measured,
 * marking them too gained nothing (docs/performance.md).
 *
 * The line goes in after the file names are hashed. It is a comment: a
 * cached copy with or without it runs the same.
 */
import type { Plugin, Rolldown } from 'vite';
import { FIRST_DRAW_MODULES } from '../bench/budgets.ts';
import { staticClosure } from './chunk-graph.ts';
import { ARTICLE } from './vite-plugin-early-requests.ts';

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

/** What to hint: per HTML entry the modules its first draw loads, and modules that run on arrival. */
export interface HintedModules {
  readonly firstDraw: Readonly<Record<string, readonly string[]>>;
  readonly runOnArrival: readonly string[];
}

/**
 * The chunks to hint: each HTML entry's chunk, the chunks of the modules
 * named in `modules`, and everything those import statically. `missing`
 * names the entries and modules no chunk was built for.
 */
export function hintedChunks(
  bundle: Rolldown.OutputBundle,
  modules: HintedModules,
): { chunks: Set<Rolldown.OutputChunk>; missing: string[] } {
  const all = Object.values(bundle).filter((item) => item.type === 'chunk');
  const roots: Rolldown.OutputChunk[] = [];
  const missing: string[] = [];
  for (const path of [...Object.entries(modules.firstDraw).flat(2), ...modules.runOnArrival]) {
    const chunk = all.find((candidate) =>
      candidate.facadeModuleId?.replaceAll('\\', '/').endsWith(`/${path}`),
    );
    if (chunk) roots.push(chunk);
    else missing.push(path);
  }
  return { chunks: staticClosure(bundle, roots), missing };
}

/**
 * Puts the hint on the first line. The source map (a build with
 * `--sourcemap`, for bench/trace.ts) moves down a line with the code: by
 * this hook it has been written out as an asset of its own.
 */
function addHint(bundle: Rolldown.OutputBundle, chunk: Rolldown.OutputChunk): void {
  if (chunk.code.startsWith(COMPILE_HINT)) return;
  chunk.code = COMPILE_HINT + chunk.code;
  const map = bundle[`${chunk.fileName}.map`];
  if (map?.type === 'asset' && typeof map.source === 'string') {
    const parsed = JSON.parse(map.source) as { mappings: string };
    map.source = JSON.stringify({ ...parsed, mappings: `;${parsed.mappings}` });
  }
}

export function compileHints(
  modules: HintedModules = { firstDraw: FIRST_DRAW_MODULES, runOnArrival: ARTICLE },
): Plugin {
  return {
    name: 'nalssi:compile-hints',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      // After Vite's own pass, which rewrites the chunks that load others on demand.
      order: 'post',
      handler(_options, bundle) {
        const { chunks, missing } = hintedChunks(bundle, modules);
        // A renamed module would otherwise silently lose its hint (and its place in the budget).
        if (missing.length > 0) this.error(`compile hints: no chunk for ${missing.join(', ')}`);
        for (const chunk of chunks) addHint(bundle, chunk);
      },
    },
  };
}
