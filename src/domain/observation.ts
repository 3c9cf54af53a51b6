import type { Condition } from './conditions';
import type { ProblemCode } from './feed-schema';
import type { MeasurementValues, ValueProblemCode } from './measurement-schema';

/** One station's observation, resolved against the catalog. Typed and trusted after parsing. */
export interface Observation {
  readonly stationId: string;
  /** Position in the feed (0-based): the feed's own order, used as a stable tiebreaker. */
  readonly feedIndex: number;
  readonly nameKo: string;
  /** From the catalog; null for stations the catalog does not know. */
  readonly nameEn: string | null;
  readonly province: string | null;
  readonly condition: Condition;
  /** °C, or null when the feed did not report one (shown as "—", sorted last). */
  readonly temperature: number | null;
  /** Null when neither the feed nor the catalog places the station ("위치 정보 없음"). */
  readonly position: { readonly lat: number; readonly lon: number } | null;
  /** This station's own observation time (ISO 8601 with offset); null = the feed's `observedAt`. */
  readonly observedAt: string | null;
  /** Degrees 0–360, the direction the wind blows from (meteorological); null = not observed. */
  readonly windDirection: number | null;
  /** m/s; null = not observed. */
  readonly windSpeed: number | null;
  /** Relative humidity, % (0–100); null = not observed. */
  readonly humidity: number | null;
  /** mm in the last hour; 0 is a value (no rain), null = not observed. */
  readonly precipitation1h: number | null;
}

/** A record left out, and why. Shown in the details view of the feed notice. */
export interface RecordProblem {
  /** 0-based index of the record in the feed's `observations` array. */
  readonly index: number;
  readonly stationId: string | null;
  readonly problem: ProblemCode;
  /** Dotted path of the offending field, when known (e.g. `temperature`). */
  readonly field: string | null;
}

/** A value left out of a record that was kept (a humidity of 140, a wind speed as text…). */
export interface ValueProblem {
  /** 0-based index of the record in the feed's `observations` array. */
  readonly index: number;
  readonly stationId: string;
  readonly problem: ValueProblemCode;
  readonly field: keyof MeasurementValues;
}

export interface ObservationFeed {
  /** Exactly as the feed gave it: an ISO time with offset, or a date alone. */
  readonly observedAt: string;
  readonly source: string | null;
  readonly observations: readonly Observation[];
  readonly rejected: readonly RecordProblem[];
  /** Values dropped one by one from records that were kept. */
  readonly droppedValues: readonly ValueProblem[];
  /** The feed says it is made up (`"example": true`): the page must say so on screen. */
  readonly example: boolean;
  /** Records accepted but placed nowhere because neither feed nor catalog had a position. */
  readonly unplacedCount: number;
}
