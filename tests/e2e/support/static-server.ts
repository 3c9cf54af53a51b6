/**
 * A minimal static file server for the built app, loopback only. Serves
 * `dist/` with correct content types and, optionally, extra headers (the
 * hardening tests use it to serve the build under a strict CSP).
 */
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
};

export interface StaticServerOptions {
  readonly root: string;
  readonly port: number;
  readonly headers?: Readonly<Record<string, string>>;
  /** Rewrites each HTML page before it is sent (the test portal fills in the app's origin). */
  readonly rewriteHtml?: (html: string, url: URL) => string;
}

export function startStaticServer({
  root,
  port,
  headers = {},
  rewriteHtml,
}: StaticServerOptions): Promise<Server> {
  const base = resolve(root);
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const path = decodeURIComponent(url.pathname);
    let file = normalize(join(base, path));
    if (!file.startsWith(base)) {
      response.writeHead(403).end();
      return;
    }
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      if (rewriteHtml && extname(file) === '.html') {
        const html = rewriteHtml(readFileSync(file, 'utf8'), url);
        response.writeHead(200, { 'Content-Type': TYPES['.html'], 'Cache-Control': 'no-store' });
        response.end(html);
        return;
      }
      const size = statSync(file).size;
      response.writeHead(200, {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Content-Length': size,
        'Cache-Control': 'no-store',
        ...headers,
      });
      createReadStream(file).pipe(response);
    } catch {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolvePromise(server));
  });
}
