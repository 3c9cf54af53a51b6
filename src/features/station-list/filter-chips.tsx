import { CONDITION_ORDER, conditionDefinition, type ConditionKey } from '../../domain/conditions';
import { ConditionIcon } from '../../components/condition-icon';
import { useI18n } from '../../i18n/i18n-context';

interface FilterChipsProps {
  /** Stations per condition in the current data; conditions with none get no chip. */
  readonly counts: ReadonlyMap<ConditionKey, number>;
  readonly selected: readonly ConditionKey[];
  readonly onChange: (next: ConditionKey[]) => void;
}

/** One toggle button per condition present in the data, multi-select, and "전체" to reset. */
export function FilterChips({ counts, selected, onChange }: FilterChipsProps) {
  const { t, lang } = useI18n();
  const present = CONDITION_ORDER.filter(
    (key) => (counts.get(key) ?? 0) > 0 || selected.includes(key),
  );

  function toggle(key: ConditionKey) {
    onChange(selected.includes(key) ? selected.filter((k) => k !== key) : [...selected, key]);
  }

  return (
    <fieldset className="filter-chips">
      <legend>{t('filter.label')}</legend>
      <button
        type="button"
        className="chip chip-all"
        aria-pressed={selected.length === 0}
        onClick={() => onChange([])}
      >
        {t('filter.all')}
      </button>
      {present.map((key) => {
        const word = conditionDefinition(key)[lang];
        const count = counts.get(key) ?? 0;
        return (
          <button
            key={key}
            type="button"
            className="chip"
            data-condition={key}
            aria-pressed={selected.includes(key)}
            onClick={() => toggle(key)}
          >
            <ConditionIcon conditionKey={key} size={18} />
            {/*
              The name is the full phrase ("맑음 45개 관측소"), which begins with what
              is seen ("맑음 45"), so voice control finds the chip (WCAG 2.5.3). Hidden
              text rather than aria-label: Korean counters ("45개") would not match
              the visible "45" word for word.
            */}
            <span aria-hidden="true">
              {word} <span className="chip-count">{count}</span>
            </span>
            <span className="visually-hidden">
              {t('filter.chipLabel', { condition: word, count })}
            </span>
          </button>
        );
      })}
    </fieldset>
  );
}
