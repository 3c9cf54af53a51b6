/**
 * The built site served by real nginx with the shipped deploy/nginx config
 * (the `nginx` Playwright project; tests/e2e/support/serve-nginx.ts starts it).
 * First what nginx sends for each kind of file, then the pages in Chromium
 * under those headers: not one CSP violation while the dashboard works and
 * while the widget renders framed by the allowed portal.
 */
import { mergeTests, type APIResponse } from '@playwright/test';
import { PORTAL_ORIGIN, PORTAL_PORT } from '../../playwright.config';
import { DASHBOARD_POLICY, embedPolicy, watchViolations } from './support/csp';
import { test as dashboardTest } from './support/dashboard';
import { expect, test as portalTest } from './support/portal';

const test = mergeTests(dashboardTest, portalTest);

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

test.describe('the pages under those headers', () => {
  test('the dashboard loads, filters and opens a station with no CSP violation', async ({
    dashboard,
    page,
  }) => {
    const violations = await watchViolations(page);
    await dashboard.open();
    await expect(dashboard.listCount).toHaveText('97개 중 97개');
    await dashboard.expectStationsDrawn(97);
    await dashboard.chip('맑음').click();
    await dashboard.expectStationsDrawn(45);
    await dashboard.rows.first().click();
    await expect(dashboard.details).toContainText('맑음');
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await expect(dashboard.listCount).toHaveText('45 of 97');
    await expect(dashboard.details).toContainText('Clear');
    // The header really reaches the page: the "near me" button may ask for a position.
    expect(
      await page.evaluate(() =>
        (
          document as { featurePolicy?: { allowsFeature(name: string): boolean } }
        ).featurePolicy?.allowsFeature('geolocation'),
      ),
    ).toBe(true);
    expect(await violations()).toEqual([]);
  });

  test('the widgets render framed by the listed portal with no CSP violation', async ({
    portal,
    page,
  }) => {
    const violations = await watchViolations(page);
    await portal.open();
    await expect(portal.tickerItem('ticker-slot')).toContainText('℃');
    await expect(portal.cardRows('card-slot')).toHaveCount(3);
    const seen = await violations();

    // The map view too: its code and the base map load lazily inside the frame.
    await portal.open('/empty.html');
    await expect.poll(() => portal.loaderGlobal()).not.toBeNull();
    await portal.addWidget('map-slot', { view: 'map', sky: 'clear' });
    await expect(portal.widget('map-slot').locator('.leaflet-container')).toBeVisible();
    await expect(portal.widget('map-slot').locator('.station-map-canvas')).toBeVisible();
    expect([...seen, ...(await violations())]).toEqual([]);
  });

  test('a portal that is not on the list cannot frame the widget', async ({ page, appOrigin }) => {
    const violations = await watchViolations(page);
    // Same server, another origin: localhost is not 127.0.0.1 to the browser.
    const stranger = new URL(`http://localhost:${PORTAL_PORT}/`);
    stranger.searchParams.set('app', appOrigin);
    await page.goto(stranger.href);
    await expect(page.locator('#ticker-slot > iframe')).toBeAttached();
    await expect.poll(async () => (await violations()).join('\n')).toMatch(/frame-ancestors/);
    await expect(
      page.locator('#ticker-slot > iframe').contentFrame().locator('.ticker-item'),
    ).toHaveCount(0);
  });
});
