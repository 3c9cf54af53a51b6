import { memo, type ReactNode } from 'react';
import { conditionLabel } from '../../domain/conditions';
import { ConditionIcon } from '../../components/condition-icon';
import type { Observation } from '../../domain/observation';
import { formatAge, formatTemperature } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-context';
import { stationName } from '../../domain/station-name';

interface StationRowProps {
  readonly station: Observation;
  readonly selected: boolean;
  readonly onSelect: (stationId: string) => void;
  readonly badge?: ReactNode;
  /** ms behind the feed's newest station when this one is late; null = current. */
  readonly lateBy?: number | null;
}

export const StationRow = memo(function StationRow({
  station,
  selected,
  onSelect,
  badge,
  lateBy = null,
}: StationRowProps) {
  const { t, lang } = useI18n();
  const name = stationName(station, lang);
  const secondary = lang === 'en' ? station.nameKo : station.nameEn;
  return (
    <button
      type="button"
      className={lateBy === null ? 'station-row' : 'station-row station-late'}
      data-station-id={station.stationId}
      aria-current={selected ? 'true' : undefined}
      onClick={() => onSelect(station.stationId)}
    >
      <ConditionIcon conditionKey={station.condition.key} size={24} />
      <span className="station-row-name">
        <span className="station-row-primary">{name}</span>
        <span className="station-row-secondary">
          {conditionLabel(station.condition, lang)}
          {/* First after the sky word: the row's end may be cut off on narrow screens. */}
          {lateBy !== null && (
            <span className="late-age">
              {' · '}
              {t('late.age', { age: formatAge(lateBy, t) })}
            </span>
          )}
          {secondary && (
            <>
              {' · '}
              {/* The other language's name, marked so screen readers pronounce it right (WCAG 3.1.2). */}
              <span lang={lang === 'en' ? 'ko' : 'en'}>{secondary}</span>
            </>
          )}
          {station.position === null ? ` · ${t('station.noPosition')}` : ''}
        </span>
      </span>
      {badge}
      <span className="station-row-temp">
        {station.temperature === null ? (
          <span aria-label={t('station.noTemperatureLabel')}>{t('station.noTemperature')}</span>
        ) : (
          formatTemperature(station.temperature, lang)
        )}
      </span>
    </button>
  );
});
