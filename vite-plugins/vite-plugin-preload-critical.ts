/**
 * Starts the observation feed's download from the HTML instead of from
 * JavaScript (otherwise it is requested only after React's first render):
 * it is small and the first draw needs it, so it arrives while the entry
 * script is still being parsed.
 *
 * The map's code and geometry are deliberately not preloaded. They are
 * about 110 KB gzip; preloaded, they would share a slow connection with the
 * entry script and hold back the first paint. The dashboard requests them
 * right after that paint (`src/app/lazy-station-map.tsx`).
 */
import type { HtmlTagDescriptor, Plugin, ResolvedConfig } from 'vite';
import { readConfig } from '../src/config/read-config.ts';

export function preloadCritical(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'nalssi:preload-critical',
    configResolved(resolved) {
      config = resolved;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
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
        return tags;
      },
    },
  };
}
