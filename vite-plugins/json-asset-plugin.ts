/**
 * A virtual module whose default export is the URL of a JSON file made at
 * build time. In a build the JSON is emitted as a hashed asset (fetched as
 * data, never parsed as script); on the dev server a middleware serves it.
 * The base map and the province borders both travel this way.
 */
import type { Plugin } from 'vite';

export interface JsonAssetOptions {
  /** Plugin name, for Vite's messages. */
  readonly name: string;
  /** The module id code imports, e.g. `virtual:korea-basemap`. */
  readonly virtualId: string;
  /** The asset's name before hashing, e.g. `korea-basemap.json`. */
  readonly assetName: string;
  /** Makes the data; called once per run. */
  readonly make: () => unknown;
}

export function jsonAssetPlugin({ name, virtualId, assetName, make }: JsonAssetOptions): Plugin {
  // The `\0` prefix tells other plugins (and Rolldown) not to touch the id.
  const resolvedId = `\0${virtualId}`;
  const devUrl = `/@nalssi/${assetName}`;
  let json: string | undefined;
  const source = () => (json ??= JSON.stringify(make()));
  let building = false;
  return {
    name,
    configResolved(config) {
      building = config.command === 'build';
    },
    configureServer(server) {
      server.middlewares.use(devUrl, function serveJsonAsset(_request, response) {
        response.setHeader('Content-Type', 'application/json');
        response.end(source());
      });
    },
    resolveId: {
      filter: { id: new RegExp(`^${virtualId}$`) },
      handler(id) {
        return id === virtualId ? resolvedId : undefined;
      },
    },
    load: {
      filter: { id: new RegExp(`^\\0${virtualId}$`) },
      handler(id) {
        if (id !== resolvedId) return undefined;
        if (!building) return `export default ${JSON.stringify(devUrl)};\n`;
        const reference = this.emitFile({ type: 'asset', name: assetName, source: source() });
        return `export default import.meta.ROLLUP_FILE_URL_${reference};\n`;
      },
    },
  };
}
