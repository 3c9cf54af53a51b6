import { useId } from 'react';
import { SORT_ORDERS, type SortOrder } from '../../domain/filter-stations';
import { useI18n } from '../../i18n/i18n-context';

interface SortSelectProps {
  /** The sort in force (distance already replaced by the default when no location is known). */
  readonly value: SortOrder;
  readonly onChange: (order: SortOrder) => void;
  /** Offer "nearest first" only once the reader's location is known. */
  readonly distanceAvailable: boolean;
}

export function SortSelect({ value, onChange, distanceAvailable }: SortSelectProps) {
  const { t } = useI18n();
  const id = useId();
  const orders = distanceAvailable ? SORT_ORDERS : SORT_ORDERS.filter((o) => o !== 'distance');
  return (
    <div className="sort-select">
      <label htmlFor={id}>{t('sort.label')}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value as SortOrder)}>
        {orders.map((order) => (
          <option key={order} value={order}>
            {t(`sort.${order}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
