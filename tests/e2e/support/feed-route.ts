/**
 * The observation feed under the test's control: every request for it goes
 * through a handler the test can swap mid-story, and is counted with the
 * page's own (possibly fake) clock time, so specs can assert backoff and the
 * absence of request storms.
 */
import { readFileSync } from 'node:fs';
import type { Page, Route } from '@playwright/test';

export const FEED_GLOB = '**/data/observations.json';

/** The seed feed (97 stations), as shipped in public/data. */
export const SEED_FEED_TEXT = readFileSync(
  new URL('../../../public/data/observations.json', import.meta.url),
  'utf8',
);

export type FeedHandler = (route: Route) => Promise<void> | void;

export const serveJson =
  (body: string | object, status = 200): FeedHandler =>
  (route) =>
    route.fulfill({
      status,
      contentType: 'application/json; charset=utf-8',
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });

export const serveSeed: FeedHandler = serveJson(SEED_FEED_TEXT);

export const serveStatus =
  (status: number): FeedHandler =>
  (route) =>
    route.fulfill({ status, contentType: 'text/plain', body: `HTTP ${status}` });

/** Never answers: the page's own timeout has to end the request. */
export const hang: FeedHandler = () => undefined;

export class FeedRoute {
  /** Page clock time (ms) of each request, in order. */
  readonly times: number[] = [];
  private handler: FeedHandler;

  private constructor(handler: FeedHandler) {
    this.handler = handler;
  }

  static async install(page: Page, handler: FeedHandler = serveSeed): Promise<FeedRoute> {
    const feed = new FeedRoute(handler);
    await page.route(FEED_GLOB, async (route) => {
      feed.times.push(await page.evaluate(() => Date.now()));
      await feed.handler(route);
    });
    return feed;
  }

  get count(): number {
    return this.times.length;
  }

  /** Answer the next requests differently (a server going down, or coming back). */
  use(handler: FeedHandler): void {
    this.handler = handler;
  }

  /** Gaps between consecutive requests, in page-clock milliseconds. */
  gaps(): number[] {
    return this.times.slice(1).map((time, index) => time - this.times[index]!);
  }
}
