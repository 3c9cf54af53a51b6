import { useMemo, type Ref } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { PHONE_QUERY, useMediaQuery } from '../../utils/use-media-query';
import { CONDITION_ORDER, conditionDefinition } from '../../domain/conditions';
import { ConditionIcon } from '../../components/condition-icon';
import type { Observation } from '../../domain/observation';
import type { MapColoring } from '../../domain/map-coloring';
import { TemperatureLegend } from './temperature-legend';

interface MapLegendProps {
  readonly stations: readonly Observation[];
  readonly coloring: MapColoring;
  /** The legend's box, which map labels are placed around. */
  readonly ref?: Ref<HTMLDetailsElement>;
}

/** The legend of the view shown: the temperature scale, or the sky conditions on the map. */
export function MapLegend({ stations, coloring, ref }: MapLegendProps) {
  return coloring === 'temperature' ? (
    <TemperatureLegend ref={ref} />
  ) : (
    <SkyLegend stations={stations} ref={ref} />
  );
}

/** The conditions on the map right now, icon and word together. */
function SkyLegend({
  stations,
  ref,
}: {
  stations: readonly Observation[];
  ref?: Ref<HTMLDetailsElement> | undefined;
}) {
  const { t, lang } = useI18n();
  // Closed at first on phones, where an open legend covers the south-west coast and Jeju.
  const phone = useMediaQuery(PHONE_QUERY);
  const present = useMemo(() => {
    const keys = new Set(stations.map((station) => station.condition.key));
    return CONDITION_ORDER.filter((key) => keys.has(key));
  }, [stations]);
  if (present.length === 0) return null;
  return (
    <details className="map-legend" open={!phone} ref={ref}>
      <summary>{t('map.legend')}</summary>
      <ul>
        {present.map((key) => (
          <li key={key}>
            <ConditionIcon conditionKey={key} size={16} />
            {conditionDefinition(key)[lang]}
          </li>
        ))}
      </ul>
    </details>
  );
}
