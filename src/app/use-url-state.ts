/**
 * One hook reads and writes the URL state. Changes a reader would want to
 * step back through (filters, selection, article) push a history entry;
 * typing and map panning replace the current one.
 */
import { useCallback, useSyncExternalStore } from 'react';
import { parseUrlState, serializeUrlState, type UrlState } from './url-state';

const URL_CHANGE = 'nalssi:urlchange';

function subscribeToHistory(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(URL_CHANGE, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(URL_CHANGE, onChange);
  };
}

let lastSearch: string | null = null;
let lastState: UrlState | null = null;

/**
 * Parse once per distinct query string so that React sees a stable object,
 * and keep unchanged parts identical: panning the map rewrites `map=` on
 * every move, which must not make the sky filter look new and refilter
 * 10,000 stations.
 */
function readUrlState(): UrlState {
  const search = window.location.search;
  if (search !== lastSearch || lastState === null) {
    lastSearch = search;
    lastState = shareUnchanged(lastState, parseUrlState(search));
  }
  return lastState;
}

function shareUnchanged(previous: UrlState | null, next: UrlState): UrlState {
  if (!previous) return next;
  const sameSky =
    previous.sky.length === next.sky.length && previous.sky.every((key, i) => key === next.sky[i]);
  const sameMap =
    previous.map === next.map ||
    (previous.map !== null &&
      next.map !== null &&
      previous.map.lat === next.map.lat &&
      previous.map.lon === next.map.lon &&
      previous.map.zoom === next.map.zoom);
  return {
    ...next,
    sky: sameSky ? previous.sky : next.sky,
    map: sameMap ? previous.map : next.map,
  };
}

/** The dashboard's own address for a state: the href of a link that opens that view. */
export function urlStateHref(state: UrlState): string {
  return `${window.location.pathname}${serializeUrlState(state)}`;
}

export type UrlStateUpdate = Partial<UrlState> | ((current: UrlState) => Partial<UrlState>);

export function useUrlState(): [
  UrlState,
  (update: UrlStateUpdate, mode?: 'push' | 'replace') => void,
] {
  const state = useSyncExternalStore(subscribeToHistory, readUrlState, readUrlState);

  const update = useCallback((change: UrlStateUpdate, mode: 'push' | 'replace' = 'push') => {
    const current = readUrlState();
    const next = { ...current, ...(typeof change === 'function' ? change(current) : change) };
    const search = serializeUrlState(next);
    if (search === window.location.search) return;
    const url = `${window.location.pathname}${search}${window.location.hash}`;
    if (mode === 'push') window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
    window.dispatchEvent(new Event(URL_CHANGE));
  }, []);

  return [state, update];
}
