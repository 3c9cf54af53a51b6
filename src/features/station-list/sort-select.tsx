import { useId } from 'react';
import { SORT_ORDERS, type SortOrder } from '../../domain/filter-stations';
import { useI18n } from '../../i18n/i18n-context';

export function SortSelect({
  value,
  onChange,
}: {
  value: SortOrder;
  onChange: (order: SortOrder) => void;
}) {
  const { t } = useI18n();
  const id = useId();
  return (
    <div className="sort-select">
      <label htmlFor={id}>{t('sort.label')}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value as SortOrder)}>
        {SORT_ORDERS.map((order) => (
          <option key={order} value={order}>
            {t(`sort.${order}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
