import { useId } from 'react';
import { PROVINCES_KO, provinceLabel } from '../../domain/provinces';
import { useI18n } from '../../i18n/i18n-context';

interface RegionFilterProps {
  /** 시·도 (Korean name), or null for the whole country. */
  readonly value: string | null;
  /** Stations per province under the current sky filter and search. */
  readonly counts: ReadonlyMap<string, number>;
  /** Every station under the current sky filter and search, province or not. */
  readonly nationwide: number;
  readonly onChange: (region: string | null) => void;
}

/** The 17 시·도 with how many stations each would show, as a native select. */
export function RegionFilter({ value, counts, nationwide, onChange }: RegionFilterProps) {
  const { t, lang } = useI18n();
  const id = useId();
  return (
    <div className="region-filter">
      <label htmlFor={id}>{t('region.label')}</label>
      <select
        id={id}
        value={value ?? ''}
        onChange={(event) => onChange(event.target.value === '' ? null : event.target.value)}
      >
        <option value="">{t('region.all', { count: nationwide })}</option>
        {PROVINCES_KO.map((province) => (
          <option key={province} value={province}>
            {t('region.option', {
              region: provinceLabel(province, lang),
              count: counts.get(province) ?? 0,
            })}
          </option>
        ))}
      </select>
    </div>
  );
}
