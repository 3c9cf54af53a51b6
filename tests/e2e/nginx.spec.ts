/**
 * What real nginx sends for each kind of file with the shipped deploy/nginx
 * config (the `nginx` Playwright project; support/serve-nginx.ts starts it).
 * nginx-pages.spec.ts runs the pages under these headers.
 */
import { expect, test, type APIResponse } from '@playwright/test';
import { PORTAL_ORIGIN } from '../../playwright.config';
import { DASHBOARD_POLICY, embedPolicy } from './support/csp';

const IMMUTABLE = 'public, max-age=31536000, immutable';
const SHORT = 'public, max-age=300';

/** Headers every response carries, errors included. */
function expectBaseHeaders(response: APIResponse): void {
  const headers = response.headers();
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  // server_tokens off: no version for anyone looking for a known hole.
  expect(headers['server']).toBe('nginx');
}

/** `geolocation=(self), camera=()` → { geolocation: '(self)', camera: '()' }. */
function permissions(response: APIResponse): Record<string, string> {
  const header = response.headers()['permissions-policy'] ?? '';
  return Object.fromEntries(
    header.split(/,\s*/).map((entry) => entry.split('=') as [string, string]),
  );
}

/** The hashed files index.html links to: its main script and stylesheet. */
async function hashedAssets(response: APIResponse): Promise<{ script: string; style: string }> {
  const html = await response.text();
  const script = /src="\.\/(assets\/main-[\w-]+\.js)"/.exec(html)?.[1];
  const style = /href="\.\/(assets\/main-[\w-]+\.css)"/.exec(html)?.[1];
  if (!script || !style) throw new Error('index.html links no hashed main script or stylesheet');
  return { script: `/${script}`, style: `/${style}` };
}

test.describe('what nginx sends', () => {
  test('the dashboard: the strict policy, never framed, geolocation for itself only, revalidated', async ({
    request,
  }) => {
    for (const path of ['/', '/index.html']) {
      const response = await request.get(path);
      expect(response.status()).toBe(200);
      expectBaseHeaders(response);
      const headers = response.headers();
      expect(headers['content-type']).toBe('text/html; charset=utf-8');
      expect(headers['content-security-policy']).toBe(DASHBOARD_POLICY);
      expect(headers['x-frame-options']).toBe('DENY');
      expect(headers['cross-origin-opener-policy']).toBe('same-origin');
      expect(headers['cache-control']).toBe('no-cache');
      const { geolocation, ...others } = permissions(response);
      expect(geolocation).toBe('(self)');
      expect(Object.values(others)).not.toHaveLength(0);
      for (const allowlist of Object.values(others)) expect(allowlist).toBe('()');
    }
  });

  test('the widget page: framed by itself and the listed portal only, briefly cached', async ({
    request,
  }) => {
    const response = await request.get('/embed.html?view=ticker');
    expect(response.status()).toBe(200);
    expectBaseHeaders(response);
    const headers = response.headers();
    expect(headers['content-type']).toBe('text/html; charset=utf-8');
    expect(headers['content-security-policy']).toBe(embedPolicy("'self'", PORTAL_ORIGIN));
    // Old browsers would obey X-Frame-Options and block every portal.
    expect(headers['x-frame-options']).toBeUndefined();
    expect(headers['cache-control']).toBe(SHORT);
    for (const allowlist of Object.values(permissions(response))) expect(allowlist).toBe('()');
  });

  test('hashed assets are cached for a year; the loader and the feeds are not', async ({
    request,
  }) => {
    const { script, style } = await hashedAssets(await request.get('/'));
    const expected: readonly [string, string, string][] = [
      [script, 'text/javascript; charset=utf-8', IMMUTABLE],
      [style, 'text/css; charset=utf-8', IMMUTABLE],
      ['/embed.js', 'text/javascript; charset=utf-8', SHORT],
      ['/data/observations.json', 'application/json; charset=utf-8', 'no-cache'],
      ['/data/news.json', 'application/json; charset=utf-8', 'no-cache'],
      ['/schemas/observation-feed.schema.json', 'application/json; charset=utf-8', 'no-cache'],
    ];
    for (const [path, type, cache] of expected) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      expectBaseHeaders(response);
      expect(response.headers()['content-type'], path).toBe(type);
      expect(response.headers()['cache-control'], path).toBe(cache);
    }
    // Portals that isolate themselves (COEP) may still load the loader.
    const loader = await request.get('/embed.js');
    expect(loader.headers()['cross-origin-resource-policy']).toBe('cross-origin');
  });

  test('the feed revalidates: ETag and Last-Modified answer 304 while it has not changed', async ({
    request,
  }) => {
    const first = await request.get('/data/observations.json');
    const etag = first.headers()['etag'];
    const lastModified = first.headers()['last-modified'];
    expect(etag).toBeTruthy();
    expect(lastModified).toBeTruthy();
    const conditions: Record<string, string>[] = [
      { 'If-None-Match': etag! },
      { 'If-Modified-Since': lastModified! },
    ];
    for (const condition of conditions) {
      const again = await request.get('/data/observations.json', { headers: condition });
      expect(again.status()).toBe(304);
      expect(again.headers()['cache-control']).toBe('no-cache');
    }
  });

  test('text is gzipped for clients that ask, with Vary for caches, and is the same text', async ({
    request,
  }) => {
    const { script, style } = await hashedAssets(await request.get('/'));
    for (const path of [
      '/',
      '/embed.html',
      script,
      style,
      '/embed.js',
      '/data/observations.json',
    ]) {
      const gzipped = await request.get(path, { headers: { 'Accept-Encoding': 'gzip' } });
      expect(gzipped.headers()['content-encoding'], path).toBe('gzip');
      expect(gzipped.headers()['vary'], path).toBe('Accept-Encoding');
      const plain = await request.get(path, { headers: { 'Accept-Encoding': 'identity' } });
      expect(plain.headers()['content-encoding'], path).toBeUndefined();
      expect((await gzipped.body()).equals(await plain.body()), path).toBe(true);
    }
  });

  test('a missing feed is a plain 404, never the dashboard; unknown paths and dot files too', async ({
    request,
  }) => {
    // "No history yet" is how the app reads a missing history feed.
    const history = await request.get('/data/history.json');
    expect(history.status()).toBe(404);
    expect(history.headers()['content-type']).toBe('text/plain; charset=utf-8');
    expect(history.headers()['cache-control']).toBe('no-cache');
    expectBaseHeaders(history);
    // No SPA fallback, and a missing asset is not cached for a year.
    for (const path of ['/stations/279', '/assets/main-missing.js']) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(404);
      expect(response.headers()['cache-control'] ?? '', path).not.toContain('immutable');
    }
    // The build's manifest exists in dist/ but is not published.
    expect((await request.get('/.vite/manifest.json')).status()).toBe(404);
  });
});
