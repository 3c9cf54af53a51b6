import { useCallback, useEffect, useState } from 'react';
import { readPreference, writePreference } from '../utils/stored-preference';

export const THEMES = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];
const STORAGE_KEY = 'nalssi:theme';

function readTheme(): Theme {
  const stored = readPreference(STORAGE_KEY);
  return THEMES.includes(stored as Theme) ? (stored as Theme) : 'auto';
}

/** The reader's theme choice; "auto" follows prefers-color-scheme through CSS light-dark(). */
export function useTheme(): [Theme, (theme: Theme) => void] {
  const [theme, setThemeState] = useState<Theme>(readTheme);
  useEffect(
    function applyTheme() {
      document.documentElement.dataset.theme = theme;
    },
    [theme],
  );
  const setTheme = useCallback((next: Theme) => {
    writePreference(STORAGE_KEY, next);
    setThemeState(next);
  }, []);
  return [theme, setTheme];
}
