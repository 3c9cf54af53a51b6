/**
 * The history feed contract (`data/history.json`): one envelope checked by
 * valibot, then columns checked cell by cell. The cell rules are plain
 * predicates built from the same ranges as the observation feed: a
 * 10,000-station day is 1.4 million cells, too many for a schema call each.
 */
import * as v from 'valibot';
import { stripInvisible } from '../utils/strip-invisible';
import { TEMPERATURE_RANGE_C } from './feed-schema';
import {
  HUMIDITY_RANGE,
  PRECIPITATION_1H_RANGE,
  STATION_TIME_PATTERN,
  WIND_DIRECTION_RANGE,
  WIND_SPEED_RANGE,
  type ValueProblemCode,
} from './measurement-schema';
import { isRealDate } from './real-date';

/** Two days at most: enough for "the last 24 hours" with room to spare, small enough to ship. */
export const HISTORY_MAX_HOURS = 48;
export const HISTORY_CONDITION_MAX_LENGTH = 40;

export const HISTORY_STATION_PROBLEM_CODES = [
  'station-id-format',
  'not-an-object',
  'column-missing',
  'column-misaligned',
] as const;
export type HistoryStationProblemCode = (typeof HISTORY_STATION_PROBLEM_CODES)[number];
export type HistoryValueProblemCode =
  ValueProblemCode | 'condition-invalid' | 'temperature-invalid';

function isAscending(times: string[]): boolean {
  for (let index = 1; index < times.length; index += 1) {
    if (Date.parse(times[index - 1]!) >= Date.parse(times[index]!)) return false;
  }
  return true;
}

const HourTime = v.pipe(
  v.string('times'),
  v.regex(STATION_TIME_PATTERN, 'times'),
  v.check(isRealDate, 'times'),
);

/** The envelope: a bad one means the file is not a history at all (a whole-file error). */
export const HistoryEnvelopeSchema = v.object(
  {
    source: v.nullish(
      v.pipe(v.string('source'), v.transform(stripInvisible), v.maxLength(60, 'source')),
    ),
    times: v.pipe(
      v.array(HourTime, 'times'),
      v.maxLength(HISTORY_MAX_HOURS, 'times'),
      // Strictly ascending: a repeated hour would make "the value at 15:00" ambiguous.
      v.check(isAscending, 'times'),
    ),
    stations: v.record(v.string(), v.unknown(), 'stations'),
    example: v.optional(v.boolean('example'), false),
  },
  'envelope',
);

type Range = { readonly min: number; readonly max: number };
const inRange =
  (range: Range) =>
  (value: unknown): value is number =>
    typeof value === 'number' && Number.isFinite(value) && value >= range.min && value <= range.max;

export interface ColumnRule<T> {
  readonly accepts: (value: unknown) => value is T;
  readonly problem: HistoryValueProblemCode;
}

/** Sky words repeat across hours and stations: check each distinct word once. */
const checkedWords = new Map<string, boolean>();
const MAX_CHECKED_WORDS = 1000;

function isConditionWord(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  let ok = checkedWords.get(value);
  if (ok === undefined) {
    ok = stripInvisible(value) !== '' && value.length <= HISTORY_CONDITION_MAX_LENGTH;
    if (checkedWords.size >= MAX_CHECKED_WORDS) checkedWords.clear();
    checkedWords.set(value, ok);
  }
  return ok;
}

export const CONDITION_COLUMN: ColumnRule<string> = {
  accepts: isConditionWord,
  problem: 'condition-invalid',
};

export const NUMERIC_COLUMNS = {
  temperature: { accepts: inRange(TEMPERATURE_RANGE_C), problem: 'temperature-invalid' },
  windDirection: { accepts: inRange(WIND_DIRECTION_RANGE), problem: 'wind-direction-invalid' },
  windSpeed: { accepts: inRange(WIND_SPEED_RANGE), problem: 'wind-speed-invalid' },
  humidity: { accepts: inRange(HUMIDITY_RANGE), problem: 'humidity-invalid' },
  precipitation1h: { accepts: inRange(PRECIPITATION_1H_RANGE), problem: 'precipitation-invalid' },
} as const satisfies Record<string, ColumnRule<number>>;

/** Columns a station may leave out (the history then has no such series for it). */
export const OPTIONAL_COLUMNS = [
  'windDirection',
  'windSpeed',
  'humidity',
  'precipitation1h',
] as const;
