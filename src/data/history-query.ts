import { queryOptions } from '@tanstack/react-query';
import { afterMapRequested } from '../lib/first-draw';
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

/**
 * Refreshed with the observations, so the latest hour follows the ingest's
 * schedule. The history is second to the first paint: it is fetched once
 * the map's code is on its way (it is small and nearly always in before the
 * map has run, so the first draw still marks late stations) — unless
 * `urgent` (the address names an hour, which the first draw must show). A
 * request started before the first paint counts towards a phone's largest
 * paint in Lighthouse's simulation, whether the paint needs it or not.
 */
export function historyQueryOptions(url: string, refreshIntervalMs: number, urgent = false) {
  // Urgency changes when the history is fetched, not what it holds: one cache entry either way.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  return queryOptions({
    queryKey: ['history', url] as const,
    queryFn: async ({ signal }) => {
      if (!urgent) await afterMapRequested();
      return fetchHistory(url, signal);
    },
    refetchInterval: refreshIntervalMs,
  });
}
