import { useMemo, type Ref } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { PHONE_QUERY, useMediaQuery } from '../../utils/use-media-query';
import { CONDITION_ORDER, conditionDefinition } from '../../domain/conditions';
import { ConditionIcon } from '../../components/condition-icon';
import type { Observation } from '../../domain/observation';

/** The conditions on the map right now, icon and word together. */
export function MapLegend({
  stations,
  ref,
}: {
  stations: readonly Observation[];
  ref?: Ref<HTMLDetailsElement>;
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
