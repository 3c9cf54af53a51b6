/**
 * A page in a language whose messages are not in the entry (English)
 * renders nothing until they arrive (`i18n/i18n-context.tsx`), and the
 * dashboard would ask for the feed only in its first render. Started here,
 * the feed is fetched and parsed in that wait, so the first render already
 * shows it: the header's observation time, a phone's largest text, came
 * 0.2–0.5 s after the first paint on `?lang=en` before. A Korean page renders at
 * once and starts the feed itself, after its first paint.
 */
import type { QueryClient } from '@tanstack/react-query';
import { config } from '../config/env';
import { observationsQueryOptions } from '../data/observations-query';
import { loadedCatalog } from '../i18n/catalogs';
import { pageLanguage } from '../i18n/page-language';
import { parseUrlState } from './url-state';

export function startFeedWhileMessagesLoad(client: QueryClient, search: string): void {
  if (loadedCatalog(pageLanguage(parseUrlState(search).lang)) !== undefined) return;
  // The query's own options (retry included): the dashboard's useQuery finds it in flight.
  void client.prefetchQuery(
    observationsQueryOptions(config.observationsUrl, config.refreshIntervalMs),
  );
}
