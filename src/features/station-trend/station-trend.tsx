import './station-trend.css';
import { useId } from 'react';
import { ConditionIcon } from '../../components/condition-icon';
import { conditionLabel } from '../../domain/conditions';
import { dayExtremes } from '../../domain/day-extremes';
import type { ObservationHistory } from '../../domain/history';
import { formatTemperature } from '../../i18n/format';
import { formatHourShort } from '../../i18n/format-hour';
import { useI18n } from '../../i18n/i18n-context';
import { trendGeometry } from './trend-geometry';

interface StationTrendProps {
  readonly history: ObservationHistory;
  readonly stationId: string;
  /** The hour shown on the map, marked on the line. */
  readonly hourIndex: number;
}

const BOX = { width: 280, height: 90, padding: 10 } as const;

/**
 * The station's last hours: the high and the low with their hours as text
 * first (what a screen reader gets), then the line and the sky of each hour.
 */
export function StationTrend({ history, stationId, hourIndex }: StationTrendProps) {
  const { t, lang } = useI18n();
  const headingId = useId();
  const series = history.stations.get(stationId);
  const title = t('trend.title', { hours: history.times.length });
  if (!series) return null;
  const extremes = dayExtremes(series.temperature, history.times);
  const { path, points } = trendGeometry(series.temperature, BOX);
  const marked = points[hourIndex] ?? null;

  return (
    <section className="station-trend" aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      {extremes ? (
        <p className="station-trend-summary">
          {t('trend.summary', {
            high: formatTemperature(extremes.high.value, lang),
            highTime: formatHourShort(extremes.high.time, lang),
            low: formatTemperature(extremes.low.value, lang),
            lowTime: formatHourShort(extremes.low.time, lang),
          })}
        </p>
      ) : (
        <p className="station-trend-summary">{t('trend.none')}</p>
      )}
      {path && (
        <svg
          className="station-trend-line"
          viewBox={`-4 0 ${BOX.width + 8} ${BOX.height}`}
          role="img"
          aria-label={t('trend.chart')}
        >
          <path d={path} fill="none" stroke="currentColor" strokeWidth={2} />
          {marked && <circle cx={marked.x} cy={marked.y} r={3.5} className="station-trend-hour" />}
        </svg>
      )}
      <ol className="station-trend-sky" aria-label={t('trend.sky')}>
        {series.condition.map((condition, hour) => (
          <li key={history.times[hour]} aria-current={hour === hourIndex ? 'time' : undefined}>
            {condition && (
              <>
                <ConditionIcon conditionKey={condition.key} size={12} />
                <span className="visually-hidden">
                  {t('trend.skyHour', {
                    time: formatHourShort(history.times[hour]!, lang),
                    condition: conditionLabel(condition, lang),
                  })}
                </span>
              </>
            )}
          </li>
        ))}
      </ol>
      <p className="station-trend-ends" aria-hidden="true">
        <span>{formatHourShort(history.times[0]!, lang)}</span>
        <span>{formatHourShort(history.times[history.times.length - 1]!, lang)}</span>
      </p>
    </section>
  );
}
