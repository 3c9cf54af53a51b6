import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { isFirstDrawDone } from '../lib/first-draw';
import { loadCatalog, loadedCatalog, setShownLanguage } from './catalogs';
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
 *
 * It waits with state, not by suspending: React reveals a suspended tree no
 * sooner than 300 ms after its fallback, which delayed an English page's
 * first paint by that much even when the catalog had already arrived.
 */
export function I18nProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  const ready = useCatalogReady(lang);
  // Set while rendering, not in an effect: code below may start fetching its
  // deferred messages during this same render (an article a link opened).
  if (ready) setShownLanguage(lang);
  const value = useMemo(() => (ready ? { lang, t: createTranslator(lang) } : null), [lang, ready]);
  return value && <I18nContext value={value}>{children}</I18nContext>;
}

/**
 * True once `lang`'s messages are loaded: before the first draw its
 * first-view part, after it (a language changed by back or forward) all of
 * it, since the deferred parts of the page may be on screen. A failed fetch
 * is thrown to the nearest error boundary.
 */
function useCatalogReady(lang: Lang): boolean {
  const ready = loadedCatalog(lang) !== undefined;
  const [, setArrived] = useState<Lang | null>(null);
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);
  useEffect(
    function fetchCatalog() {
      if (ready) return;
      let current = true;
      loadCatalog(lang, isFirstDrawDone() ? 'all' : 'first').then(
        () => current && setArrived(lang),
        (error: unknown) => current && setFailure({ error }),
      );
      return () => {
        current = false;
      };
    },
    [lang, ready],
  );
  if (failure && !ready) throw failure.error;
  return ready;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
