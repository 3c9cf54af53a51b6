import { createContext, Suspense, use, useContext, useMemo, type ReactNode } from 'react';
import { loadCatalog, loadedCatalog } from './catalogs';
import type { Lang } from './lang';
import { createTranslator, type Translate } from './translate';

interface I18n {
  readonly lang: Lang;
  readonly t: Translate;
}

const I18nContext = createContext<I18n>({ lang: 'ko', t: createTranslator('ko') });

/**
 * The reader's language for everything below. A catalog that is not here yet
 * (English, fetched on demand) holds the tree back until it comes, so no text
 * ever shows in the wrong language; the language switch fetches before it
 * switches, so only a first load in English waits.
 */
export function I18nProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  return (
    <Suspense fallback={null}>
      <CatalogProvider lang={lang}>{children}</CatalogProvider>
    </Suspense>
  );
}

function CatalogProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  if (!loadedCatalog(lang)) use(loadCatalog(lang));
  const value = useMemo(() => ({ lang, t: createTranslator(lang) }), [lang]);
  return <I18nContext value={value}>{children}</I18nContext>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
