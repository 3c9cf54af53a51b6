import { describeFeedError } from '../../components/feed-error-message';
import { ProblemDetails } from '../../components/problem-details';
import type { ObservationHistory } from '../../domain/history';
import { formatHour } from '../../i18n/format-hour';
import { useI18n } from '../../i18n/i18n-context';

interface HistoryStatusProps {
  /** The parsed history (even one too short for a time control), or null when there is none. */
  readonly history: ObservationHistory | null;
  /** Why the last load failed; a history kept from before may still be on screen. */
  readonly error: unknown;
  readonly onRetry: () => void;
  readonly retrying: boolean;
}

/**
 * What the reader should know about the history feed, next to the feed's own
 * status: that the past hours could not be loaded (so the page shows now,
 * whatever hour the address asked for), or could not be refreshed, and what
 * the parser had to leave out. A missing history (HTTP 404) is not a
 * failure: the page simply has no time control, and this says nothing.
 */
export function HistoryStatus({ history, error, onRetry, retrying }: HistoryStatusProps) {
  const { t, lang } = useI18n();
  return (
    <>
      {error != null && (
        <div className="feed-status feed-stale history-failed">
          <p>
            {t(history ? 'history.staleFailed' : 'history.failed')} {describeFeedError(error, t)}
          </p>
          <button type="button" className="button" onClick={onRetry} disabled={retrying}>
            {t('feed.retry')}
          </button>
        </div>
      )}
      {history && history.rejected.length > 0 && (
        <ProblemDetails
          className="feed-status feed-rejected history-rejected"
          listClassName="feed-problems"
          summary={t('history.rejectedSummary', { count: history.rejected.length })}
          rows={history.rejected.map((problem) => ({
            key: `${problem.stationId}-${problem.problem}-${problem.field ?? ''}`,
            text: t('history.stationRow', {
              station: problem.stationId,
              problem: t(`historyProblem.${problem.problem}`, { field: problem.field ?? '' }),
            }),
          }))}
        />
      )}
      {history && history.droppedValues.length > 0 && (
        <ProblemDetails
          className="feed-status feed-rejected history-dropped-values"
          listClassName="feed-problems"
          summary={t('history.droppedValuesSummary', { count: history.droppedValues.length })}
          rows={history.droppedValues.map((problem) => ({
            key: `${problem.stationId}-${problem.field}-${problem.hourIndex}`,
            text: t('history.valueRow', {
              station: problem.stationId,
              time: formatHour(history.times[problem.hourIndex]!, lang),
              problem: t(`problem.${problem.problem}`),
            }),
          }))}
        />
      )}
    </>
  );
}
