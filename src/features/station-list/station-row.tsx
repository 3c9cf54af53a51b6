import { memo, type ReactNode } from 'react';
import { conditionLabel } from '../../domain/conditions';
import { ConditionIcon } from '../../components/condition-icon';
import type { Observation } from '../../domain/observation';
import { formatAge, formatTemperature } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-context';
import { stationName } from '../../domain/station-name';
import { ROW_HEIGHT } from './row-height';

interface StationRowProps {
  readonly id: string;
  readonly station: Observation;
  readonly selected: boolean;
  /** The listbox's active option (aria-activedescendant), outlined while the list has focus. */
  readonly active: boolean;
  /** 1-based place in the whole list, and its size: only a window of options is rendered. */
  readonly position: number;
  readonly setSize: number;
  /** Distance from the top of the list, in px (the virtualiser's layout). */
  readonly offset: number;
  readonly onChoose: (stationId: string) => void;
  readonly badge?: ReactNode;
  /** How far the station is from the reader ("3.2 km"), when near me knows. */
  readonly distance?: ReactNode;
  /** ms behind the feed's newest station when this one is late; null = current. */
  readonly lateBy?: number | null;
}

/**
 * One option of the station listbox. Its accessible name is its text: name,
 * sky word, other-language name, news badge, temperature. Nothing inside is
 * focusable or clickable on its own: the option is the one control.
 */
export const StationRow = memo(function StationRow({
  id,
  station,
  selected,
  active,
  position,
  setSize,
  offset,
  onChoose,
  badge,
  distance,
  lateBy = null,
}: StationRowProps) {
  const { t, lang } = useI18n();
  const name = stationName(station, lang);
  const secondary = lang === 'en' ? station.nameKo : station.nameEn;
  return (
    <div
      id={id}
      role="option"
      className={['station-row', active && 'is-active', lateBy !== null && 'station-late']
        .filter(Boolean)
        .join(' ')}
      data-station-id={station.stationId}
      aria-selected={selected}
      aria-posinset={position}
      aria-setsize={setSize}
      style={{ transform: `translateY(${offset}px)`, height: ROW_HEIGHT }}
      onClick={() => onChoose(station.stationId)}
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
      {distance}
      <span className="station-row-temp">
        {station.temperature === null ? (
          <>
            <span aria-hidden="true">{t('station.noTemperature')}</span>
            <span className="visually-hidden">{t('station.noTemperatureLabel')}</span>
          </>
        ) : (
          formatTemperature(station.temperature, lang)
        )}
      </span>
    </div>
  );
});
