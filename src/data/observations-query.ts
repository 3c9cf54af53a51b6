import { queryOptions } from '@tanstack/react-query';
import { fetchObservationFeed } from './fetch-observation-feed';
import { warmSearchKeysWhenIdle } from './warm-search-keys';

export { fetchObservationFeed, PARSED_MARK, RECEIVED_MARK } from './fetch-observation-feed';

/** Validation happens inside the query function: the cache only ever holds parsed feeds. */
export function observationsQueryOptions(url: string, refreshIntervalMs: number) {
  return queryOptions({
    queryKey: ['observations', url] as const,
    queryFn: async ({ signal }) => {
      const feed = await fetchObservationFeed(url, signal);
      warmSearchKeysWhenIdle(feed.observations);
      return feed;
    },
    refetchInterval: refreshIntervalMs,
  });
}
