import type { Ref } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { MAP_COLORINGS, type MapColoring } from '../../domain/map-coloring';
import type { Observation } from '../../domain/observation';

interface MapColoringSwitchProps {
  readonly value: MapColoring;
  readonly onChange: (coloring: MapColoring) => void;
  /** The stations on the map: a view with nothing to show for them is offered but disabled. */
  readonly stations: readonly Observation[];
  /** The map's labels keep out from under the switch. */
  readonly ref?: Ref<HTMLDivElement>;
}

/**
 * "하늘 상태 | 기온 | 바람": what the markers' colours mean. Toggle buttons with
 * aria-pressed, like the side panel's tabs; the URL remembers the choice.
 */
export function MapColoringSwitch({ value, onChange, stations, ref }: MapColoringSwitchProps) {
  const { t } = useI18n();
  return (
    <div className="map-coloring-switch" role="group" aria-label={t('mapColoring.label')} ref={ref}>
      {MAP_COLORINGS.map(({ key, isAvailable, hiddenWhenUnavailable }) => {
        // An empty filter result says nothing about the feed: keep every view on offer then.
        const available = stations.length === 0 || isAvailable(stations);
        if (!available && hiddenWhenUnavailable && value !== key) return null;
        return (
          <button
            key={key}
            type="button"
            className="map-coloring-option"
            aria-pressed={value === key}
            disabled={!available && value !== key}
            title={available ? undefined : t('mapColoring.unavailable')}
            onClick={() => onChange(key)}
          >
            {t(`mapColoring.${key}`)}
          </button>
        );
      })}
    </div>
  );
}
