import './news.css';
import { ProblemDetails } from '../../components/problem-details';
import { FeedError } from '../../lib/fetch-json';
import { useI18n } from '../../i18n/i18n-context';
import type { NewsFeed } from './news-item';
import { describeNewsError } from './news-error-message';

export interface NewsFeedState {
  readonly feed: NewsFeed | undefined;
  readonly error: unknown;
  readonly isLoading: boolean;
  readonly url: string;
  readonly onRetry: () => void;
  readonly retrying: boolean;
}

/**
 * The news feed's own state: loading, a failure (what went wrong, the URL,
 * a retry — and that the weather is unaffected), and items left out.
 */
export function NewsFeedStatus({ feed, error, isLoading, url, onRetry, retrying }: NewsFeedState) {
  const { t } = useI18n();

  if (!feed) {
    if (isLoading && !error) {
      return (
        <p className="news-status" role="status">
          {t('news.loading')}
        </p>
      );
    }
    return (
      <div className="news-status news-error" role="alert">
        <h3>{t('news.errorTitle')}</h3>
        <p>
          {describeNewsError(error, t)} {t('news.errorNote')}
        </p>
        <p className="news-url">
          {t('error.url', { url: error instanceof FeedError ? error.url : url })}
        </p>
        <button type="button" className="button" onClick={onRetry} disabled={retrying}>
          {t('feed.retry')}
        </button>
      </div>
    );
  }

  const problems = [...feed.rejected, ...feed.droppedUrls];
  if (problems.length === 0) return null;
  const summary = [
    feed.rejected.length > 0 && t('news.rejectedSummary', { count: feed.rejected.length }),
    feed.droppedUrls.length > 0 && t('news.urlDroppedSummary', { count: feed.droppedUrls.length }),
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <ProblemDetails
      className="news-status news-warning"
      listClassName="news-problems"
      summary={summary}
      rows={problems.map((problem) => ({
        key: `${problem.index}-${problem.problem}`,
        text: t('news.problemRow', {
          index: problem.index + 1,
          id: problem.id ?? t('news.noId'),
          problem: t(`newsProblem.${problem.problem}`),
        }),
      }))}
    />
  );
}
