/**
 * Starts the dashboard's critical downloads from the HTML instead of from
 * JavaScript: the observation feed (otherwise requested only after React's
 * first render) and the lazily imported map chunk with its CSS (otherwise
 * requested only after the main chunk has run). Both then arrive while the
 * main chunk is still being parsed; likewise the base map's geometry. The map chunk stays a separate, lazy
 * chunk: the widget's ticker and card never load it.
 */
import type { HtmlTagDescriptor, Plugin, ResolvedConfig } from 'vite';
import { readConfig } from '../src/config/read-config.ts';
import { BASEMAP_ASSET_NAME } from './vite-plugin-korea-basemap.ts';
import { PROVINCES_ASSET_NAME } from './vite-plugin-korea-provinces.ts';

const MAP_MODULE = /src\/features\/station-map\/station-map\.tsx$/;

interface ChunkLike {
  readonly type: 'chunk' | 'asset';
  readonly fileName: string;
  /** Assets: the names they were emitted under (before hashing). */
  readonly names?: readonly string[];
  readonly facadeModuleId?: string | null;
  /** Chunks: the chunks it imports statically. */
  readonly imports?: readonly string[];
  readonly viteMetadata?: { importedCss: Set<string> };
}

export function preloadCritical(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'nalssi:preload-critical',
    configResolved(resolved) {
      config = resolved;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        // Only the dashboard: embed.html decides for itself what it needs.
        if (!context.filename.endsWith('index.html') || context.filename.endsWith('embed.html'))
          return [];
        const feedUrl = readConfig({ ...config.env, BASE_URL: './' }).observationsUrl;
        const tags: HtmlTagDescriptor[] = [
          {
            tag: 'link',
            // crossorigin makes the preload match fetch()'s CORS mode, so the request is reused.
            attrs: { rel: 'preload', href: feedUrl, as: 'fetch', crossorigin: 'anonymous' },
            injectTo: 'head',
          },
        ];
        const chunks = Object.values(context.bundle ?? {}) as ChunkLike[];
        const map = chunks.find(
          (chunk) => chunk.type === 'chunk' && MAP_MODULE.test(chunk.facadeModuleId ?? ''),
        );
        if (map) {
          // With the chunks it imports (Leaflet may sit in one of them): preloading only the map
          // chunk would leave them to be discovered after it has run, a round trip later.
          const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
          const mapChunks = new Set<string>();
          const visit = (fileName: string) => {
            if (mapChunks.has(fileName)) return;
            mapChunks.add(fileName);
            for (const imported of byName.get(fileName)?.imports ?? []) visit(imported);
          };
          visit(map.fileName);
          for (const fileName of mapChunks) {
            if (html.includes(`/${fileName}"`)) continue; // the entry's own imports: already there
            tags.push({
              tag: 'link',
              attrs: { rel: 'modulepreload', href: `./${fileName}`, crossorigin: true },
              injectTo: 'head',
            });
          }
          for (const css of map.viteMetadata?.importedCss ?? []) {
            tags.push({
              tag: 'link',
              // Vite's loader later requests this CSS with crossOrigin = "": a preload
              // without crossorigin would not match it, so the file would be fetched twice.
              attrs: { rel: 'preload', href: `./${css}`, as: 'style', crossorigin: true },
              injectTo: 'head',
            });
          }
        }
        // The base map's geometry (assets the map fetches): it arrives with the map chunk.
        const geometry = chunks.filter(
          (chunk) =>
            chunk.type === 'asset' &&
            (chunk.names?.includes(BASEMAP_ASSET_NAME) ||
              chunk.names?.includes(PROVINCES_ASSET_NAME)),
        );
        for (const basemap of geometry) {
          tags.push({
            tag: 'link',
            attrs: {
              rel: 'preload',
              href: `./${basemap.fileName}`,
              as: 'fetch',
              crossorigin: 'anonymous',
            },
            injectTo: 'head',
          });
        }
        return tags;
      },
    },
  };
}
