import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Lang } from './lang';
import { createTranslator, type Translate } from './translate';

interface I18n {
  readonly lang: Lang;
  readonly t: Translate;
}

const I18nContext = createContext<I18n>({ lang: 'ko', t: createTranslator('ko') });

export function I18nProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  const value = useMemo(() => ({ lang, t: createTranslator(lang) }), [lang]);
  return <I18nContext value={value}>{children}</I18nContext>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
