/**
 * Each station's own observation time, and the age rule: a station is late
 * when its own time is more than 90 minutes older than the newest station
 * time in the same feed. Measured against the feed, not the reader's clock:
 * an old but complete snapshot (the bundled 2024 sample) has no late
 * stations; a station that stopped reporting while the others went on does.
 */
import { observedAtTime } from '../i18n/format';
import type { Observation, ObservationFeed } from './observation';

/** KMA stations report hourly; 90 minutes allows one missed report's worth of delay. */
export const LATE_AFTER_MINUTES = 90;
const LATE_AFTER_MS = LATE_AFTER_MINUTES * 60_000;

/** The station's own time, or the feed's when the record gave none. */
export function stationTime(observation: Observation, feed: ObservationFeed): string {
  return observation.observedAt ?? feed.observedAt;
}

/** The newest station time in the feed, in ms since the epoch (the feed's own time if empty). */
export function newestStationTime(feed: ObservationFeed): number {
  let newest = observedAtTime(feed.observedAt);
  for (const observation of feed.observations) {
    if (observation.observedAt !== null)
      newest = Math.max(newest, Date.parse(observation.observedAt));
  }
  return newest;
}

/** How far this station is behind the newest (ms, never negative). */
export function behindNewest(
  observation: Observation,
  feed: ObservationFeed,
  newest: number = newestStationTime(feed),
): number {
  return Math.max(0, newest - observedAtTime(stationTime(observation, feed)));
}

/**
 * Pass `newest` (from `newestStationTime`) when checking many stations:
 * computing it once keeps a 10,000-station check linear.
 */
export function isLate(
  observation: Observation,
  feed: ObservationFeed,
  newest: number = newestStationTime(feed),
): boolean {
  return behindNewest(observation, feed, newest) > LATE_AFTER_MS;
}
