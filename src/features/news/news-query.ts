import { queryOptions } from '@tanstack/react-query';
import { afterFirstDraw } from '../../lib/first-draw';
import { FeedError, fetchJson } from '../../lib/fetch-json';
import type { NewsFeed } from './news-item';

/**
 * Fetch, then validate inside the query function: the cache only ever holds
 * parsed feeds. News is second to the weather: it is fetched, with its
 * parser, after the stations are on the map.
 */
export async function fetchNewsFeed(url: string, signal?: AbortSignal): Promise<NewsFeed> {
  await afterFirstDraw();
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

export function newsQueryOptions(url: string, refreshIntervalMs: number) {
  return queryOptions({
    queryKey: ['news', url] as const,
    queryFn: ({ signal }) => fetchNewsFeed(url, signal),
    refetchInterval: refreshIntervalMs,
    // News is secondary: one quick retry, then say so, instead of the weather's longer backoff.
    retry: 1,
  });
}
