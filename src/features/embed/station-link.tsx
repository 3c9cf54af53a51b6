import { ConditionIcon } from '../observations/condition-icon';
import { conditionLabel } from '../observations/conditions';
import type { Observation } from '../observations/observation';
import { formatTemperature } from '../../i18n/format';
import type { Lang } from '../../i18n/lang';
import { dashboardUrl } from './dashboard-link';
import type { WidgetText } from './widget-messages';

interface StationLinkProps {
  readonly station: Observation;
  readonly lang: Lang;
  readonly t: WidgetText;
  readonly className: string;
}

/** One station as the portal strips show it — `맑음 속초 15.0℃` — linking to the dashboard. */
export function StationLink({ station, lang, t, className }: StationLinkProps) {
  const name = lang === 'en' ? (station.nameEn ?? station.nameKo) : station.nameKo;
  return (
    <a
      className={className}
      href={dashboardUrl(station.stationId, lang, window.location.href)}
      target="_blank"
      rel="noopener"
      data-station={station.stationId}
    >
      <ConditionIcon conditionKey={station.condition.key} size={18} />
      <span className="embed-condition">{conditionLabel(station.condition, lang)}</span>
      <span className="embed-name">{name}</span>
      {station.temperature === null ? (
        <span className="embed-temp">
          <span aria-hidden="true">—</span>
          <span className="visually-hidden">{t('noTemperature')}</span>
        </span>
      ) : (
        <span className="embed-temp">{formatTemperature(station.temperature, lang)}</span>
      )}
      <span className="visually-hidden"> {t('newTab')}</span>
    </a>
  );
}
