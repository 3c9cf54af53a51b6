import { useCallback, useSyncExternalStore } from 'react';

/** Phones: the layout's one breakpoint (the CSS uses the same width). */
export const PHONE_QUERY = '(max-width: 767px)';

/**
 * One MediaQueryList per query and per `matchMedia` (tests may stub it), kept:
 * `matches` is live, and creating a list parses the query again. Six
 * components ask on every render of the dashboard, so a sky chip used to
 * create a dozen lists and re-subscribe to each.
 */
const lists = new WeakMap<typeof window.matchMedia, Map<string, MediaQueryList>>();

function mediaQueryList(query: string): MediaQueryList {
  const matchMedia = window.matchMedia;
  let byQuery = lists.get(matchMedia);
  if (!byQuery) {
    byQuery = new Map();
    lists.set(matchMedia, byQuery);
  }
  let list = byQuery.get(query);
  if (!list) {
    list = matchMedia.call(window, query);
    byQuery.set(query, list);
  }
  return list;
}

/** Whether a CSS media query matches now; re-renders when it starts or stops matching. */
export function useMediaQuery(query: string): boolean {
  // Stable, so React subscribes once rather than after every render.
  const subscribe = useCallback(
    (onChange: () => void) => {
      const list = mediaQueryList(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    [query],
  );
  return useSyncExternalStore(
    subscribe,
    () => mediaQueryList(query).matches,
    () => false,
  );
}
