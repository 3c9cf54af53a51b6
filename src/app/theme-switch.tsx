import { useId } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { THEMES, useTheme, type Theme } from './use-theme';

export function ThemeSwitch() {
  const { t } = useI18n();
  const [theme, setTheme] = useTheme();
  const id = useId();
  return (
    <div className="theme-switch">
      <label htmlFor={id} className="visually-hidden">
        {t('app.themeLabel')}
      </label>
      <select id={id} value={theme} onChange={(event) => setTheme(event.target.value as Theme)}>
        {THEMES.map((option) => (
          <option key={option} value={option}>
            {t(`theme.${option}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
