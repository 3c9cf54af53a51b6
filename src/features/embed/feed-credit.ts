import type { ObservationFeed } from '../../domain/observation';
import { sourceLabel } from '../../domain/source-label';
import { formatObservedAt } from '../../i18n/format';
import type { Lang } from '../../i18n/lang';
import { el } from './dom';
import { formatShortObservedAt } from './format-short-time';
import type { WidgetText } from './widget-messages';

export interface FeedCreditOptions {
  readonly lang: Lang;
  readonly t: WidgetText;
  /** The ticker's one line wants the short date. */
  readonly short?: boolean;
}

/** The source (`기상청 제공`), the observation time and, after a failed refresh, a stale mark. */
export function feedCredit(
  feed: ObservationFeed,
  stale: boolean,
  { lang, t, short = false }: FeedCreditOptions,
): HTMLParagraphElement {
  const time = short
    ? formatShortObservedAt(feed.observedAt, lang)
    : formatObservedAt(feed.observedAt, lang);
  return el('p', { class: 'embed-credit' }, [
    feed.source &&
      el('span', { class: 'embed-source' }, [
        t('attribution', { source: sourceLabel(feed.source, lang) }),
      ]),
    el('span', { class: 'embed-time' }, [t('observed', { time })]),
    stale &&
      el('span', { class: 'embed-stale', title: t('stale') }, [
        el('span', { 'aria-hidden': 'true' }, ['⚠']),
        el('span', { class: 'visually-hidden' }, [t('stale')]),
      ]),
  ]);
}
