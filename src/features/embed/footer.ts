import type { ObservationFeed } from '../../domain/observation';
import type { Lang } from '../../i18n/lang';
import { dashboardUrl } from './dashboard-link';
import { el } from './dom';
import { feedCredit } from './feed-credit';
import type { WidgetText } from './widget-messages';

export interface WidgetFooter {
  readonly element: HTMLElement;
  /** Redraw the source and time; the dashboard link stays put (and keeps focus). */
  update(feed: ObservationFeed, stale: boolean): void;
}

/** The card's and the map's footer: source and time, and a link to the whole dashboard. */
export function widgetFooter(lang: Lang, t: WidgetText): WidgetFooter {
  let credit: HTMLElement = el('p', { class: 'embed-credit' });
  const more = el(
    'a',
    {
      class: 'embed-more',
      href: dashboardUrl(null, lang, window.location.href),
      target: '_blank',
      rel: 'noopener',
    },
    [t('openDashboard'), el('span', { class: 'visually-hidden' }, [` ${t('newTab')}`])],
  );
  return {
    element: el('footer', { class: 'embed-footer' }, [credit, more]),
    update(feed, stale) {
      const next = feedCredit(feed, stale, { lang, t });
      credit.replaceWith(next);
      credit = next;
    },
  };
}
