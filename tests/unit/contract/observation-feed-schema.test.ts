/**
 * The published JSON Schema and the validator the app really runs must tell
 * the same story. These checks fail when one changes without the other.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  KOREA_REGION,
  NUMERIC_TEMPERATURE_PATTERN,
  OBSERVED_AT_PATTERN,
  ObservationRecordSchema,
  TEMPERATURE_RANGE_C,
} from '../../../src/domain/feed-schema';
import { STATION_ID_PATTERN } from '../../../src/domain/station-id';
import {
  HUMIDITY_RANGE,
  PRECIPITATION_1H_RANGE,
  STATION_TIME_PATTERN,
  WIND_DIRECTION_RANGE,
  WIND_SPEED_RANGE,
} from '../../../src/domain/measurement-schema';
import { CONDITIONS } from '../../../src/domain/conditions';

interface JsonSchema {
  required: string[];
  properties: Record<string, { pattern?: string; type?: string }>;
  $defs: {
    observation: {
      required: string[];
      description?: string;
      properties: Record<
        string,
        Record<string, unknown> & { oneOf?: Record<string, unknown>[]; description?: string }
      >;
    };
  };
}

const schema = JSON.parse(
  readFileSync(
    new URL('../../../public/schemas/observation-feed.schema.json', import.meta.url),
    'utf8',
  ),
) as JsonSchema;
const record = schema.$defs.observation;

describe('the published observation feed schema', () => {
  it('lists exactly the record fields the validator reads', () => {
    const validatorFields = Object.keys(ObservationRecordSchema.pipe[0].entries).sort();
    expect(Object.keys(record.properties).sort()).toEqual(validatorFields);
    expect(record.required.sort()).toEqual(['condition', 'stationId']);
  });

  it('uses the validator’s own patterns', () => {
    expect(schema.properties.observedAt?.pattern).toBe(OBSERVED_AT_PATTERN.source);
    expect(record.properties.stationId?.pattern).toBe(STATION_ID_PATTERN.source);
    const stringTemperature = record.properties.temperature?.oneOf?.find(
      (option) => option.type === 'string',
    );
    expect(stringTemperature?.pattern).toBe(NUMERIC_TEMPERATURE_PATTERN.source);
  });

  it('states the validator’s ranges', () => {
    const numeric = record.properties.temperature?.oneOf?.find(
      (option) => option.type === 'number',
    );
    expect(numeric).toMatchObject({
      minimum: TEMPERATURE_RANGE_C.min,
      maximum: TEMPERATURE_RANGE_C.max,
    });
    expect(record.properties.lat).toMatchObject({
      minimum: KOREA_REGION.minLat,
      maximum: KOREA_REGION.maxLat,
    });
    expect(record.properties.lon).toMatchObject({
      minimum: KOREA_REGION.minLon,
      maximum: KOREA_REGION.maxLon,
    });
  });

  it('states the optional measurements with the validator’s ranges and time pattern', () => {
    expect(record.properties.observedAt?.pattern).toBe(STATION_TIME_PATTERN.source);
    for (const [field, range] of [
      ['windDirection', WIND_DIRECTION_RANGE],
      ['windSpeed', WIND_SPEED_RANGE],
      ['humidity', HUMIDITY_RANGE],
      ['precipitation1h', PRECIPITATION_1H_RANGE],
    ] as const) {
      expect(record.properties[field]).toMatchObject({
        type: ['number', 'null'],
        minimum: range.min,
        maximum: range.max,
      });
    }
  });

  it('publishes the example flag as a boolean', () => {
    expect(schema.properties.example?.type).toBe('boolean');
  });

  it('names every Korean word and code of the condition table', () => {
    const description = record.properties.condition?.description ?? '';
    for (const condition of CONDITIONS) {
      expect(description).toContain(condition.code);
      if (condition.code !== 'not-observed') expect(description).toContain(condition.ko);
    }
  });
});
