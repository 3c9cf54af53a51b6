import { conditionLabel } from '../../domain/conditions';
import type { Observation } from '../../domain/observation';
import { formatTemperature } from '../../i18n/format';
import type { Lang } from '../../i18n/lang';
import { conditionIcon } from './condition-icon';
import { dashboardUrl } from './dashboard-link';
import { el, setChildren } from './dom';
import type { WidgetText } from './widget-messages';
import { stationName } from '../../domain/station-name';

export interface StationLinkOptions {
  readonly lang: Lang;
  readonly t: WidgetText;
}

function temperature(station: Observation, { lang, t }: StationLinkOptions): HTMLElement {
  if (station.temperature === null) {
    return el('span', { class: 'embed-temp' }, [
      el('span', { 'aria-hidden': 'true' }, ['—']),
      el('span', { class: 'visually-hidden' }, [t('noTemperature')]),
    ]);
  }
  return el('span', { class: 'embed-temp' }, [formatTemperature(station.temperature, lang)]);
}

/** Point an existing link at this station and redraw its content, in place (focus stays). */
export function fillStationLink(
  link: HTMLAnchorElement,
  station: Observation,
  options: StationLinkOptions,
): void {
  const { lang, t } = options;
  const name = stationName(station, lang);
  link.setAttribute('href', dashboardUrl(station.stationId, lang, window.location.href));
  link.setAttribute('data-station', station.stationId);
  setChildren(link, [
    conditionIcon(station.condition.key, 18),
    el('span', { class: 'embed-condition' }, [conditionLabel(station.condition, lang)]),
    el('span', { class: 'embed-name' }, [name]),
    temperature(station, options),
    el('span', { class: 'visually-hidden' }, [` ${t('newTab')}`]),
  ]);
}

/** One station as the portal strips show it — `맑음 속초 15.0℃` — linking to the dashboard in a new tab. */
export function stationLink(
  station: Observation,
  className: string,
  options: StationLinkOptions,
): HTMLAnchorElement {
  const link = el('a', { class: className, target: '_blank', rel: 'noopener' });
  fillStationLink(link, station, options);
  return link;
}
