/**
 * A second, tiny entry script that the HTML starts next to the main one
 * (`vite-plugins/vite-plugin-early-requests.ts`). It starts downloads that
 * this address needs for its first view but that the main script could ask
 * for only once it has arrived and run: the English messages on an English
 * page, the station search code when the address has a search, and the news
 * feed with the article's code when a link opened an article. On a slow phone connection the main script takes most of a
 * second to arrive; these small requests travel alongside it.
 *
 * While it waits for the entry, it also pays a cost the header would
 * otherwise pay on the critical path: the first `Intl.DateTimeFormat` with a
 * time zone loads ICU's zone and locale data (20–40 ms on a desktop, several
 * times that on a phone); the ones made after it take under a millisecond.
 *
 * Otherwise it only preloads: nothing renders here. The app loads the same
 * modules and feed through its usual paths (the catalogs, the news query),
 * which find them in the browser's preload cache; if a download fails,
 * those paths ask again and tell the reader.
 *
 * It imports no code on purpose (only a constant and a type): a module
 * shared with the main entry would make the bundler split the main entry's
 * chunks differently. The build writes the URLs it needs into the page as
 * JSON (`early-request-plan.ts`).
 */
import { PLAN_ELEMENT_ID, type EarlyRequestPlan } from './early-request-plan';

/**
 * The page's language by the rule of `i18n/page-language.ts` (`?lang=`
 * wins, then the remembered choice), restated here to keep this script
 * free of shared code; tests/unit/app/early-requests.test.ts holds the two together.
 * Returns a language only if its messages are not in the entry.
 */
export function catalogToLoad(
  plan: EarlyRequestPlan,
  search: string,
  stored: string | null,
): string | null {
  const fromUrl = new URLSearchParams(search).get('lang');
  const knownFromUrl = fromUrl === 'ko' || (fromUrl !== null && fromUrl in plan.catalogs);
  const lang = knownFromUrl ? fromUrl : stored;
  return lang !== null && lang in plan.catalogs ? lang : null;
}

interface Hint {
  readonly rel: string;
  readonly href: string;
  readonly as?: string;
}

/** The requests for this address, as `<link>`s appended to the document's head. */
export function startEarlyRequests(
  doc: Document,
  search: string,
  stored: (key: string) => string | null,
): void {
  const planText = doc.getElementById(PLAN_ELEMENT_ID)?.textContent;
  if (!planText) return;
  const plan = JSON.parse(planText) as EarlyRequestPlan;
  const hints: Hint[] = [];

  const lang = catalogToLoad(plan, search, stored(plan.langPreferenceKey));
  if (lang)
    for (const href of plan.catalogs[lang] ?? []) hints.push({ rel: 'modulepreload', href });

  const params = new URLSearchParams(search);
  // `q` as in url-state.ts: a search from the address filters the first draw.
  if (params.get('q')?.trim())
    for (const href of plan.stationSearch) hints.push({ rel: 'modulepreload', href });

  if (params.get('news')?.trim()) {
    hints.push({ rel: 'preload', as: 'fetch', href: plan.article.feed });
    for (const href of plan.article.modules) hints.push({ rel: 'modulepreload', href });
    // The article's words are among the messages that otherwise come after the first draw.
    const messages = plan.article.messages[lang ?? Object.keys(plan.intl.locales)[0]!] ?? [];
    for (const href of messages) hints.push({ rel: 'modulepreload', href });
    for (const href of plan.article.styles) hints.push({ rel: 'preload', as: 'style', href });
  }

  appendHints(doc, hints);
  warmIntl(plan, lang);
}

function appendHints(doc: Document, hints: readonly Hint[]): void {
  for (const { rel, href, as } of hints) {
    const link = doc.createElement('link');
    link.rel = rel;
    link.href = href;
    if (as) link.as = as;
    // The same CORS mode as the later fetch() or module import, so the download is reused.
    link.crossOrigin = 'anonymous';
    doc.head.append(link);
  }
}

/** Loads ICU's data for the page's locale and Korea's time zone (see above). */
export function warmIntl(plan: EarlyRequestPlan, lang: string | null): void {
  const locale = plan.intl.locales[lang ?? ''] ?? Object.values(plan.intl.locales)[0];
  try {
    new Intl.DateTimeFormat(locale, { timeZone: plan.intl.timeZone }).format(0);
  } catch {
    // Without the zone's data the app's own formatters fail the same way, and say so there.
  }
}

function storedPreference(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

startEarlyRequests(document, window.location.search, storedPreference);
