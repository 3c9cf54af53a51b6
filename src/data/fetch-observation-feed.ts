import { FeedError, fetchJson } from '../lib/fetch-json';
import { FeedContractError, parseObservationFeedInChunks } from '../domain/parse-feed';
import type { ObservationFeed } from '../domain/observation';

export const RECEIVED_MARK = 'nalssi:feed-received';
export const PARSED_MARK = 'nalssi:feed-parsed';

/**
 * Fetch, then validate: callers only ever see parsed feeds. Validation runs
 * in chunks, so a huge feed never freezes the page. Kept apart from the
 * query options so the portal widget can use it without TanStack Query (or React).
 */
export async function fetchObservationFeed(
  url: string,
  signal?: AbortSignal,
): Promise<ObservationFeed> {
  const payload = await fetchJson(url, { signal });
  // Marks for measuring from outside (tests, bench): received = body read and JSON-parsed.
  performance.mark(RECEIVED_MARK);
  try {
    const feed = await parseObservationFeedInChunks(payload, { signal });
    performance.mark(PARSED_MARK, { detail: { records: feed.observations.length } });
    return feed;
  } catch (error) {
    if (error instanceof FeedContractError) throw new FeedError('contract', url, error.field);
    throw error;
  }
}
