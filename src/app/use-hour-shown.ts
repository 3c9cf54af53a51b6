/**
 * The hour the reader chose (`at=` in the URL) resolved against the history:
 * which hour index it is, and the stations as they were then. Absent, or an
 * hour the history no longer holds, means now: the latest feed itself.
 */
import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { config } from '../config/env';
import { historyQueryOptions } from '../data/history-query';
import type { ObservationHistory } from '../domain/history';
import { hourIndexOf, hourKey } from '../domain/hour-key';
import { lateStations, NO_LATE_STATIONS } from '../domain/late-stations';
import type { Observation, ObservationFeed } from '../domain/observation';
import { observationsAt } from '../domain/observations-at';
import type { UrlState } from './url-state';
import type { UrlStateUpdate } from './use-url-state';

const NO_STATIONS: never[] = [];

/**
 * One snapshot per hour, kept while the feed and history objects live:
 * stepping back and forth reuses the same station objects, so the list rows
 * and the map's points (cached per object) are reused too.
 */
const snapshots = new WeakMap<
  ObservationFeed,
  WeakMap<ObservationHistory, Map<number, readonly Observation[]>>
>();

function snapshotAt(
  feed: ObservationFeed,
  history: ObservationHistory,
  index: number,
): readonly Observation[] {
  let byHistory = snapshots.get(feed);
  if (!byHistory) snapshots.set(feed, (byHistory = new WeakMap()));
  let byHour = byHistory.get(history);
  if (!byHour) byHistory.set(history, (byHour = new Map()));
  let snapshot = byHour.get(index);
  if (!snapshot) byHour.set(index, (snapshot = observationsAt(feed, history, index)));
  return snapshot;
}

/** The time control needs at least two hours to have anything to step through. */
export function hasTimeline(history: ObservationHistory | null | undefined): boolean {
  return history != null && history.times.length >= 2;
}

export function useHourShown(
  feed: ObservationFeed | undefined,
  view: UrlState,
  updateView: (update: UrlStateUpdate, mode?: 'push' | 'replace') => void,
) {
  const historyQuery = useQuery(historyQueryOptions(config.historyUrl, config.refreshIntervalMs));
  const history = hasTimeline(historyQuery.data) ? historyQuery.data! : null;
  const last = history ? history.times.length - 1 : 0;
  const found = history && view.at ? hourIndexOf(history, view.at) : null;
  // The last hour is "now": the feed itself, with late stations and their own times.
  const pastIndex = found !== null && found < last ? found : null;

  const stations = useMemo(() => {
    if (!feed) return NO_STATIONS;
    if (!history || pastIndex === null) return feed.observations;
    return snapshotAt(feed, history, pastIndex);
  }, [feed, history, pastIndex]);

  // Lateness belongs to the latest feed; a past hour is one hour for every station.
  const late = useMemo(
    () => (feed && pastIndex === null ? lateStations(feed) : NO_LATE_STATIONS),
    [feed, pastIndex],
  );

  const showHour = useCallback(
    (index: number, mode: 'push' | 'replace') => {
      if (!history) return;
      const at = index >= history.times.length - 1 ? null : hourKey(history.times[index]!);
      updateView({ at }, mode);
    },
    [history, updateView],
  );

  return {
    history,
    historyError: historyQuery.error,
    /** Index on the slider: the last one is now. */
    hourIndex: pastIndex ?? last,
    /** The past hour shown, or null for now. */
    pastTime: history && pastIndex !== null ? history.times[pastIndex]! : null,
    stations,
    late,
    showHour,
  };
}
