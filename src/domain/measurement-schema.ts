/**
 * The optional measurements a record may carry besides sky and temperature:
 * the station's own time, wind, humidity and last-hour rain. Each is checked
 * on its own; a bad value is dropped and reported, and the record stays
 * (a wrong humidity is no reason to hide a station's sky).
 *
 * The history feed checks its columns with the same rules.
 */
import * as v from 'valibot';
import { isRealDate } from './real-date';

/** Sane limits: beyond these a value is a unit or sentinel mistake, not weather. */
export const WIND_DIRECTION_RANGE = { min: 0, max: 360 } as const;
/** Korea's strongest recorded gusts are near 60 m/s; a 10-minute mean never reaches 75. */
export const WIND_SPEED_RANGE = { min: 0, max: 75 } as const;
export const HUMIDITY_RANGE = { min: 0, max: 100 } as const;
/** Korea's hourly record is about 145 mm. */
export const PRECIPITATION_1H_RANGE = { min: 0, max: 300 } as const;

/** A full time with its offset: a station's own time is never a date alone. */
export const STATION_TIME_PATTERN =
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

export const VALUE_PROBLEM_CODES = [
  'observed-at-invalid',
  'wind-direction-invalid',
  'wind-speed-invalid',
  'humidity-invalid',
  'precipitation-invalid',
] as const;
export type ValueProblemCode = (typeof VALUE_PROBLEM_CODES)[number];

const finiteNumberIn = (range: { min: number; max: number }, code: ValueProblemCode) =>
  v.pipe(
    v.number(code),
    v.check((value) => Number.isFinite(value), code),
    v.minValue(range.min, code),
    v.maxValue(range.max, code),
  );

export const StationTimeSchema = v.pipe(
  v.string('observed-at-invalid'),
  v.regex(STATION_TIME_PATTERN, 'observed-at-invalid'),
  v.check(isRealDate, 'observed-at-invalid'),
);

/** Field name → its rule. The numeric ones are shared with the history feed's columns. */
export const NUMERIC_MEASUREMENTS = {
  windDirection: finiteNumberIn(WIND_DIRECTION_RANGE, 'wind-direction-invalid'),
  windSpeed: finiteNumberIn(WIND_SPEED_RANGE, 'wind-speed-invalid'),
  humidity: finiteNumberIn(HUMIDITY_RANGE, 'humidity-invalid'),
  precipitation1h: finiteNumberIn(PRECIPITATION_1H_RANGE, 'precipitation-invalid'),
} as const;
export type NumericMeasurement = keyof typeof NUMERIC_MEASUREMENTS;
export const NUMERIC_MEASUREMENT_FIELDS = Object.keys(
  NUMERIC_MEASUREMENTS,
) as readonly NumericMeasurement[];

export interface MeasurementValues {
  observedAt: string | null;
  windDirection: number | null;
  windSpeed: number | null;
  humidity: number | null;
  precipitation1h: number | null;
}

export interface DroppedValue {
  readonly field: keyof MeasurementValues;
  readonly problem: ValueProblemCode;
}

/**
 * Read the optional measurements of one raw record. Absent and null mean
 * "not observed"; anything else must pass its rule or is dropped.
 */
export function readMeasurements(record: Readonly<Record<string, unknown>>): {
  values: MeasurementValues;
  dropped: DroppedValue[];
} {
  const dropped: DroppedValue[] = [];
  function read<T>(field: keyof MeasurementValues, schema: v.GenericSchema<unknown, T>): T | null {
    const raw = record[field];
    if (raw == null) return null;
    const result = v.safeParse(schema, raw);
    if (result.success) return result.output;
    dropped.push({ field, problem: result.issues[0].message as ValueProblemCode });
    return null;
  }
  const values: MeasurementValues = {
    observedAt: read('observedAt', StationTimeSchema),
    windDirection: read('windDirection', NUMERIC_MEASUREMENTS.windDirection),
    windSpeed: read('windSpeed', NUMERIC_MEASUREMENTS.windSpeed),
    humidity: read('humidity', NUMERIC_MEASUREMENTS.humidity),
    precipitation1h: read('precipitation1h', NUMERIC_MEASUREMENTS.precipitation1h),
  };
  return { values, dropped };
}
