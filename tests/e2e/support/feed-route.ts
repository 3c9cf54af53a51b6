/**
 * The observation feed under the test's control: every request for it goes
 * through a handler the test can swap mid-story, and is counted with the
 * page's own (possibly fake) clock time of each fetch, so specs can assert
 * backoff and the absence of request storms.
 */
import { readFileSync } from 'node:fs';
import type { Page, Route } from '@playwright/test';

const FEED_PATH = 'data/observations.json';
export const FEED_GLOB = `**/${FEED_PATH}`;

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

declare global {
  interface Window {
    /** Page-clock times of the app's fetch calls for the feed (test instrumentation). */
    __nalssiFeedFetchTimes?: number[];
  }
}

export class FeedRoute {
  /** Requests that reached the network, counted the moment they arrive. */
  private requests = 0;
  private handler: FeedHandler;

  private constructor(
    private readonly page: Page,
    handler: FeedHandler,
  ) {
    this.handler = handler;
  }

  static async install(page: Page, handler: FeedHandler = serveSeed): Promise<FeedRoute> {
    const feed = new FeedRoute(page, handler);
    // The time of each request is read inside the page, synchronously, when the
    // app calls fetch. Reading it from the route handler instead would need a
    // round trip to the page, during which a test stepping the fake clock moves
    // it on, and a busy machine then reports gaps that never happened.
    await page.addInitScript((pattern: string) => {
      const times: number[] = [];
      window.__nalssiFeedFetchTimes = times;
      const originalFetch = window.fetch;
      window.fetch = function (input: RequestInfo | URL, init?: RequestInit) {
        const url =
          typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
        if (url.includes(pattern)) times.push(Date.now());
        return originalFetch.call(this, input, init);
      };
    }, FEED_PATH);
    await page.route(FEED_GLOB, async (route) => {
      feed.requests += 1;
      await feed.handler(route);
    });
    return feed;
  }

  get count(): number {
    return this.requests;
  }

  /** Answer the next requests differently (a server going down, or coming back). */
  use(handler: FeedHandler): void {
    this.handler = handler;
  }

  /** Gaps between the app's consecutive fetches of the feed, in page-clock milliseconds. */
  async gaps(): Promise<number[]> {
    const times = await this.page.evaluate(() => window.__nalssiFeedFetchTimes ?? []);
    return times.slice(1).map((time, index) => time - times[index]!);
  }
}
