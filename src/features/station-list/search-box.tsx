import { useId } from 'react';
import { useI18n } from '../../i18n/i18n-context';

interface SearchBoxProps {
  readonly value: string;
  readonly onChange: (value: string) => void;
}

export function SearchBox({ value, onChange }: SearchBoxProps) {
  const { t } = useI18n();
  const id = useId();
  return (
    <div className="search-box">
      <label htmlFor={id}>{t('search.label')}</label>
      <div className="search-field">
        <input
          id={id}
          type="search"
          value={value}
          placeholder={t('search.placeholder')}
          autoComplete="off"
          spellCheck={false}
          maxLength={100}
          onChange={(event) => onChange(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && value) {
              event.stopPropagation();
              onChange('');
            }
          }}
        />
        {value && (
          <button
            type="button"
            className="search-clear"
            aria-label={t('search.clear')}
            onClick={() => onChange('')}
          >
            ×
          </button>
        )}
      </div>
    </div>
  );
}
