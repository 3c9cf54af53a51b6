/**
 * The observation feed contract, as a schema. This is the only place that
 * decides what an observation record may look like; everything downstream
 * works with the typed result of `parseObservationFeed`.
 *
 * Messages are problem codes (see `ProblemCode`), translated by the UI.
 */
import * as v from 'valibot';
import { stripInvisible } from '../utils/strip-invisible';
import { STATION_ID_PATTERN } from './station-id';
import { isRealDate } from './real-date';

/** Korea's observation region, generous enough for Baengnyeongdo, Dokdo and Ieodo. */
export const KOREA_REGION = { minLat: 32, maxLat: 39.5, minLon: 124, maxLon: 132 } as const;
export const TEMPERATURE_RANGE_C = { min: -60, max: 60 } as const;

export const PROBLEM_CODES = [
  'not-an-object',
  'field-missing',
  'station-id-missing',
  'station-id-format',
  'name-type',
  'name-too-long',
  'condition-missing',
  'condition-too-long',
  'temperature-type',
  'temperature-not-finite',
  'temperature-range',
  'coordinate-type',
  'lat-range',
  'lon-range',
  'coordinates-incomplete',
  'duplicate-station',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

/** Plain decimal numbers only: "15.0" is a number, "15.0℃" and "" are not. */
export const NUMERIC_TEMPERATURE_PATTERN = /^\s*-?\d{1,3}(\.\d+)?\s*$/;

const StationId = v.pipe(
  v.union([v.string(), v.pipe(v.number(), v.integer(), v.transform(String))], 'station-id-missing'),
  v.trim(),
  v.regex(STATION_ID_PATTERN, 'station-id-format'),
);

const Name = v.pipe(
  v.string('name-type'),
  v.transform(stripInvisible),
  v.maxLength(60, 'name-too-long'),
);

const ConditionWord = v.pipe(
  v.string('condition-missing'),
  v.transform(stripInvisible),
  v.nonEmpty('condition-missing'),
  v.maxLength(40, 'condition-too-long'),
);

const Temperature = v.pipe(
  v.union(
    [
      v.number(),
      v.pipe(
        v.string(),
        v.regex(NUMERIC_TEMPERATURE_PATTERN),
        v.transform((text) => Number(text.trim())),
      ),
    ],
    'temperature-type',
  ),
  v.check((value) => Number.isFinite(value), 'temperature-not-finite'),
  v.minValue(TEMPERATURE_RANGE_C.min, 'temperature-range'),
  v.maxValue(TEMPERATURE_RANGE_C.max, 'temperature-range'),
);

const coordinate = (min: number, max: number, rangeCode: ProblemCode) =>
  v.pipe(
    v.number('coordinate-type'),
    v.check((value) => Number.isFinite(value), 'coordinate-type'),
    v.minValue(min, rangeCode),
    v.maxValue(max, rangeCode),
  );

export const ObservationRecordSchema = v.pipe(
  v.object(
    {
      stationId: StationId,
      name: v.nullish(Name),
      condition: ConditionWord,
      temperature: v.nullish(Temperature),
      lat: v.nullish(coordinate(KOREA_REGION.minLat, KOREA_REGION.maxLat, 'lat-range')),
      lon: v.nullish(coordinate(KOREA_REGION.minLon, KOREA_REGION.maxLon, 'lon-range')),
      // Optional measurements: read one by one by `readMeasurements`, so a bad
      // value is dropped on its own and never costs the record.
      observedAt: v.optional(v.unknown()),
      windDirection: v.optional(v.unknown()),
      windSpeed: v.optional(v.unknown()),
      humidity: v.optional(v.unknown()),
      precipitation1h: v.optional(v.unknown()),
    },
    'not-an-object',
  ),
  v.check((record) => (record.lat == null) === (record.lon == null), 'coordinates-incomplete'),
);
export type ObservationRecord = v.InferOutput<typeof ObservationRecordSchema>;

/** `2024-05-21`, or a full ISO 8601 time with its offset (`…T15:00:00+09:00`, `…Z`). */
export const OBSERVED_AT_PATTERN =
  /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/;

/** The envelope. Records are checked one by one afterwards, so one bad record never sinks the feed. */
export const ObservationFeedSchema = v.object(
  {
    observedAt: v.pipe(
      v.string('observed-at'),
      v.trim(),
      v.regex(OBSERVED_AT_PATTERN, 'observed-at'),
      v.check(isRealDate, 'observed-at'),
    ),
    source: v.nullish(
      v.pipe(v.string('source'), v.transform(stripInvisible), v.maxLength(60, 'source')),
    ),
    observations: v.array(v.unknown(), 'observations'),
    /** True only for made-up data: the page then says so on screen. */
    example: v.optional(v.boolean('example'), false),
  },
  'envelope',
);
