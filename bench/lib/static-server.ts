/**
 * A tiny static server on 127.0.0.1 (random port) for the built app (`dist/`)
 * and the floor page (`/floor/`, with Leaflet from node_modules). Text files
 * are gzipped once and served with `Content-Encoding: gzip` to clients that
 * accept it, like any static host, so the JS bytes measured are real
 * transfer sizes and neither side pays for compression during a load.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg']);

export interface StaticServer {
  readonly origin: string;
  close(): Promise<void>;
}

/** URL prefix (ending in `/`) → folders searched in order; `/` answers with index.html. */
export interface Mount {
  readonly prefix: string;
  readonly dirs: readonly string[];
}

/**
 * The app at `/`, the vanilla floor at `/floor/` (Leaflet's dist/ beside it),
 * the bare react-leaflet floor's build at `/floor-react/`.
 */
export function benchMounts(
  dist: string,
  floorDir: string,
  leafletDir: string,
  reactFloorDist: string,
): Mount[] {
  return [
    { prefix: '/floor/', dirs: [floorDir, leafletDir] },
    // The sample data beside it, for Lighthouse (the bench intercepts the feed instead).
    { prefix: '/floor-react/', dirs: [reactFloorDist, dist] },
    { prefix: '/', dirs: [dist] },
  ];
}

interface CachedFile {
  readonly type: string;
  readonly raw: Buffer;
  readonly gzip: Buffer | null;
}

/** A URL path inside a root, or null when it would escape it. */
function resolveInside(root: string, urlPath: string): string | null {
  const path = normalize(join(root, decodeURIComponent(urlPath)));
  return path === root || path.startsWith(root + sep) ? path : null;
}

export async function startStaticServer(mounts: readonly Mount[]): Promise<StaticServer> {
  const cache = new Map<string, CachedFile>();

  async function load(path: string): Promise<CachedFile | null> {
    const cached = cache.get(path);
    if (cached) return cached;
    try {
      const raw = await readFile(path);
      const ext = extname(path);
      const file = {
        type: TYPES[ext] ?? 'application/octet-stream',
        raw,
        gzip: COMPRESSIBLE.has(ext) ? gzipSync(raw, { level: 6 }) : null,
      };
      cache.set(path, file);
      return file;
    } catch {
      return null;
    }
  }

  function candidates(pathname: string): (string | null)[] {
    const path = pathname.endsWith('/') ? `${pathname}index.html` : pathname;
    const mount = mounts.find(({ prefix }) => path.startsWith(prefix));
    if (!mount) return [];
    return mount.dirs.map((dir) => resolveInside(dir, path.slice(mount.prefix.length)));
  }

  async function serveFile(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
    for (const path of candidates(pathname)) {
      const file = path && (await load(path));
      if (!file) continue;
      const gzip = file.gzip && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
      const body = gzip ? file.gzip! : file.raw;
      response.writeHead(200, {
        'Content-Type': file.type,
        'Content-Length': body.length,
        'Cache-Control': 'no-store',
        Vary: 'Accept-Encoding',
        ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
      });
      response.end(request.method === 'HEAD' ? undefined : body);
      return;
    }
    response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
  }

  const server = createServer((request, response) => {
    serveFile(request, response).catch((error: unknown) => {
      response.writeHead(500, { 'Content-Type': 'text/plain' }).end(String(error));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
