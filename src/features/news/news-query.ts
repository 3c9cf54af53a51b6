import { queryOptions } from '@tanstack/react-query';
import { afterMapRequested } from '../../lib/first-draw';
import { FeedError, fetchJson } from '../../lib/fetch-json';
import type { NewsFeed } from './news-item';

/**
 * Fetch, then validate inside the query function: the cache only ever holds
 * parsed feeds. News is second to the weather: it is fetched, with its
 * parser, once the map's code is on its way (so the first draw can mark the
 * stations with news) — unless `urgent` (a link opened an article, which is
 * what the reader came for).
 */
export async function fetchNewsFeed(
  url: string,
  signal?: AbortSignal,
  urgent = false,
): Promise<NewsFeed> {
  if (!urgent) await afterMapRequested();
  const [payload, { NewsContractError, parseNewsFeed }] = await Promise.all([
    fetchJson(url, { signal }),
    import('./parse-news'),
  ]);
  try {
    return parseNewsFeed(payload);
  } catch (error) {
    if (error instanceof NewsContractError) throw new FeedError('contract', url, error.field);
    throw error;
  }
}

export function newsQueryOptions(url: string, refreshIntervalMs: number, urgent = false) {
  // Urgency changes when the feed is fetched, not what it holds: one cache entry either way.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  return queryOptions({
    queryKey: ['news', url] as const,
    queryFn: ({ signal }) => fetchNewsFeed(url, signal, urgent),
    refetchInterval: refreshIntervalMs,
    // News is secondary: one quick retry, then say so, instead of the weather's longer backoff.
    retry: 1,
  });
}
