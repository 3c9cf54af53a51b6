import { useId } from 'react';
import { ProblemDetails } from './problem-details';
import { FeedError } from '../lib/fetch-json';
import { formatAge } from '../i18n/format';
import { useI18n } from '../i18n/i18n-context';
import { useNow } from '../utils/use-now';
import { describeFeedError } from './feed-error-message';
import type { ObservationFeed } from '../domain/observation';

interface FeedStatusProps {
  readonly feed: ObservationFeed | undefined;
  readonly error: unknown;
  /** Why the last try failed while retries are still running (TanStack's `failureReason`). */
  readonly failureReason: unknown;
  readonly isLoading: boolean;
  /** The fetch waits for the network to come back (TanStack's `fetchStatus === 'paused'`). */
  readonly paused: boolean;
  /** When the data on screen was fetched (ms since epoch). */
  readonly dataUpdatedAt: number;
  /** For tests; by default the component keeps its own minute tick, so only it re-renders. */
  readonly now?: number;
  readonly feedUrl: string;
  readonly onRetry: () => void;
  readonly retrying: boolean;
  /** Stations more than 90 minutes behind the feed's newest (see domain/late-stations). */
  readonly lateCount?: number;
}

/**
 * Everything the reader should know about the feed itself: loading (and
 * why it is taking long), offline, a failure (with the URL and a retry),
 * stale data kept on screen after a failed refresh, and records that were
 * left out (with details on demand).
 *
 * Only the loading line is a live region. Failures and stale data are
 * announced once, briefly, by the dashboard's own announcer; as live regions
 * here they would be read twice, and the stale notice, whose age changes
 * every minute, would speak again every minute.
 */
export function FeedStatus({
  feed,
  error,
  failureReason,
  isLoading,
  paused,
  dataUpdatedAt,
  now: fixedNow,
  feedUrl,
  onRetry,
  retrying,
  lateCount = 0,
}: FeedStatusProps) {
  const { t } = useI18n();
  const errorHeadingId = useId();
  const ticking = useNow();

  if (!feed) {
    if (isLoading && !error) {
      return (
        <p className="feed-status feed-loading" role="status">
          {paused
            ? t('feed.offline')
            : failureReason != null
              ? t('feed.retrying', { reason: describeFeedError(failureReason, t) })
              : t('feed.loading')}
        </p>
      );
    }
    return (
      <section className="feed-status feed-error" aria-labelledby={errorHeadingId}>
        <h2 id={errorHeadingId}>{t('error.title')}</h2>
        <p>{describeFeedError(error, t)}</p>
        <p className="feed-url">
          {t('error.url', { url: error instanceof FeedError ? error.url : feedUrl })}
        </p>
        <button type="button" className="button" onClick={onRetry} disabled={retrying}>
          {t('feed.retry')}
        </button>
      </section>
    );
  }

  const age = formatAge((fixedNow ?? ticking) - dataUpdatedAt, t);
  return (
    <>
      {paused && error == null && (
        <p className="feed-status feed-stale">{t('feed.offlineStale', { age })}</p>
      )}
      {error != null && (
        <div className="feed-status feed-stale">
          <p>
            {t('feed.stale', { age })} {describeFeedError(error, t)}
          </p>
          <button type="button" className="button" onClick={onRetry} disabled={retrying}>
            {t('feed.retry')}
          </button>
        </div>
      )}
      {lateCount > 0 && (
        <p className="feed-status feed-late">{t('late.summary', { count: lateCount })}</p>
      )}
      {feed.rejected.length > 0 && (
        <ProblemDetails
          className="feed-status feed-rejected"
          listClassName="feed-problems"
          summary={t('feed.rejectedSummary', { count: feed.rejected.length })}
          rows={feed.rejected.map((problem) => ({
            key: `${problem.index}-${problem.problem}`,
            text: t('feed.problemRow', {
              index: problem.index + 1,
              station: problem.stationId ?? t('feed.noStation'),
              problem: t(`problem.${problem.problem}`),
            }),
          }))}
        />
      )}
      {feed.droppedValues.length > 0 && (
        <ProblemDetails
          className="feed-status feed-dropped-values"
          listClassName="feed-problems"
          summary={t('feed.droppedValuesSummary', { count: feed.droppedValues.length })}
          rows={feed.droppedValues.map((problem) => ({
            key: `${problem.index}-${problem.field}`,
            text: t('feed.valueRow', {
              index: problem.index + 1,
              station: problem.stationId,
              problem: t(`problem.${problem.problem}`),
            }),
          }))}
        />
      )}
      {feed.unplacedCount > 0 && (
        <p className="feed-status feed-unplaced">
          {t('feed.unplacedSummary', { count: feed.unplacedCount })}
        </p>
      )}
    </>
  );
}
