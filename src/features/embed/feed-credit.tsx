import type { ObservationFeed } from '../observations/observation';
import { sourceLabel } from '../observations/source-label';
import { formatObservedAt } from '../../i18n/format';
import type { Lang } from '../../i18n/lang';
import { formatShortObservedAt } from './format-short-time';
import type { WidgetText } from './widget-messages';

interface FeedCreditProps {
  readonly feed: ObservationFeed;
  readonly stale: boolean;
  readonly lang: Lang;
  readonly t: WidgetText;
  /** The ticker's one line wants the short date. */
  readonly short?: boolean;
}

/** The source (`기상청 제공`), the observation time and, after a failed refresh, a stale mark. */
export function FeedCredit({ feed, stale, lang, t, short = false }: FeedCreditProps) {
  const time = short
    ? formatShortObservedAt(feed.observedAt, lang)
    : formatObservedAt(feed.observedAt, lang);
  return (
    <p className="embed-credit">
      {feed.source && (
        <span className="embed-source">
          {t('attribution', { source: sourceLabel(feed.source, lang) })}
        </span>
      )}
      <span className="embed-time">{t('observed', { time })}</span>
      {stale && (
        <span className="embed-stale" title={t('stale')}>
          <span aria-hidden="true">⚠</span>
          <span className="visually-hidden">{t('stale')}</span>
        </span>
      )}
    </p>
  );
}
