/**
 * The last hours of observations, as the history feed gives them once
 * parsed (`data/history.json`, columnar: every array is aligned with `times`).
 * The parser and its schema fill these types; everything else reads them.
 */
import type { Condition } from './conditions';
import type { HistoryStationProblemCode, HistoryValueProblemCode } from './history-schema';

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

/** A station left out of the history, and why (its columns could not be read). */
export interface HistoryStationProblem {
  readonly stationId: string;
  readonly problem: HistoryStationProblemCode;
  /** The column at fault (`temperature`…), or null for the station as a whole. */
  readonly field: string | null;
}

/** One hour's value dropped (read as not observed) from a station that was kept. */
export interface HistoryValueProblem {
  readonly stationId: string;
  readonly field: string;
  /** 0-based index into `times`. */
  readonly hourIndex: number;
  readonly problem: HistoryValueProblemCode;
}

export interface ObservationHistory {
  readonly source: string | null;
  /** ISO 8601 with offset, ascending, at most 48. */
  readonly times: readonly string[];
  readonly stations: ReadonlyMap<string, StationHistory>;
  /** Stations left out whole (a misaligned or missing column, a bad station id). */
  readonly rejected: readonly HistoryStationProblem[];
  /** Single hours read as not observed because their value broke the rules. */
  readonly droppedValues: readonly HistoryValueProblem[];
  /** The file says it is made up (`"example": true`). */
  readonly example: boolean;
}
