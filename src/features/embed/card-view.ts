import type { Observation } from '../../domain/observation';
import type { Lang } from '../../i18n/lang';
import { el, setChildren } from './dom';
import { widgetFooter } from './footer';
import { fillStationLink, stationLink } from './station-link';
import type { MountedView } from './view';
import type { WidgetText } from './widget-messages';

export interface CardOptions {
  readonly lang: Lang;
  readonly t: WidgetText;
}

const TITLE_ID = 'embed-card-title';

const sameStations = (links: readonly HTMLAnchorElement[], stations: readonly Observation[]) =>
  links.length === stations.length &&
  stations.every((station, i) => links[i]!.dataset.station === station.stationId);

/** A compact list for a sidebar (about 300×400); long lists scroll inside the card. */
export function mountCard(root: HTMLElement, { lang, t }: CardOptions): MountedView {
  const options = { lang, t };
  // Long lists scroll inside the card: the count says there is more below.
  const count = el('p', { class: 'embed-card-count' });
  const body = el('div', { class: 'embed-card-body' });
  const footer = widgetFooter(lang, t);
  const title = el('h1', { id: TITLE_ID, class: 'embed-card-title' });
  const card = el('section', { class: 'embed-card', 'aria-labelledby': TITLE_ID }, [
    el('div', { class: 'embed-card-head' }, [title, count]),
    body,
    footer.element,
  ]);
  let links: HTMLAnchorElement[] = [];

  function showStations(stations: readonly Observation[]) {
    // A refresh of the same stations redraws the rows in place, so a focused row keeps focus.
    if (stations.length > 0 && sameStations(links, stations)) {
      stations.forEach((station, i) => fillStationLink(links[i]!, station, options));
      return;
    }
    links = stations.map((station) => stationLink(station, 'embed-card-row', options));
    setChildren(body, [
      links.length === 0
        ? el('p', { class: 'embed-empty' }, [t('empty')])
        : el(
            'ul',
            { class: 'embed-card-list' },
            links.map((link) => el('li', {}, [link])),
          ),
    ]);
  }

  root.append(card);
  return {
    update({ feed, stations, title: text, stale }) {
      title.textContent = text;
      count.textContent = t('count', { count: String(stations.length) });
      showStations(stations);
      footer.update(feed, stale);
    },
    destroy() {
      card.remove();
    },
  };
}
