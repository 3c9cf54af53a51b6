/** The published history schema and the parser must tell the same story. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TEMPERATURE_RANGE_C } from '../../../src/domain/feed-schema';
import {
  HISTORY_CONDITION_MAX_LENGTH,
  HISTORY_MAX_HOURS,
  NUMERIC_COLUMNS,
  OPTIONAL_COLUMNS,
} from '../../../src/domain/history-schema';
import {
  HUMIDITY_RANGE,
  PRECIPITATION_1H_RANGE,
  STATION_TIME_PATTERN,
  WIND_DIRECTION_RANGE,
  WIND_SPEED_RANGE,
} from '../../../src/domain/measurement-schema';
import { STATION_ID_PATTERN } from '../../../src/domain/station-id';

interface Column {
  items: { type: string[]; minimum?: number; maximum?: number; maxLength?: number };
}
interface JsonSchema {
  required: string[];
  properties: {
    times: { maxItems: number; items: { pattern: string } };
    stations: { propertyNames: { pattern: string } };
    example: { type: string };
  };
  $defs: { station: { required: string[]; properties: Record<string, Column> } };
}

const schema = JSON.parse(
  readFileSync(
    new URL('../../../public/schemas/history-feed.schema.json', import.meta.url),
    'utf8',
  ),
) as JsonSchema;
const station = schema.$defs.station;

describe('the published history feed schema', () => {
  it('requires what the parser requires', () => {
    expect(schema.required.sort()).toEqual(['stations', 'times']);
    expect(station.required.sort()).toEqual(['condition', 'temperature']);
  });

  it('lists exactly the columns the parser reads', () => {
    expect(Object.keys(station.properties).sort()).toEqual(
      ['condition', ...OPTIONAL_COLUMNS, 'temperature'].sort(),
    );
    expect(Object.keys(NUMERIC_COLUMNS).sort()).toEqual(
      [...OPTIONAL_COLUMNS, 'temperature'].sort(),
    );
  });

  it('uses the parser’s patterns and limits', () => {
    expect(schema.properties.times.items.pattern).toBe(STATION_TIME_PATTERN.source);
    expect(schema.properties.times.maxItems).toBe(HISTORY_MAX_HOURS);
    expect(schema.properties.stations.propertyNames.pattern).toBe(STATION_ID_PATTERN.source);
    expect(station.properties.condition?.items.maxLength).toBe(HISTORY_CONDITION_MAX_LENGTH);
    expect(schema.properties.example.type).toBe('boolean');
  });

  it.each([
    ['temperature', TEMPERATURE_RANGE_C],
    ['windDirection', WIND_DIRECTION_RANGE],
    ['windSpeed', WIND_SPEED_RANGE],
    ['humidity', HUMIDITY_RANGE],
    ['precipitation1h', PRECIPITATION_1H_RANGE],
  ])('states the %s range the parser checks', (field, range) => {
    expect(station.properties[field]?.items).toMatchObject({
      type: ['number', 'null'],
      minimum: range.min,
      maximum: range.max,
    });
  });
});
