/**
 * Which stations of a feed are late, and by how much, computed in one pass.
 * The list row, the map marker, the details and the feed status line all ask
 * this one map, so they can never disagree about a station. The map labels'
 * tooltip can show the same age through `lateBy(stationId)`.
 */
import type { ObservationFeed } from './observation';
import { LATE_AFTER_MINUTES, behindNewest, newestStationTime } from './station-time';

/** Station id → how far behind the feed's newest station time it is (ms). Only late stations. */
export type LateStations = ReadonlyMap<string, number>;

export const NO_LATE_STATIONS: LateStations = new Map();

export function lateStations(feed: ObservationFeed): LateStations {
  const newest = newestStationTime(feed);
  const late = new Map<string, number>();
  for (const observation of feed.observations) {
    const behind = behindNewest(observation, feed, newest);
    if (behind > LATE_AFTER_MINUTES * 60_000) late.set(observation.stationId, behind);
  }
  return late.size === 0 ? NO_LATE_STATIONS : late;
}
