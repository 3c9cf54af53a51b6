import { formatTemperature } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-context';
import { conditionLabel } from '../../domain/conditions';
import { ConditionIcon } from '../../components/condition-icon';
import type { Observation } from '../../domain/observation';
import { stationName } from '../../domain/station-name';

/** A station linked to an article, with its live observation (null when the feed has none). */
export interface LinkedStation {
  readonly stationId: string;
  readonly observation: Observation | null;
  /** True when the current filter hides the station from list and map. */
  readonly hidden: boolean;
}

interface LinkedWeatherProps {
  readonly stations: readonly LinkedStation[];
  readonly onShowOnMap: (stationId: string) => void;
  readonly onShowHidden: (stationId: string) => void;
  /** The observations are still on their way: a station without one is loading, not missing. */
  readonly pending?: boolean;
}

/** "구미 · 구름조금 · 19.2℃" per linked station, from the live observations, with a way to the map. */
export function LinkedWeather({
  stations,
  onShowOnMap,
  onShowHidden,
  pending = false,
}: LinkedWeatherProps) {
  const { t, lang } = useI18n();
  if (stations.length === 0) return null;
  return (
    <ul className="news-weather" aria-label={t('news.weather')}>
      {stations.map(({ stationId, observation, hidden }) => {
        if (!observation && pending) {
          // The card's own shape, its button held in place but invisible: the article under
          // it does not move when the weather comes.
          return (
            <li key={stationId} className="news-weather-pending" aria-busy="true">
              <p className="news-weather-line">
                <span className="news-weather-icon-space" aria-hidden="true" />
                <span>{t('feed.loading')}</span>
              </p>
              <span className="button news-show-on-map news-weather-held" aria-hidden="true">
                {t('news.showOnMap')}
              </span>
            </li>
          );
        }
        if (!observation) {
          return (
            <li key={stationId} className="news-weather-missing">
              {t('news.noObservation', { id: stationId })}
            </li>
          );
        }
        const name = stationName(observation, lang);
        const temperature =
          observation.temperature === null
            ? t('station.noTemperature')
            : formatTemperature(observation.temperature, lang);
        return (
          <li key={stationId} data-station-id={stationId}>
            <p className="news-weather-line">
              <ConditionIcon conditionKey={observation.condition.key} size={24} />
              <span>
                {t('news.weatherLine', {
                  name,
                  condition: conditionLabel(observation.condition, lang),
                  temperature,
                })}
              </span>
            </p>
            {hidden ? (
              <p className="news-weather-hidden" role="status">
                {t('news.stationHidden', { name })}{' '}
                <button
                  type="button"
                  className="link-button"
                  onClick={() => onShowHidden(stationId)}
                >
                  {t('news.showHidden')}
                </button>
              </p>
            ) : (
              observation.position && (
                <button
                  type="button"
                  className="button news-show-on-map"
                  onClick={() => onShowOnMap(stationId)}
                >
                  {t('news.showOnMap')}
                </button>
              )
            )}
          </li>
        );
      })}
    </ul>
  );
}
