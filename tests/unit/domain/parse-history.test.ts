import { describe, expect, it } from 'vitest';
import {
  HistoryContractError,
  parseHistory,
  parseHistoryInChunks,
} from '../../../src/domain/parse-history';
import { aHistory, aStationColumns, THREE_HOURS } from '../support/history';

function contractField(payload: unknown): string {
  try {
    parseHistory(payload);
  } catch (error) {
    if (error instanceof HistoryContractError) return error.field;
    throw error;
  }
  throw new Error('expected a HistoryContractError');
}

describe('parseHistory: the envelope', () => {
  it('reads times, source and a station’s columns, classifying sky words with the condition table', () => {
    const history = parseHistory(aHistory());
    expect(history.times).toEqual(THREE_HOURS);
    expect(history.source).toBe('기상청');
    expect(history.example).toBe(false);
    const seoul = history.stations.get('108');
    expect(seoul?.condition.map((condition) => condition?.key)).toEqual([
      'clear',
      'mostly-cloudy',
      'rain',
    ]);
    expect(seoul?.temperature).toEqual([20.1, 21.5, 19.0]);
    expect(seoul?.windSpeed).toBeNull();
    expect(history.rejected).toEqual([]);
    expect(history.droppedValues).toEqual([]);
  });

  it('reads null as not observed and keeps optional columns', () => {
    const history = parseHistory(
      aHistory({
        '108': aStationColumns({
          condition: ['맑음', null, '흐림'],
          temperature: [null, 21, 19],
          windDirection: [0, 360, null],
          windSpeed: [0, 2.5, null],
          humidity: [40, null, 100],
          precipitation1h: [0, 0, 3.5],
        }),
      }),
    );
    const seoul = history.stations.get('108')!;
    expect(seoul.condition[1]).toBeNull();
    expect(seoul.temperature).toEqual([null, 21, 19]);
    expect(seoul.windDirection).toEqual([0, 360, null]);
    expect(seoul.precipitation1h).toEqual([0, 0, 3.5]);
    expect(history.droppedValues).toEqual([]);
  });

  it('reads the example flag', () => {
    expect(parseHistory(aHistory(undefined, { example: true })).example).toBe(true);
  });

  it('accepts an empty history', () => {
    const history = parseHistory({ times: [], stations: {} });
    expect(history.times).toEqual([]);
    expect(history.stations.size).toBe(0);
  });

  it.each([
    ['an array', [], 'envelope'],
    ['null', null, 'envelope'],
    ['no times', { stations: {} }, 'times'],
    ['no stations', { times: [] }, 'stations'],
    ['times out of order', aHistory({}, { times: [THREE_HOURS[1], THREE_HOURS[0]] }), 'times'],
    ['a repeated hour', aHistory({}, { times: [THREE_HOURS[0], THREE_HOURS[0]] }), 'times'],
    [
      'the same hour in two offsets',
      aHistory({}, { times: ['2024-05-21T04:00:00Z', THREE_HOURS[0]] }),
      'times',
    ],
    ['a time without offset', aHistory({}, { times: ['2024-05-21T13:00:00'] }), 'times'],
    ['a date alone', aHistory({}, { times: ['2024-05-21'] }), 'times'],
    ['an impossible date', aHistory({}, { times: ['2024-02-30T13:00:00+09:00'] }), 'times'],
    [
      'more than 48 hours',
      aHistory(
        {},
        {
          times: Array.from({ length: 49 }, (_, hour) =>
            new Date(Date.UTC(2024, 4, 19) + hour * 3_600_000).toISOString(),
          ),
        },
      ),
      'times',
    ],
    ['an example flag that is not a boolean', aHistory({}, { example: 'yes' }), 'example'],
  ])('rejects the whole file for %s, naming the field', (_label, payload, field) => {
    expect(contractField(payload)).toBe(field);
  });
});

describe('parseHistory: stations left out, values dropped', () => {
  it.each([
    ['a short column', { temperature: [20, 21] }, 'column-misaligned', 'temperature'],
    ['a long optional column', { humidity: [1, 2, 3, 4] }, 'column-misaligned', 'humidity'],
    ['a column that is not an array', { windSpeed: 3 }, 'column-misaligned', 'windSpeed'],
    ['no condition column', { condition: undefined }, 'column-missing', 'condition'],
    ['no temperature column', { temperature: null }, 'column-missing', 'temperature'],
  ])('leaves out a station with %s and says which', (_label, overrides, problem, field) => {
    const history = parseHistory(
      aHistory({ '108': aStationColumns(overrides), '159': aStationColumns() }),
    );
    expect([...history.stations.keys()]).toEqual(['159']);
    expect(history.rejected).toEqual([{ stationId: '108', problem, field }]);
  });

  it('leaves out stations with a bad id or that are not objects', () => {
    const history = parseHistory(aHistory({ 'no spaces!': aStationColumns(), '159': [1, 2, 3] }));
    expect(history.stations.size).toBe(0);
    expect(history.rejected).toEqual(
      expect.arrayContaining([
        { stationId: 'no spaces!', problem: 'station-id-format', field: null },
        { stationId: '159', problem: 'not-an-object', field: null },
      ]),
    );
  });

  it('reads an out-of-range or wrong-typed hour as not observed, reporting it, and keeps the station', () => {
    const history = parseHistory(
      aHistory({
        '108': aStationColumns({
          condition: ['맑음', '', 7],
          temperature: [20, 99, '21'],
          humidity: [-9, 50, 101],
          precipitation1h: [-9, 0, 0.5],
        }),
      }),
    );
    const seoul = history.stations.get('108')!;
    expect(seoul.condition.map((condition) => condition?.key ?? null)).toEqual([
      'clear',
      null,
      null,
    ]);
    expect(seoul.temperature).toEqual([20, null, null]);
    expect(seoul.humidity).toEqual([null, 50, null]);
    expect(seoul.precipitation1h).toEqual([null, 0, 0.5]);
    expect(history.droppedValues).toEqual([
      { stationId: '108', field: 'condition', hourIndex: 1, problem: 'condition-invalid' },
      { stationId: '108', field: 'condition', hourIndex: 2, problem: 'condition-invalid' },
      { stationId: '108', field: 'temperature', hourIndex: 1, problem: 'temperature-invalid' },
      { stationId: '108', field: 'temperature', hourIndex: 2, problem: 'temperature-invalid' },
      { stationId: '108', field: 'humidity', hourIndex: 0, problem: 'humidity-invalid' },
      { stationId: '108', field: 'humidity', hourIndex: 2, problem: 'humidity-invalid' },
      {
        stationId: '108',
        field: 'precipitation1h',
        hourIndex: 0,
        problem: 'precipitation-invalid',
      },
    ]);
  });

  it('gives the same result in chunks as in one go', async () => {
    const stations = Object.fromEntries(
      Array.from({ length: 25 }, (_, index) => [
        String(100 + index),
        index === 7 ? aStationColumns({ temperature: [1] }) : aStationColumns(),
      ]),
    );
    const whole = parseHistory(aHistory(stations));
    const chunked = await parseHistoryInChunks(aHistory(stations), { chunkSize: 4 });
    expect(chunked).toEqual(whole);
    expect(chunked.stations.size).toBe(24);
  });
});
