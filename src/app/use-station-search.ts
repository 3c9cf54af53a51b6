import { useEffect, useState } from 'react';
import { loadedStationSearch, loadStationSearch, type StationSearch } from '../data/station-search';
import { needsSearch } from '../domain/select-shown-stations';

/**
 * The search code, once `query` needs it and it has arrived; null until then.
 * A failed download leaves it null: the list panel, which loads the same
 * code, shows the failure with a reload button.
 */
export function useStationSearch(query: string): StationSearch | null {
  const needed = needsSearch(query);
  const search = loadedStationSearch();
  const [, setArrived] = useState(false);
  useEffect(
    function fetchSearchCode() {
      if (!needed || search) return;
      let current = true;
      loadStationSearch().then(
        () => current && setArrived(true),
        () => undefined,
      );
      return () => {
        current = false;
      };
    },
    [needed, search],
  );
  return search;
}
