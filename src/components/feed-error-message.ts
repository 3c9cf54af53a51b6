import { FeedError } from '../lib/fetch-json';
import type { Translate } from '../i18n/translate';

/** A feed failure in the reader's words: what happened, not a stack trace. */
export function describeFeedError(error: unknown, t: Translate): string {
  if (!(error instanceof FeedError)) return t('error.unknown');
  return t(`error.${error.kind}`, { detail: error.detail ?? '' });
}
