/**
 * The last hours of observations, as the history feed gives them once
 * parsed (`data/history.json`, columnar: every array is aligned with `times`).
 * The parser and its schema fill these types; everything else reads them.
 */
import type { Condition } from './conditions';

export interface StationHistory {
  /** One entry per hour in `ObservationHistory.times`; null = not observed that hour. */
  readonly condition: readonly (Condition | null)[];
  readonly temperature: readonly (number | null)[];
  /** Null when the feed has no such column for this station. */
  readonly windDirection: readonly (number | null)[] | null;
  readonly windSpeed: readonly (number | null)[] | null;
  readonly humidity: readonly (number | null)[] | null;
  readonly precipitation1h: readonly (number | null)[] | null;
}

export interface ObservationHistory {
  readonly source: string | null;
  /** ISO 8601 with offset, ascending, at most 48. */
  readonly times: readonly string[];
  readonly stations: ReadonlyMap<string, StationHistory>;
}
