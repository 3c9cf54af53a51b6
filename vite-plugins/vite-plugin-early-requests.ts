/**
 * Writes `src/app/early-requests.ts` into the dashboard's HTML as a small
 * inline module script, with the plan it follows: the URLs of the English
 * messages, of the station search code and of what a linked article needs,
 * as a JSON data block. Inline, it runs as the HTML is parsed: as a file of
 * its own it could start the article's downloads only once it had arrived
 * itself, one round trip later (decision 0007). The script is bundled as an
 * entry chunk of its own so that it is compiled and minified like the rest;
 * it must import nothing (a shared chunk would also change how the main
 * entry is cut), and its file is then left out of the build. A strict
 * Content-Security-Policy allows it by its hash (`'sha256-…'` in
 * `deploy/nginx/nalssi/csp.conf`; a build-output test keeps the two in step).
 * Build only: in development nothing is preloaded.
 */
import { createHash } from 'node:crypto';
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

        const script = chunkOf(SCRIPT);
        const inlineScript = inlineScriptText(script);
        // Written into the page: the file itself is never requested. The bundle is a map of
        // file names, and deleting an entry is how Rollup's API leaves a file out of the build.
        for (const fileName of [script.fileName, `${script.fileName}.map`])
          // eslint-disable-next-line @typescript-eslint/no-dynamic-delete
          delete bundle[fileName];
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
            // Async: run as soon as it is parsed, not after the main entry as a deferred module would.
            attrs: { type: 'module', async: true },
            children: inlineScript,
            injectTo: 'head',
          },
        ];
      },
    },
  };
}

/**
 * The script's code as it goes between `<script>` tags: without a source map
 * link (a `--sourcemap` build writes one; its file is left out with the
 * script's, and the text, hence the hash, stays that of a plain build), and
 * checked for what the HTML parser would read differently inside a script.
 */
function inlineScriptText(chunk: Rolldown.OutputChunk): string {
  if (chunk.imports.length > 0 || chunk.dynamicImports.length > 0)
    throw new Error(`${SCRIPT} imports other chunks; it must stand alone to be inlined`);
  const code = chunk.code.replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '').trim();
  if (/<\/script|<!--/i.test(code))
    throw new Error(
      `${SCRIPT} holds "</script" or "<!--", which would end or change the inline script`,
    );
  return code;
}

/** The CSP source that allows an inline script with exactly this text: `'sha256-…'`. */
export function cspHashSource(scriptText: string): string {
  return `'sha256-${createHash('sha256').update(scriptText, 'utf8').digest('base64')}'`;
}
