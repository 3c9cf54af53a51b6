import { describe, expect, it } from 'vitest';
import { parseObservationFeed } from '../../../src/domain/parse-feed';
import { aFeed, aRecord } from '../support/observations';

const parseOne = (record: Record<string, unknown>) =>
  parseObservationFeed(aFeed([aRecord(record)]));

describe('parseObservationFeed: the optional measurements', () => {
  it('reads a station’s own time, wind, humidity and last-hour rain', () => {
    const feed = parseOne({
      observedAt: '2024-05-21T14:00:00+09:00',
      windDirection: 270,
      windSpeed: 3.4,
      humidity: 55,
      precipitation1h: 0.5,
    });
    expect(feed.observations[0]).toMatchObject({
      observedAt: '2024-05-21T14:00:00+09:00',
      windDirection: 270,
      windSpeed: 3.4,
      humidity: 55,
      precipitation1h: 0.5,
    });
    expect(feed.droppedValues).toEqual([]);
  });

  it('keeps 0 as a value: no rain, calm, the north wind', () => {
    const [observation] = parseOne({
      precipitation1h: 0,
      windSpeed: 0,
      windDirection: 0,
    }).observations;
    expect(observation).toMatchObject({ precipitation1h: 0, windSpeed: 0, windDirection: 0 });
  });

  it('reads absent and null as not observed, without a notice', () => {
    const feed = parseOne({ humidity: null });
    expect(feed.observations[0]).toMatchObject({
      observedAt: null,
      windDirection: null,
      windSpeed: null,
      humidity: null,
      precipitation1h: null,
    });
    expect(feed.droppedValues).toEqual([]);
  });

  it.each([
    ['windDirection', 361, 'wind-direction-invalid'],
    ['windDirection', -1, 'wind-direction-invalid'],
    ['windDirection', '270', 'wind-direction-invalid'],
    ['windSpeed', -0.1, 'wind-speed-invalid'],
    ['windSpeed', 99.9, 'wind-speed-invalid'],
    ['humidity', 101, 'humidity-invalid'],
    ['humidity', -9, 'humidity-invalid'],
    ['precipitation1h', -9, 'precipitation-invalid'],
    ['precipitation1h', 'trace', 'precipitation-invalid'],
    ['observedAt', '2024-05-21', 'observed-at-invalid'],
    ['observedAt', '2024-05-21T14:00:00', 'observed-at-invalid'],
    ['observedAt', '2024-02-30T14:00:00+09:00', 'observed-at-invalid'],
    ['observedAt', 1716267600, 'observed-at-invalid'],
  ])('drops %s = %j on its own and keeps the record', (field, value, problem) => {
    const feed = parseOne({
      stationId: '90',
      [field]: value,
      humidity: field === 'humidity' ? value : 60,
    });
    expect(feed.rejected).toEqual([]);
    expect(feed.observations).toHaveLength(1);
    expect(feed.observations[0]).toMatchObject({ [field]: null, condition: { key: 'clear' } });
    if (field !== 'humidity') expect(feed.observations[0]?.humidity).toBe(60);
    expect(feed.droppedValues).toEqual([{ index: 0, stationId: '90', field, problem }]);
  });

  it('reports every bad value of a record, in field order', () => {
    const feed = parseOne({ stationId: '90', windSpeed: -1, humidity: 200 });
    expect(feed.droppedValues.map((drop) => drop.field)).toEqual(['windSpeed', 'humidity']);
  });

  it('keeps today’s feeds as they were: no new fields, nothing dropped, not an example', () => {
    const feed = parseObservationFeed(
      aFeed([{ stationId: '108', condition: '맑음', temperature: 20 }]),
    );
    expect(feed.example).toBe(false);
    expect(feed.droppedValues).toEqual([]);
    expect(feed.observations[0]?.observedAt).toBeNull();
  });

  it('reads the example flag, and only a boolean', () => {
    expect(parseObservationFeed(aFeed([], { example: true })).example).toBe(true);
    expect(() => parseObservationFeed(aFeed([], { example: 'yes' }))).toThrow(/example/);
  });
});
