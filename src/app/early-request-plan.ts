/**
 * What the build tells `early-requests.ts` to fetch, written into the
 * dashboard's HTML as a JSON data block by `vite-plugins/vite-plugin-early-requests.ts`.
 */
export interface EarlyRequestPlan {
  /** Module URLs of each language's messages, for languages not in the entry. */
  readonly catalogs: Readonly<Record<string, readonly string[]>>;
  /** The localStorage key under which the reader's language choice is remembered. */
  readonly langPreferenceKey: string;
  /** The Intl locale of each language (the first is the default language) and the page's time zone. */
  readonly intl: { readonly locales: Readonly<Record<string, string>>; readonly timeZone: string };
  /** Module URLs of the station search code, which a page opened with `?q=` needs to draw its stations. */
  readonly stationSearch: readonly string[];
  /** What `?news=<id>` shows first: the article's modules and stylesheets, and the feed. */
  readonly article: {
    /** Per language, the module URLs of the messages fetched after the first draw, which the article uses. */
    readonly messages: Readonly<Record<string, readonly string[]>>;
    readonly modules: readonly string[];
    readonly styles: readonly string[];
    readonly feed: string;
  };
}

export const PLAN_ELEMENT_ID = 'nalssi-early-requests';
