import { QueryClient } from '@tanstack/react-query';
import { FeedError } from './fetch-json';

/** Errors that another try will not fix: the server answered, with the wrong thing. */
function isPermanent(error: unknown): boolean {
  if (!(error instanceof FeedError)) return false;
  if (error.kind === 'http')
    return error.detail === '404' || error.detail === '403' || error.detail === '401';
  return (
    error.kind === 'contract' ||
    error.kind === 'html' ||
    error.kind === 'not-json' ||
    error.kind === 'empty'
  );
}

/**
 * How many times to try again. A timeout already cost the reader 15 s of
 * waiting and a server that hung once usually hangs again, so it is tried
 * once more (≈ 31 s in all before the error shows), not three times (≈ 67 s).
 */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (isPermanent(error)) return false;
  if (error instanceof FeedError && error.kind === 'timeout') return failureCount < 1;
  return failureCount < 3;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Up to three retries with exponential backoff (1 s, 2 s, 4 s), then stop: no request storms.
        retry: shouldRetry,
        retryDelay: (attempt) => Math.min(1000 * 2 ** attempt, 8000),
        refetchOnWindowFocus: true,
        // Observations change every few minutes at most; do not refetch on every mount.
        staleTime: 60_000,
      },
    },
  });
}
