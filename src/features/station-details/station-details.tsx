import { useEffect, useId, useRef, type ReactNode, type Ref } from 'react';
import { formatAge, formatObservedAt, formatTemperature } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-context';
import { conditionLabel } from '../../domain/conditions';
import { ConditionIcon } from '../../components/condition-icon';
import type { Observation } from '../../domain/observation';
import { provinceLabel } from '../../domain/provinces';
import { stationName } from '../../domain/station-name';
import { CloseButton } from '../../components/close-button';
import { useCloseOnEscape } from '../../components/use-close-on-escape';
import { WeatherValues } from './weather-values';

interface StationDetailsProps {
  readonly station: Observation;
  /** The feed's time, used when the station gave none of its own. */
  readonly observedAt: string;
  /** How far behind the feed's newest this station is (ms) when it is late; null = current. */
  readonly lateBy?: number | null;
  /** True when the current filter hides this station from list and map. */
  readonly hiddenByFilter: boolean;
  readonly onShowHidden: () => void;
  readonly onClose: () => void;
  /**
   * Move focus to the heading when the details open or show another station:
   * set when the reader chose the station from the list, so keyboard and
   * screen-reader users land on what they opened.
   */
  readonly focusOnOpen?: boolean;
  /** Related content supplied by the app (e.g. 관련 뉴스). */
  readonly children?: ReactNode;
  /** The card's element, for the app to tell the map what it covers. */
  readonly ref?: Ref<HTMLElement>;
}

/** A selected station's details, built from React elements only. */
export function StationDetails({
  station,
  observedAt,
  lateBy = null,
  hiddenByFilter,
  onShowHidden,
  onClose,
  focusOnOpen = false,
  children,
  ref,
}: StationDetailsProps) {
  const { t, lang } = useI18n();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);

  useCloseOnEscape(onClose);

  useEffect(
    function focusHeadingWhenAsked() {
      if (focusOnOpen) headingRef.current?.focus({ preventScroll: true });
    },
    [focusOnOpen, station.stationId],
  );

  const primary = stationName(station, lang);
  const secondary = lang === 'en' ? station.nameKo : station.nameEn;

  return (
    <section
      className={lateBy === null ? 'station-details' : 'station-details station-late'}
      aria-labelledby={headingId}
      ref={ref}
      data-station-id={station.stationId}
    >
      <header>
        <h2 id={headingId} ref={headingRef} tabIndex={-1}>
          {primary}
          {secondary && (
            <span className="station-details-secondary" lang={lang === 'en' ? 'ko' : 'en'}>
              {secondary}
            </span>
          )}
        </h2>
        <CloseButton label={t('details.close')} onClose={onClose} />
      </header>
      <dl>
        <div>
          <dt>{t('details.condition')}</dt>
          <dd className="station-details-condition">
            <ConditionIcon conditionKey={station.condition.key} size={22} />
            {conditionLabel(station.condition, lang)}
          </dd>
        </div>
        <div>
          <dt>{t('details.temperature')}</dt>
          <dd className="station-details-temp">
            {station.temperature === null ? (
              <span aria-label={t('station.noTemperatureLabel')}>{t('station.noTemperature')}</span>
            ) : (
              formatTemperature(station.temperature, lang)
            )}
          </dd>
        </div>
        <WeatherValues station={station} />
        <div>
          <dt>{t('details.station')}</dt>
          <dd>{station.stationId}</dd>
        </div>
        {station.province && (
          <div>
            <dt>{t('details.province')}</dt>
            <dd>{provinceLabel(station.province, lang)}</dd>
          </div>
        )}
        <div>
          <dt>{t('details.observedAt')}</dt>
          <dd>
            {formatObservedAt(station.observedAt ?? observedAt, lang)}
            {lateBy !== null && (
              <strong className="late-age">
                {' · '}
                {t('late.age', { age: formatAge(lateBy, t) })}
              </strong>
            )}
          </dd>
        </div>
      </dl>
      {station.position === null && (
        <p className="station-details-note">{t('station.noPosition')}</p>
      )}
      {hiddenByFilter && (
        <p className="station-details-note" role="status">
          {t('details.hiddenByFilter')}{' '}
          <button type="button" className="link-button" onClick={onShowHidden}>
            {t('details.showIt')}
          </button>
        </p>
      )}
      {children}
    </section>
  );
}
