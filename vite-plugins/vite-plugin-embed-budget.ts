/**
 * Prints what the portal widget costs and fails the build when it exceeds
 * its budget (issue 5): the initial JS of the ticker and card views (the
 * `embed` entry and everything it imports statically), gzip. The map view's
 * lazy chunks are reported, not budgeted.
 *
 * The number is the one in bench/budgets.ts (75 kB), measured the same way
 * as there and as Vite prints sizes: gzip level 9, kB = 1,000 bytes. The
 * ticker and card are framework-free DOM views, so React is not part of it.
 */
import { constants, gzipSync } from 'node:zlib';
import type { Plugin, Rolldown } from 'vite';
import { BUNDLE_BUDGETS } from '../bench/budgets.ts';
import { staticClosure } from './chunk-graph.ts';
import { LOADER_FILE } from './vite-plugin-embed-loader.ts';

const EMBED_BUDGET = BUNDLE_BUDGETS.find((budget) => budget.entry === 'embed.html');
if (!EMBED_BUDGET) throw new Error('bench/budgets.ts has no budget for embed.html');
export const EMBED_INITIAL_BUDGET_KB = EMBED_BUDGET.maxInitialGzipBytes / 1000;
export const LOADER_BUDGET_KB = 3;

const gzipKb = (code: string | Uint8Array) =>
  gzipSync(code, { level: constants.Z_BEST_COMPRESSION }).length / 1000;

export function embedBudget(): Plugin {
  return {
    name: 'nalssi:embed-budget',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((item) => item.type === 'chunk');
      const entry = chunks.find((chunk) => chunk.isEntry && chunk.name === 'embed');
      if (!entry) return;
      const initial = staticClosure(bundle, [entry]);
      const lazy = new Set<Rolldown.OutputChunk>();
      for (const name of entry.dynamicImports) {
        const chunk = bundle[name];
        if (chunk?.type === 'chunk') {
          for (const item of staticClosure(bundle, [chunk])) if (!initial.has(item)) lazy.add(item);
        }
      }
      const initialKb = [...initial].reduce((sum, chunk) => sum + gzipKb(chunk.code), 0);
      const lazyKb = [...lazy].reduce((sum, chunk) => sum + gzipKb(chunk.code), 0);
      const loader = bundle[LOADER_FILE];
      const loaderKb = loader?.type === 'asset' ? gzipKb(loader.source) : Number.NaN;
      const lines = [
        `embed ticker/card initial JS: ${initialKb.toFixed(2)} kB gzip (budget ${EMBED_INITIAL_BUDGET_KB} kB, ${initial.size} chunks)`,
        `embed map view, loaded on demand: +${lazyKb.toFixed(2)} kB gzip JS`,
        `${LOADER_FILE} loader: ${loaderKb.toFixed(2)} kB gzip (budget ${LOADER_BUDGET_KB} kB)`,
      ];
      this.info(`\n  ${lines.join('\n  ')}`);
      if (initialKb > EMBED_INITIAL_BUDGET_KB || !(loaderKb <= LOADER_BUDGET_KB)) {
        this.error(`embed weight over budget:\n  ${lines.join('\n  ')}`);
      }
    },
  };
}
