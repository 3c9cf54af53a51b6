import './wind-view.css';
import { useI18n } from '../../i18n/i18n-context';
import type { MarkerColoring } from './station-points';

interface WindViewSwitchProps {
  readonly value: MarkerColoring;
  readonly onChange: (coloring: MarkerColoring) => void;
}

/**
 * "하늘 상태 | 바람". INTEGRATION POINT (map-layers): their
 * `MapColoringSwitch` lists every colouring; when it lands this file goes and
 * wind is one more entry of `MAP_COLORINGS`, offered when `hasWind(stations)`.
 */
export function WindViewSwitch({ value, onChange }: WindViewSwitchProps) {
  const { t } = useI18n();
  return (
    <div className="map-coloring-switch" role="group" aria-label={t('mapColoring.label')}>
      {(['sky', 'wind'] as const).map((key) => (
        <button
          key={key}
          type="button"
          className="map-coloring-option"
          aria-pressed={value === key}
          onClick={() => onChange(key)}
        >
          {t(`mapColoring.${key}`)}
        </button>
      ))}
    </div>
  );
}
