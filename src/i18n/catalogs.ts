/**
 * The message catalogs. Korean, the page's default, ships with the entry
 * script; English is fetched only when a page is shown in English, so a
 * Korean reader never downloads it (issue 14: only the page language's
 * messages before the first draw).
 */
import type { Lang } from './lang';
import { ko, type MessageKey } from './messages.ko';

export type Catalog = Readonly<Record<MessageKey, string>>;

const FETCH: Record<Exclude<Lang, 'ko'>, () => Promise<Catalog>> = {
  en: () => import('./messages.en').then((module) => module.en),
};

const loaded = new Map<Lang, Catalog>([['ko', ko]]);
const pending = new Map<Lang, Promise<Catalog>>();

/** The catalog when it is already here, else undefined. */
export function loadedCatalog(lang: Lang): Catalog | undefined {
  return loaded.get(lang);
}

/** The catalog, fetched once; a failed fetch may be tried again. */
export function loadCatalog(lang: Lang): Promise<Catalog> {
  const ready = loaded.get(lang);
  if (ready) return Promise.resolve(ready);
  let loading = pending.get(lang);
  if (!loading) {
    loading = FETCH[lang as Exclude<Lang, 'ko'>]().then(
      (catalog) => {
        loaded.set(lang, catalog);
        return catalog;
      },
      (error: unknown) => {
        pending.delete(lang);
        throw error;
      },
    );
    pending.set(lang, loading);
  }
  return loading;
}
