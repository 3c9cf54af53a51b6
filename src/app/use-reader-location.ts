/**
 * Near me, wired into the view: the reader's position lives here, in
 * memory, for as long as the page is open — never in the URL, never in
 * storage, never sent. Finding it sorts by distance and selects the nearest
 * station (which opens its details and pans the map there).
 */
import { useCallback, useMemo, useState } from 'react';
import { distanceKm, nearestStation, type LatLon } from '../domain/distance';
import { DEFAULT_SORT } from '../domain/filter-stations';
import type { Observation } from '../domain/observation';
import { stationName } from '../domain/station-name';
import { formatKilometres } from '../i18n/format';
import { useI18n } from '../i18n/i18n-context';
import type { UrlStateUpdate } from './use-url-state';

type UpdateView = (update: UrlStateUpdate, mode?: 'push' | 'replace') => void;

interface Located {
  readonly here: LatLon;
  readonly nearest: Observation | null;
}

export function useReaderLocation(updateView: UpdateView) {
  const { t, lang } = useI18n();
  const [located, setLocated] = useState<Located | null>(null);

  /** `candidates`: what the reader sees, so the nearest is the list's first row. */
  const found = useCallback(
    (here: LatLon, candidates: readonly Observation[]) => {
      const nearest = nearestStation(candidates, here);
      setLocated({ here, nearest });
      updateView({ sort: 'distance', ...(nearest ? { station: nearest.stationId } : {}) });
    },
    [updateView],
  );

  const forget = useCallback(() => {
    setLocated(null);
    updateView((view) => (view.sort === 'distance' ? { sort: DEFAULT_SORT } : {}));
  }, [updateView]);

  const foundMessage = useMemo(() => {
    const nearest = located?.nearest;
    if (!located || !nearest?.position) return '';
    const km = formatKilometres(distanceKm(located.here, nearest.position), lang);
    return t('nearMe.found', {
      name: stationName(nearest, lang),
      distance: t('distance.km', { km }),
    });
  }, [located, lang, t]);

  return { here: located?.here ?? null, found, forget, foundMessage };
}
