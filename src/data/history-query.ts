import { queryOptions } from '@tanstack/react-query';
import { FeedError, fetchJson } from '../lib/fetch-json';
import type { ObservationHistory } from '../domain/history';

/**
 * The history is optional: a site that publishes none answers 404, and the
 * page simply has no time control. Every other failure (a 500, HTML instead
 * of JSON, a broken contract) is an error worth telling the reader about.
 * The parser is fetched only when there is a history to parse, so a site
 * without one (the bundled sample) never downloads it.
 */
export async function fetchHistory(
  url: string,
  signal?: AbortSignal,
): Promise<ObservationHistory | null> {
  let payload: unknown;
  try {
    payload = await fetchJson(url, { signal });
  } catch (error) {
    if (error instanceof FeedError && error.kind === 'http' && error.detail === '404') return null;
    throw error;
  }
  const { HistoryContractError, parseHistoryInChunks } = await import('../domain/parse-history');
  try {
    return await parseHistoryInChunks(payload, { signal });
  } catch (error) {
    if (error instanceof HistoryContractError) throw new FeedError('contract', url, error.field);
    throw error;
  }
}

/** Refreshed with the observations, so the latest hour follows the ingest's schedule. */
export function historyQueryOptions(url: string, refreshIntervalMs: number) {
  return queryOptions({
    queryKey: ['history', url] as const,
    queryFn: ({ signal }) => fetchHistory(url, signal),
    refetchInterval: refreshIntervalMs,
  });
}
