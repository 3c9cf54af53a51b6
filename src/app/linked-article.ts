/**
 * A link that opens an article (`?news=`) shows it in the page's first
 * render. The early-requests script has already asked for the news feed and
 * the article's code; the entry waits for both, briefly, before it renders.
 * Rendered at once, the dashboard painted first without the article, then its
 * "loading" state, then the article: three renders on a phone's slow CPU
 * before the text the reader came for, which Lighthouse's mobile run put
 * 0.4 s after the first paint.
 *
 * The wait is capped: a slow or failing news feed never holds the dashboard
 * back for longer than `WAIT_CAP_MS`; the article then shows its loading or
 * failed state as before (the query keeps going, with its retry).
 */
import type { QueryClient } from '@tanstack/react-query';
import { config } from '../config/env';
import { newsQueryOptions } from '../features/news/news-query';
import { loadCatalog, setShownLanguage } from '../i18n/catalogs';
import { pageLanguage } from '../i18n/page-language';
import { NewsArticleSlot } from './deferred-features';
import { parseUrlState } from './url-state';

export const WAIT_CAP_MS = 600;

/** Resolves when the linked article can render, after `capMs` at most, or at once without one. */
export function linkedArticleReady(
  client: QueryClient,
  search: string,
  capMs = WAIT_CAP_MS,
): Promise<void> {
  const { news, lang } = parseUrlState(search);
  if (news === null) return Promise.resolve();
  // The article's words are in the page language's deferred messages, which the article's code
  // is loaded with: the language the page will show must be known before it renders.
  const shown = pageLanguage(lang);
  setShownLanguage(shown);
  const ready = Promise.all([
    client.prefetchQuery(newsQueryOptions(config.newsUrl, config.refreshIntervalMs, true)),
    // A failed fetch is not the wait's to report: the language provider asks again and says so.
    loadCatalog(shown).catch(() => undefined),
    NewsArticleSlot.preload(),
  ]);
  let timer = 0;
  const cap = new Promise<void>((resolve) => (timer = window.setTimeout(resolve, capMs)));
  return Promise.race([ready, cap]).then(() => window.clearTimeout(timer));
}
