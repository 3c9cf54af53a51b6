/**
 * Station search (Hangul decomposition with es-hangul, ranking, search keys)
 * is about 4.5 KB gzip that the first draw does not need unless the page
 * opens with a search. Fetched once, on demand: after the first draw, with
 * the list panel that holds the search field, or at once for an address with
 * `q=` (issue 14: JavaScript before first draw).
 */
export type StationSearch = typeof import('../domain/search-stations');

let loaded: StationSearch | null = null;
let loading: Promise<StationSearch> | null = null;

/** The search code when it is already here, else null. */
export function loadedStationSearch(): StationSearch | null {
  return loaded;
}

/** Fetches the search code once; a failed fetch may be tried again. */
export function loadStationSearch(): Promise<StationSearch> {
  loading ??= import('../domain/search-stations').then(
    (module) => (loaded = module),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}
