import { fetchObservationFeed } from '../../data/fetch-observation-feed';
import type { ObservationFeed } from '../../domain/observation';

export interface FeedState {
  /** The last feed that loaded; kept when a later refresh fails. */
  readonly feed: ObservationFeed | null;
  /** The latest failure, cleared by the next success. */
  readonly error: unknown;
}

export interface FeedPoller {
  /** Load again now (the retry button). */
  refresh(): void;
  stop(): void;
}

type LoadFeed = (url: string, signal: AbortSignal) => Promise<ObservationFeed>;

/**
 * The observation feed for the widget: the dashboard's own fetch-and-parse
 * function, now and every `refreshMs`, without TanStack Query (which would
 * cost the widget more than its whole UI). An answer older than one already
 * reported is dropped, so a slow request never overwrites a newer outcome.
 */
export function startFeedPoller(
  url: string,
  refreshMs: number,
  onChange: (state: FeedState) => void,
  load: LoadFeed = fetchObservationFeed,
): FeedPoller {
  const controller = new AbortController();
  let feed: ObservationFeed | null = null;
  let requested = 0;
  let reported = 0;

  async function refresh() {
    const request = ++requested;
    let error: unknown = null;
    try {
      const next = await load(url, controller.signal);
      if (request > reported) feed = next;
    } catch (reason) {
      error = reason;
    }
    if (controller.signal.aborted || request <= reported) return;
    reported = request;
    onChange({ feed, error });
  }

  void refresh();
  const timer = window.setInterval(() => void refresh(), refreshMs);
  return {
    refresh: () => void refresh(),
    stop() {
      controller.abort();
      window.clearInterval(timer);
    },
  };
}
