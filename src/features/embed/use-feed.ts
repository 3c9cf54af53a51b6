import { useEffect, useState } from 'react';
import { fetchObservationFeed } from '../observations/observations-query';
import type { ObservationFeed } from '../observations/observation';

export interface FeedState {
  /** The last feed that loaded; kept when a later refresh fails. */
  readonly feed: ObservationFeed | null;
  /** The latest failure, cleared by the next success. */
  readonly error: unknown;
}

/**
 * The observation feed for the widget: the dashboard's own fetch-and-parse
 * function, refreshed on an interval, without TanStack Query (which would
 * cost the widget more than its whole UI).
 */
export function useFeed(url: string, refreshMs: number): FeedState {
  const [state, setState] = useState<FeedState>({ feed: null, error: null });

  useEffect(
    function loadAndRefresh() {
      const controller = new AbortController();
      async function load() {
        try {
          const feed = await fetchObservationFeed(url, controller.signal);
          setState({ feed, error: null });
        } catch (error) {
          if (controller.signal.aborted) return;
          setState((previous) => ({ feed: previous.feed, error }));
        }
      }
      void load();
      const timer = window.setInterval(() => void load(), refreshMs);
      return () => {
        controller.abort();
        window.clearInterval(timer);
      };
    },
    [url, refreshMs],
  );

  return state;
}
