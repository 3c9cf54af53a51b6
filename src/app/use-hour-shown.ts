/**
 * The hour the reader chose (`at=` in the URL) resolved against the history:
 * which hour index it is, and the stations as they were then. Absent, or an
 * hour the history no longer holds, means now: the latest feed itself.
 */
import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { config } from '../config/env';
import { historyQueryOptions } from '../data/history-query';
import type { ObservationHistory } from '../domain/history';
import { hourIndexOf, hourKey } from '../domain/hour-key';
import { lateStations, NO_LATE_STATIONS } from '../domain/late-stations';
import type { Observation, ObservationFeed } from '../domain/observation';
import { HourSnapshots } from './hour-snapshots';
import type { UrlState } from './url-state';
import type { UrlStateUpdate } from './use-url-state';

const NO_STATIONS: never[] = [];

/** The time control needs at least two hours to have anything to step through. */
export function hasTimeline(history: ObservationHistory | null | undefined): boolean {
  return history != null && history.times.length >= 2;
}

export function useHourShown(
  feed: ObservationFeed | undefined,
  view: UrlState,
  updateView: (update: UrlStateUpdate, mode?: 'push' | 'replace') => void,
) {
  const historyQuery = useQuery(
    historyQueryOptions(config.historyUrl, config.refreshIntervalMs, view.at !== null),
  );
  const history = hasTimeline(historyQuery.data) ? historyQuery.data! : null;
  const last = history ? history.times.length - 1 : 0;
  const found = history && view.at ? hourIndexOf(history, view.at) : null;
  // The last hour is "now": the feed itself, with late stations and their own times.
  const pastIndex = found !== null && found < last ? found : null;

  const snapshots = useMemo(
    () => (feed && history ? new HourSnapshots(feed, history) : null),
    [feed, history],
  );
  // The last hour built. While the next one is being built (a few frames at
  // 10,000 stations) the page keeps showing this one, under its own time.
  const [built, setBuilt] = useState<{
    snapshots: HourSnapshots;
    index: number;
    stations: readonly Observation[];
  } | null>(null);

  useEffect(
    function buildChosenHour() {
      if (!snapshots || pastIndex === null) return;
      if (snapshots.has(pastIndex)) return;
      const controller = new AbortController();
      void snapshots.build(pastIndex, controller.signal).then((stations) => {
        if (stations) setBuilt({ snapshots, index: pastIndex, stations });
      });
      return function stopBuilding() {
        controller.abort();
      };
    },
    [snapshots, pastIndex],
  );

  // An hour built before is taken at once; a new one shows when its build ends.
  const kept = snapshots && pastIndex !== null ? snapshots.get(pastIndex) : undefined;
  const current = kept
    ? { index: pastIndex!, stations: kept }
    : built && built.snapshots === snapshots
      ? built
      : null;
  const shownIndex = pastIndex === null ? null : (current?.index ?? null);
  const stations = !feed
    ? NO_STATIONS
    : pastIndex === null || !current
      ? feed.observations
      : current.stations;

  // Lateness belongs to the latest feed; a past hour is one hour for every station.
  const allLate = useMemo(() => (feed ? lateStations(feed) : NO_LATE_STATIONS), [feed]);
  const late = shownIndex === null ? allLate : NO_LATE_STATIONS;

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
    /**
     * For the history's status lines: the parsed history even when it is too short for a time
     * control (null for none, or a 404), why the last load failed, and a retry.
     */
    historyStatus: {
      /** True when there is something to tell: a failure, or stations or values left out. */
      toReport:
        historyQuery.error != null ||
        (historyQuery.data != null &&
          (historyQuery.data.rejected.length > 0 || historyQuery.data.droppedValues.length > 0)),
      history: historyQuery.data ?? null,
      error: historyQuery.error,
      retry: historyQuery.refetch,
      retrying: historyQuery.isFetching,
    },
    /** Index on the slider: the last one is now. */
    hourIndex: pastIndex ?? last,
    /** The past hour whose stations are shown, or null for now (the latest feed). */
    pastTime: history && shownIndex !== null ? history.times[shownIndex]! : null,
    stations,
    late,
    showHour,
  };
}
