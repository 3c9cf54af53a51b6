import { FeedError } from '../../lib/fetch-json';
import type { Translate } from '../../i18n/translate';
import { describeFeedError } from '../../components/feed-error-message';

/** A news feed failure in the reader's words; only the contract message differs from the weather's. */
export function describeNewsError(error: unknown, t: Translate): string {
  if (error instanceof FeedError && error.kind === 'contract') {
    return t('news.error.contract', { detail: error.detail ?? '' });
  }
  return describeFeedError(error, t);
}
