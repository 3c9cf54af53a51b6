/**
 * The message catalogs. Each language comes in two parts, so that before the
 * first draw a page downloads only what its first view says (issue 14):
 *
 * - the first view's (`messages.<lang>.ts`): Korean's ships with the entry
 *   script; English's is fetched only for a page shown in English;
 * - the rest (`messages.<lang>.deferred.ts`), fetched with the code that
 *   uses it, which comes after the first draw (`withDeferredMessages`).
 *
 * A language's messages are one object that grows as its parts arrive, so a
 * translator made before the deferred part came reads it once it is here.
 */
import type { Lang } from './lang';
import { ko, type FirstMessageKey } from './messages.ko';
import type { DeferredMessageKey } from './messages.ko.deferred';

export type MessageKey = FirstMessageKey | DeferredMessageKey;

/** A language's messages so far: the first view's always, the rest once fetched. */
export type Catalog = Readonly<
  Record<FirstMessageKey, string> & Partial<Record<DeferredMessageKey, string>>
>;

type Part = 'first' | 'deferred';
type Messages = Readonly<Partial<Record<MessageKey, string>>>;

const FETCH: Record<Lang, Partial<Record<Part, () => Promise<Messages>>>> = {
  ko: { deferred: () => import('./messages.ko.deferred').then((module) => module.koDeferred) },
  en: {
    first: () => import('./messages.en').then((module) => module.en),
    deferred: () => import('./messages.en.deferred').then((module) => module.enDeferred),
  },
};

const catalogs = new Map<Lang, Record<string, string>>([['ko', { ...ko }]]);
const arrived = new Set<string>(['ko:first']);
const pending = new Map<string, Promise<void>>();
/** The language the page shows (`I18nProvider`): whose deferred part deferred code needs. */
let shownLanguage: Lang = 'ko';

function loadPart(lang: Lang, part: Part): Promise<void> {
  const id = `${lang}:${part}`;
  if (arrived.has(id)) return Promise.resolve();
  let loading = pending.get(id);
  if (!loading) {
    loading = FETCH[lang][part]!().then(
      (messages) => {
        const catalog = catalogs.get(lang) ?? {};
        Object.assign(catalog, messages);
        catalogs.set(lang, catalog);
        arrived.add(id);
        pending.delete(id);
      },
      (error: unknown) => {
        pending.delete(id);
        throw error;
      },
    );
    pending.set(id, loading);
  }
  return loading;
}

/** The language's messages once its first-view part is here, else undefined. */
export function loadedCatalog(lang: Lang): Catalog | undefined {
  return arrived.has(`${lang}:first`) ? (catalogs.get(lang) as Catalog) : undefined;
}

/**
 * Fetches the language's messages once: its first-view part, or with
 * `'all'` the deferred part too. A failed fetch may be tried again.
 */
export function loadCatalog(lang: Lang, parts: 'first' | 'all' = 'all'): Promise<Catalog> {
  const wanted: Part[] = parts === 'all' ? ['first', 'deferred'] : ['first'];
  return Promise.all(wanted.map((part) => loadPart(lang, part))).then(() => loadedCatalog(lang)!);
}

/** Says which language the page shows, so deferred code fetches that language's messages. */
export function setShownLanguage(lang: Lang): void {
  shownLanguage = lang;
}

/**
 * Code fetched after the first draw renders the deferred messages: this
 * waits for both, so the code never mounts before its words (and a failed
 * fetch of either fails the load, which the caller's boundary reports).
 */
export function withDeferredMessages<Module>(code: Promise<Module>): Promise<Module> {
  return Promise.all([code, loadCatalog(shownLanguage)]).then(([module]) => module);
}
