/**
 * Failing networks against the real built app: the feed request is
 * intercepted, the page's clock is fast-forwarded through timeouts and
 * backoff, and every request is counted (no request storm).
 *
 * Playwright's fake clock also stubs `performance.mark`, so these tests
 * read the list, not the map's draw mark (the map follows the same data).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from './support/dashboard';
import {
  FeedRoute,
  hang,
  serveJson,
  serveSeed,
  serveStatus,
  SEED_FEED_TEXT,
} from './support/feed-route';

const FEED_URL = './data/observations.json';

test.describe('failing networks', () => {
  test.beforeEach(async ({ page }) => {
    await page.clock.install();
  });

  test('HTTP 404: one request, an error naming the feed, and a retry that works', async ({
    dashboard,
    page,
  }) => {
    const feed = await FeedRoute.install(page, serveStatus(404));
    await dashboard.open();
    const error = page.locator('.feed-error');
    await expect(error).toContainText('서버가 HTTP 404 오류로 응답했습니다.');
    await expect(error).toContainText(`주소: ${FEED_URL}`);
    // Not found will not be found on a second try: no retries.
    await page.clock.fastForward(30_000);
    expect(feed.count).toBe(1);

    feed.use(serveSeed);
    await error.getByRole('button', { name: '다시 시도' }).click();
    await expect(dashboard.listCount).toHaveText('97개 중 97개');
    await expect(dashboard.map).toBeVisible();
    expect(feed.count).toBe(2);
  });

  for (const status of [500, 503]) {
    test(`HTTP ${status}: retried with growing gaps, then stops after four requests`, async ({
      dashboard,
      page,
    }) => {
      const feed = await FeedRoute.install(page, serveStatus(status));
      await dashboard.open();
      await expect.poll(() => feed.count).toBe(1);
      await expect(page.locator('.feed-loading')).toContainText(`HTTP ${status}`);
      // The app schedules each retry only after it has handled the previous
      // failure, which happens a moment after the request is counted here. So
      // the clock moves in small steps until the next request goes out, instead
      // of one exact jump that could land before the retry timer exists.
      for (const expected of [2, 3, 4]) {
        await expect
          .poll(
            async () => {
              await page.clock.fastForward(250);
              return feed.count;
            },
            { timeout: 15_000 },
          )
          .toBe(expected);
      }
      await expect(page.locator('.feed-error')).toContainText(`HTTP ${status}`);
      // Backoff: at least 1 s, and each wait longer than the last.
      const gaps = await feed.gaps();
      expect(gaps).toHaveLength(3);
      expect(gaps[0]).toBeGreaterThanOrEqual(1000);
      for (let i = 1; i < gaps.length; i += 1) expect(gaps[i]).toBeGreaterThan(gaps[i - 1]!);
      // And then silence until the next scheduled refresh.
      await page.clock.fastForward(60_000);
      expect(feed.count).toBe(4);
    });
  }

  test('a response that never comes: a timeout message, one retry, then an error', async ({
    dashboard,
    page,
  }) => {
    const feed = await FeedRoute.install(page, hang);
    await dashboard.open();
    await expect.poll(() => feed.count).toBe(1);
    await expect(page.locator('.feed-loading')).toHaveText('관측 자료를 불러오는 중…');
    await page.clock.fastForward(15_000);
    await expect(page.locator('.feed-loading')).toContainText('응답이 15초 안에 오지 않았습니다.');
    await page.clock.fastForward(1_000);
    await expect.poll(() => feed.count).toBe(2);
    await page.clock.fastForward(15_000);
    const error = page.locator('.feed-error');
    await expect(error).toContainText('응답이 15초 안에 오지 않았습니다.');
    await expect(error.getByRole('button', { name: '다시 시도' })).toBeEnabled();
    await page.clock.fastForward(60_000);
    expect(feed.count).toBe(2);
  });

  test.describe('a connection dropped mid-body', () => {
    let server: Server;
    let port: number;

    test.beforeAll(async () => {
      // Promises the whole seed, sends half of it, then cuts the connection.
      server = createServer((_request, response) => {
        const body = Buffer.from(SEED_FEED_TEXT);
        response.writeHead(200, {
          'Content-Type': 'application/json',
          'Content-Length': body.length,
        });
        response.write(body.subarray(0, body.length >> 1), () => response.socket?.destroy());
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      port = (server.address() as AddressInfo).port;
    });

    test.afterAll(async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    });

    test('is retried, and the next complete answer is shown', async ({ dashboard, page }) => {
      const feed = await FeedRoute.install(page, (route) =>
        route.continue({ url: `http://127.0.0.1:${port}/observations.json` }),
      );
      await dashboard.open();
      await expect.poll(() => feed.count).toBe(1);
      await expect(page.locator('.feed-loading')).toContainText('네트워크에 연결할 수 없습니다.');
      feed.use(serveSeed);
      await page.clock.fastForward(1_000);
      await expect(dashboard.listCount).toHaveText('97개 중 97개');
      expect(feed.count).toBe(2);
    });
  });

  test('offline, then back online: waits without requests and recovers on its own', async ({
    dashboard,
    page,
    context,
  }) => {
    const feed = await FeedRoute.install(page);
    await dashboard.open();
    await expect(dashboard.listCount).toHaveText('97개 중 97개');

    await context.setOffline(true);
    // Tomorrow's feed is ready, but the device is offline when the refresh is due.
    const next = JSON.parse(SEED_FEED_TEXT) as { observedAt: string };
    feed.use(serveJson({ ...next, observedAt: '2024-05-22' }));
    await page.clock.fastForward(10 * 60_000);
    await expect(page.locator('.feed-stale')).toContainText('오프라인 상태입니다. 10분 전 자료');
    await expect(dashboard.listCount).toHaveText('97개 중 97개');
    expect(feed.count).toBe(1);

    await context.setOffline(false);
    await expect(page.locator('.observed-at')).toContainText('5월 22일');
    await expect(page.locator('.feed-stale')).toHaveCount(0);
    expect(feed.count).toBe(2);
  });

  test('a failing refresh keeps the good data, says how old it is, and recovers', async ({
    dashboard,
    page,
  }) => {
    const feed = await FeedRoute.install(page);
    await dashboard.open();
    await expect(dashboard.listCount).toHaveText('97개 중 97개');

    feed.use(serveStatus(503));
    await page.clock.fastForward(2 * 60_000);
    // Coming back to the tab refreshes stale data (the browser's event bubbles to window).
    await page.evaluate(() =>
      document.dispatchEvent(new Event('visibilitychange', { bubbles: true })),
    );
    await expect.poll(() => feed.count).toBe(2);
    for (const [attempt, delay] of [1000, 2000, 4000].entries()) {
      await page.clock.fastForward(delay);
      await expect.poll(() => feed.count).toBe(attempt + 3);
    }
    const stale = page.locator('.feed-stale');
    await expect(stale).toContainText('2분 전 자료를 표시하고 있습니다.');
    await expect(stale).toContainText('HTTP 503');
    await expect(dashboard.listCount).toHaveText('97개 중 97개');
    await expect(dashboard.map).toBeVisible();

    feed.use(serveSeed);
    await stale.getByRole('button', { name: '다시 시도' }).click();
    await expect(stale).toHaveCount(0);
    await expect(dashboard.listCount).toHaveText('97개 중 97개');
    expect(feed.count).toBe(6);
  });
});
