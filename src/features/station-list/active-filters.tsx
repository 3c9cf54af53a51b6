import type { ConditionKey } from '../../domain/conditions';
import { useI18n } from '../../i18n/i18n-context';
import type { ActiveFilter } from './filter-summary';

interface ActiveFiltersProps {
  readonly filters: readonly ActiveFilter[];
  readonly onClearRegion: () => void;
  readonly onClearSky: (key: ConditionKey) => void;
  readonly onClearSearch: () => void;
  readonly onClearAll: () => void;
}

/**
 * Every filter in force, each with its own clear button, so a region that
 * came in through a link (`?region=Gangwon`) is as visible as one chosen here.
 */
export function ActiveFilters({
  filters,
  onClearRegion,
  onClearSky,
  onClearSearch,
  onClearAll,
}: ActiveFiltersProps) {
  const { t } = useI18n();
  if (filters.length === 0) return null;

  function clear(filter: ActiveFilter) {
    if (filter.kind === 'region') onClearRegion();
    else if (filter.kind === 'sky') onClearSky(filter.key);
    else onClearSearch();
  }

  return (
    <div className="active-filters" role="group" aria-label={t('activeFilters.label')}>
      <ul>
        {filters.map((filter) => (
          <li key={filter.kind === 'sky' ? `sky-${filter.key}` : filter.kind}>
            <button
              type="button"
              className="active-filter"
              data-filter={filter.kind}
              aria-label={t('activeFilters.remove', { filter: filter.label })}
              onClick={() => clear(filter)}
            >
              {filter.label}
              <span aria-hidden="true"> ×</span>
            </button>
          </li>
        ))}
      </ul>
      {filters.length > 1 && (
        <button type="button" className="active-filters-clear" onClick={onClearAll}>
          {t('activeFilters.clearAll')}
        </button>
      )}
    </div>
  );
}
