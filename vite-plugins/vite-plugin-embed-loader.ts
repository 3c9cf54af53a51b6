/**
 * Emits `embed.js`, the portal loader, at a stable unhashed path next to the
 * pages. It is bundled in its own small build, as an IIFE: a third input of
 * the main build would come out as an ES module sharing chunks (protocol.ts)
 * with the widget, and its top-level names would leak into the portal's
 * global scope. In dev, the same bundle is served at /embed.js.
 */
import { resolve } from 'node:path';
import { build, type Plugin } from 'vite';

export const LOADER_ENTRY = 'src/features/embed/loader/embed-loader.ts';
export const LOADER_FILE = 'embed.js';

export async function bundleEmbedLoader(root: string, minify: boolean): Promise<string> {
  const output = await build({
    configFile: false,
    root,
    logLevel: 'silent',
    publicDir: false,
    build: {
      write: false,
      target: 'es2020',
      minify,
      modulePreload: false,
      rollupOptions: {
        input: resolve(root, LOADER_ENTRY),
        output: { format: 'iife', entryFileNames: LOADER_FILE },
      },
    },
  });
  const results = Array.isArray(output) ? output : [output];
  for (const result of results) {
    if (!('output' in result)) continue;
    const chunk = result.output.find((item) => item.fileName === LOADER_FILE);
    if (chunk && chunk.type === 'chunk') {
      if (result.output.length > 1) throw new Error(`${LOADER_FILE} must be one file`);
      return chunk.code;
    }
  }
  throw new Error(`building ${LOADER_FILE} produced no ${LOADER_FILE}`);
}

export function embedLoader(): Plugin {
  let root = process.cwd();
  return {
    name: 'nalssi:embed-loader',
    configResolved(config) {
      root = config.root;
    },
    configureServer(server) {
      server.middlewares.use(`/${LOADER_FILE}`, (_request, response, next) => {
        bundleEmbedLoader(root, false).then((code) => {
          response.setHeader('Content-Type', 'text/javascript; charset=utf-8');
          response.end(code);
        }, next);
      });
    },
    async generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: LOADER_FILE,
        source: await bundleEmbedLoader(root, true),
      });
    },
  };
}
