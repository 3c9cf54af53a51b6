import type { Ref } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { PHONE_QUERY, useMediaQuery } from '../../utils/use-media-query';
import { MISSING_TEMPERATURE, TEMPERATURE_STEPS } from '../../domain/temperature-scale';
import type { Translate } from '../../i18n/translate';

/** A step's range as a reader says it: "0 미만", "3–6", "33 이상". */
function stepLabel(min: number | null, max: number | null, t: Translate): string {
  if (min === null) return t('mapColoring.below', { value: String(max) });
  if (max === null) return t('mapColoring.above', { value: String(min) });
  return `${min}–${max}`;
}

/** The temperature scale, hottest on top like a thermometer, with the grey for "no data". */
export function TemperatureLegend({ ref }: { ref?: Ref<HTMLDetailsElement> | undefined }) {
  const { t } = useI18n();
  // Closed at first on phones, like the sky legend: open, it would cover the south coast.
  const phone = useMediaQuery(PHONE_QUERY);
  const steps = [...TEMPERATURE_STEPS].reverse();
  return (
    <details className="map-legend map-legend-temperature" open={!phone} ref={ref}>
      <summary>{t('mapColoring.legendTitle')}</summary>
      <ul>
        {steps.map(({ min, max, color }) => (
          <li key={color}>
            <span className="map-legend-swatch" style={{ background: color }} aria-hidden="true" />
            {stepLabel(min, max, t)}
          </li>
        ))}
        <li>
          <span
            className="map-legend-swatch"
            style={{ background: MISSING_TEMPERATURE.color }}
            aria-hidden="true"
          />
          {t('mapColoring.missing')}
        </li>
      </ul>
    </details>
  );
}
