/**
 * Adds `src/app/early-requests.ts` to the dashboard's HTML as its own small
 * async module script, with the plan it follows: the URLs of the English
 * messages, of the station search code and of what a linked article needs,
 * as a JSON data block. Vite
 * would bundle a second `<script type="module">` into the one entry, so the
 * script is emitted as a separate entry chunk instead; it imports nothing,
 * so the main entry's chunks stay as they are. Build only: in development
 * nothing is preloaded.
 */
import { resolve } from 'node:path';
import type { Plugin, ResolvedConfig, Rolldown } from 'vite';
import { PLAN_ELEMENT_ID, type EarlyRequestPlan } from '../src/app/early-request-plan.ts';
import { readConfig } from '../src/config/read-config.ts';
import { KOREA_TIME_ZONE, LANG_PREFERENCE_KEY, LOCALE } from '../src/i18n/lang.ts';
import { staticClosure } from './chunk-graph.ts';

const SCRIPT = 'src/app/early-requests.ts';
const CATALOGS = { en: 'src/i18n/messages.en.ts' };
const DEFERRED_CATALOGS = {
  ko: 'src/i18n/messages.ko.deferred.ts',
  en: 'src/i18n/messages.en.deferred.ts',
};
const STATION_SEARCH = 'src/domain/search-stations.ts';
/** What a link to an article needs for its first view (also hinted for eager compiling). */
export const ARTICLE = ['src/app/news-article-slot.tsx', 'src/features/news/parse-news.ts'];

export function earlyRequests(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'nalssi:early-requests',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    buildStart() {
      this.emitFile({ type: 'chunk', id: resolve(config.root, SCRIPT), name: 'early-requests' });
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        // Only the dashboard: the widget has no article or language to start early.
        if (!context.filename.endsWith('index.html') || context.filename.endsWith('embed.html'))
          return [];
        const bundle = context.bundle;
        const entry = context.chunk;
        if (!bundle || !entry) return [];
        const url = (fileName: string) => `${config.base}${fileName}`;
        const chunkOf = (module: string) => {
          const id = resolve(config.root, module);
          const chunk = Object.values(bundle).find(
            (output): output is Rolldown.OutputChunk =>
              output.type === 'chunk' && output.moduleIds.includes(id),
          );
          if (!chunk) throw new Error(`${module} is missing from the bundle`);
          return chunk;
        };
        // What the entry already loads is not asked for twice.
        const inEntry = staticClosure(bundle, [entry]);
        const needed = (modules: readonly string[]) =>
          [...staticClosure(bundle, modules.map(chunkOf))].filter((chunk) => !inEntry.has(chunk));

        const article = needed(ARTICLE);
        const plan: EarlyRequestPlan = {
          catalogs: Object.fromEntries(
            Object.entries(CATALOGS).map(([lang, module]) => [
              lang,
              needed([module]).map((chunk) => url(chunk.fileName)),
            ]),
          ),
          langPreferenceKey: LANG_PREFERENCE_KEY,
          stationSearch: needed([STATION_SEARCH]).map((chunk) => url(chunk.fileName)),
          intl: { locales: LOCALE, timeZone: KOREA_TIME_ZONE },
          article: {
            messages: Object.fromEntries(
              Object.entries(DEFERRED_CATALOGS).map(([lang, module]) => [
                lang,
                needed([module]).map((chunk) => url(chunk.fileName)),
              ]),
            ),
            modules: article.map((chunk) => url(chunk.fileName)),
            styles: article.flatMap((chunk) =>
              [...(chunk.viteMetadata?.importedCss ?? [])].map(url),
            ),
            feed: readConfig({ ...config.env, BASE_URL: './' }).newsUrl,
          },
        };
        return [
          {
            tag: 'script',
            attrs: { type: 'application/json', id: PLAN_ELEMENT_ID },
            // JSON.stringify leaves "</script>" possible in a URL; escape "<" so the block cannot end early.
            children: JSON.stringify(plan).replaceAll('<', '\\u003c'),
            injectTo: 'head',
          },
          {
            tag: 'script',
            // An async script is fetched at low priority, behind the entry's own chunks: ask for high.
            attrs: {
              type: 'module',
              async: true,
              fetchpriority: 'high',
              src: url(chunkOf(SCRIPT).fileName),
            },
            injectTo: 'head',
          },
        ];
      },
    },
  };
}
