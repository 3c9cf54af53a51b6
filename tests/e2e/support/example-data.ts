/**
 * The example data set (public/example, made up, built by the ingest) served
 * in place of the seed: the built app reads `data/observations.json` and
 * `data/history.json`, and these routes answer with the example files. No
 * second build is needed; the banner follows the feeds' own "example" flag.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';

const read = (name: string) =>
  readFileSync(new URL(`../../../public/example/${name}`, import.meta.url), 'utf8');

export const EXAMPLE_FEED_TEXT = read('observations.json');
export const EXAMPLE_HISTORY_TEXT = read('history.json');

export async function serveExampleData(page: Page): Promise<void> {
  const json = (body: string) => ({
    status: 200,
    contentType: 'application/json; charset=utf-8',
    body,
  });
  await page.route('**/data/observations.json', (route) => route.fulfill(json(EXAMPLE_FEED_TEXT)));
  await page.route('**/data/history.json', (route) => route.fulfill(json(EXAMPLE_HISTORY_TEXT)));
}
