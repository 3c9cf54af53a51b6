import { describe, expect, it } from 'vitest';
import { FeedContractError, parseObservationFeed } from '../../../src/domain/parse-feed';
import { aFeed, aRecord } from '../support/observations';

const parseRecords = (records: readonly unknown[]) => parseObservationFeed(aFeed(records));

/** Parse one record and return the single problem it caused (or fail the test). */
function problemOf(record: unknown) {
  const feed = parseRecords([record]);
  expect(feed.observations).toHaveLength(0);
  expect(feed.rejected).toHaveLength(1);
  return feed.rejected[0]!;
}

describe('parseObservationFeed: the envelope', () => {
  it('keeps observedAt and source exactly as given', () => {
    const feed = parseObservationFeed(
      aFeed([], { observedAt: '2024-05-21T15:00:00+09:00', source: '기상청' }),
    );
    expect(feed.observedAt).toBe('2024-05-21T15:00:00+09:00');
    expect(feed.source).toBe('기상청');
    expect(feed.observations).toEqual([]);
    expect(feed.rejected).toEqual([]);
  });

  it('marks the bundled sample only for "sample": true', () => {
    expect(parseObservationFeed(aFeed([], { sample: true })).sample).toBe(true);
    expect(parseObservationFeed(aFeed([])).sample).toBe(false);
    for (const sample of [false, 'true', 1, null]) {
      expect(parseObservationFeed(aFeed([], { sample })).sample).toBe(false);
    }
  });

  it('accepts a date alone, a Z time and fractional seconds', () => {
    for (const observedAt of ['2024-05-21', '2024-05-21T06:00Z', '2024-05-21T06:00:00.5+09:00']) {
      expect(parseObservationFeed(aFeed([], { observedAt })).observedAt).toBe(observedAt);
    }
  });

  it('treats a missing or empty source as no source', () => {
    expect(parseObservationFeed({ observedAt: '2024-05-21', observations: [] }).source).toBeNull();
    expect(parseObservationFeed(aFeed([], { source: '' })).source).toBeNull();
  });

  it.each([
    ['an array', []],
    ['an array of records', [aRecord()]],
    ['a number', 97],
    ['null', null],
    ['a string', '{"observedAt":"2024-05-21"}'],
    ['undefined', undefined],
  ])('throws FeedContractError for %s', (_label, payload) => {
    expect(() => parseObservationFeed(payload)).toThrow(FeedContractError);
  });

  it('names observedAt when it is missing', () => {
    const error = catchContractError({ observations: [] });
    expect(error.field).toBe('observedAt');
  });

  it.each([
    'yesterday',
    '21/05/2024',
    '2024-13-01',
    '2024-05-21T15:00:00', // a time without its offset is ambiguous
    '2024-05-21T25:00+09:00',
    '',
  ])('names observedAt when it is %j', (observedAt) => {
    expect(catchContractError(aFeed([], { observedAt })).field).toBe('observedAt');
  });

  it('rejects an observedAt that is not a string', () => {
    expect(catchContractError(aFeed([], { observedAt: 20240521 })).field).toBe('observedAt');
  });

  it('names observations when the list is missing or not a list', () => {
    expect(catchContractError({ observedAt: '2024-05-21' }).field).toBe('observations');
    expect(catchContractError({ observedAt: '2024-05-21', observations: {} }).field).toBe(
      'observations',
    );
  });
});

function catchContractError(payload: unknown): FeedContractError {
  try {
    parseObservationFeed(payload);
  } catch (error) {
    expect(error).toBeInstanceOf(FeedContractError);
    return error as FeedContractError;
  }
  throw new Error('expected a FeedContractError');
}

describe('parseObservationFeed: bad records are skipped and reported, the rest survive', () => {
  it('reports each bad record with its index, station number and problem', () => {
    const feed = parseRecords([
      aRecord({ stationId: '90' }),
      aRecord({ stationId: '95', temperature: '15.0℃' }),
      42,
      aRecord({ stationId: '98', lat: 45, lon: 127 }),
      aRecord({ stationId: '99' }),
    ]);

    expect(feed.observations.map((o) => o.stationId)).toEqual(['90', '99']);
    expect(feed.rejected).toEqual([
      expect.objectContaining({ index: 1, stationId: '95', problem: 'temperature-type' }),
      expect.objectContaining({ index: 2, stationId: null, problem: 'not-an-object' }),
      expect.objectContaining({ index: 3, stationId: '98', problem: 'lat-range' }),
    ]);
  });

  it('keeps the feed index of accepted records (their place in the feed, not in the result)', () => {
    const feed = parseRecords([null, aRecord({ stationId: '90' }), aRecord({ stationId: '95' })]);
    expect(feed.observations.map((o) => o.feedIndex)).toEqual([1, 2]);
  });

  it.each([null, 'x', 7, true])('rejects a record that is %j as not-an-object', (record) => {
    expect(problemOf(record)).toMatchObject({
      index: 0,
      stationId: null,
      problem: 'not-an-object',
    });
  });

  it('keeps the first record of a duplicated station and reports the later ones', () => {
    const feed = parseRecords([
      aRecord({ stationId: '90', temperature: 15 }),
      aRecord({ stationId: '95' }),
      aRecord({ stationId: '90', temperature: 30 }),
      aRecord({ stationId: 90, temperature: 31 }),
    ]);
    expect(feed.observations.map((o) => [o.stationId, o.temperature])).toEqual([
      ['90', 15],
      ['95', 15],
    ]);
    expect(feed.rejected).toEqual([
      expect.objectContaining({ index: 2, stationId: '90', problem: 'duplicate-station' }),
      expect.objectContaining({ index: 3, stationId: '90', problem: 'duplicate-station' }),
    ]);
  });

  it('does not let a rejected record claim its station number', () => {
    const feed = parseRecords([
      aRecord({ stationId: '90', temperature: 'hot' }),
      aRecord({ stationId: '90', temperature: 14 }),
    ]);
    expect(feed.observations).toHaveLength(1);
    expect(feed.observations[0]!.temperature).toBe(14);
    expect(feed.rejected.map((r) => r.problem)).toEqual(['temperature-type']);
  });
});

describe('parseObservationFeed: station numbers', () => {
  it('accepts an integer station number and a padded string, as text', () => {
    const feed = parseRecords([aRecord({ stationId: 90 }), aRecord({ stationId: ' 95 ' })]);
    expect(feed.observations.map((o) => o.stationId)).toEqual(['90', '95']);
  });

  it.each(['a b', '', '9'.repeat(17), '90;drop', '<b>'])(
    'rejects the station number %j',
    (stationId) => {
      expect(problemOf(aRecord({ stationId })).problem).toBe('station-id-format');
    },
  );

  it('rejects a fractional numeric station number', () => {
    expect(problemOf(aRecord({ stationId: 90.5 })).problem).toBe('station-id-missing');
  });
});

describe('parseObservationFeed: the station catalog fills the gaps', () => {
  it('takes name and position from the catalog when the record has neither', () => {
    const feed = parseRecords([{ stationId: '93', condition: '맑음', temperature: 19.2 }]);
    // 북춘천 (93): KMA station metadata valid on 2024-05-21.
    expect(feed.observations[0]).toMatchObject({
      stationId: '93',
      nameKo: '북춘천',
      nameEn: 'Bukchuncheon',
      province: '강원특별자치도',
      position: { lat: 37.9474, lon: 127.7544 },
    });
    expect(feed.unplacedCount).toBe(0);
  });

  it('prefers the name and position the feed gives over the catalog', () => {
    const feed = parseRecords([
      aRecord({ stationId: '90', name: '속초시', lat: 38.2, lon: 128.6 }),
    ]);
    expect(feed.observations[0]).toMatchObject({
      nameKo: '속초시',
      nameEn: 'Sokcho',
      position: { lat: 38.2, lon: 128.6 },
    });
  });

  it('lists an unknown station without coordinates with no position, and counts it', () => {
    const feed = parseRecords([
      { stationId: '99999', name: '신설', condition: '맑음' },
      { stationId: 'X1', condition: '흐림' },
      aRecord({ stationId: '90' }),
    ]);
    expect(feed.observations.map((o) => o.position)).toEqual([
      null,
      null,
      { lat: 38.2509, lon: 128.5647 },
    ]);
    expect(feed.unplacedCount).toBe(2);
    expect(feed.observations[0]).toMatchObject({ nameKo: '신설', nameEn: null, province: null });
    // With neither a name nor a catalog entry, the station number is the only name there is.
    expect(feed.observations[1]!.nameKo).toBe('X1');
  });

  it('places an unknown station that brings its own coordinates', () => {
    const feed = parseRecords([
      { stationId: '99999', name: '신설', condition: '맑음', lat: 36, lon: 128 },
    ]);
    expect(feed.observations[0]!.position).toEqual({ lat: 36, lon: 128 });
    expect(feed.unplacedCount).toBe(0);
  });
});

describe('parseObservationFeed: temperature', () => {
  const temperatureOf = (temperature: unknown) =>
    parseRecords([aRecord({ temperature })]).observations[0]?.temperature;

  it.each([
    [15, 15],
    [0, 0],
    [-0.5, -0.5],
    ['15.0', 15],
    [' -3.5 ', -3.5],
    ['21', 21],
    [60, 60],
    [-60, -60],
  ])('accepts %j as %j °C', (input, expected) => {
    expect(temperatureOf(input)).toBe(expected);
  });

  it('reads null and a missing temperature as not reported (null, never 0)', () => {
    expect(temperatureOf(null)).toBeNull();
    const feed = parseRecords([{ stationId: '172', condition: '구름조금' }]);
    expect(feed.observations[0]!.temperature).toBeNull();
    expect(feed.rejected).toEqual([]);
  });

  it.each(['15.0℃', '', ' ', '15,0', 'NaN', '1e1', true, [15], { value: 15 }])(
    'rejects %j as not a number',
    (temperature) => {
      expect(problemOf(aRecord({ temperature }))).toMatchObject({
        problem: 'temperature-type',
        field: 'temperature',
      });
    },
  );

  it.each([60.1, -60.1, 100, '61', -273])('rejects %j as out of range', (temperature) => {
    expect(problemOf(aRecord({ temperature })).problem).toBe('temperature-range');
  });

  it('rejects NaN and infinities', () => {
    expect(problemOf(aRecord({ temperature: NaN })).field).toBe('temperature');
    expect(problemOf(aRecord({ temperature: Infinity })).problem).toBe('temperature-not-finite');
    expect(problemOf(aRecord({ temperature: -Infinity })).problem).toBe('temperature-not-finite');
  });
});

describe('parseObservationFeed: coordinates', () => {
  it.each([
    [{ lat: 40.1, lon: 127 }, 'lat-range'], // north of the DMZ region
    [{ lat: 31.9, lon: 127 }, 'lat-range'],
    [{ lat: 35.7, lon: 139.7 }, 'lon-range'], // Tokyo
    [{ lat: 37.5, lon: 123.9 }, 'lon-range'],
    [{ lat: -37.5, lon: -127 }, 'lat-range'], // signs flipped
    [{ lat: 127, lon: 37.5 }, 'lat-range'], // swapped
  ])('rejects a position outside Korea %j', (position, problem) => {
    expect(problemOf(aRecord(position)).problem).toBe(problem);
  });

  it('accepts the far islands: Baengnyeongdo, Ulleungdo, Dokdo, Marado', () => {
    const feed = parseRecords([
      aRecord({ stationId: 'A', lat: 37.974, lon: 124.7124 }),
      aRecord({ stationId: 'B', lat: 37.4813, lon: 130.8986 }),
      aRecord({ stationId: 'C', lat: 37.2426, lon: 131.8669 }),
      aRecord({ stationId: 'D', lat: 33.1186, lon: 126.2669 }),
    ]);
    expect(feed.rejected).toEqual([]);
  });

  it('rejects half a position and non-numeric coordinates', () => {
    expect(problemOf(aRecord({ lat: 37.5 })).problem).toBe('coordinates-incomplete');
    expect(problemOf(aRecord({ lon: 127 })).problem).toBe('coordinates-incomplete');
    expect(problemOf(aRecord({ lat: '37.5', lon: 127 })).problem).toBe('coordinate-type');
    expect(problemOf(aRecord({ lat: 37.5, lon: Infinity })).problem).toBe('coordinate-type');
  });
});

describe('parseObservationFeed: names and condition words', () => {
  it('strips invisible and bidi-control characters from names', () => {
    const feed = parseRecords([
      aRecord({ stationId: '90', name: '\u202E속\u200B초\u2066' }),
      aRecord({ stationId: '95', name: ' 철원\uFEFF ' }),
    ]);
    expect(feed.observations.map((o) => o.nameKo)).toEqual(['속초', '철원']);
  });

  it('falls back to the catalog name when a name is only invisible characters', () => {
    const feed = parseRecords([aRecord({ stationId: '90', name: '\u200B\u200E' })]);
    expect(feed.observations[0]!.nameKo).toBe('속초');
  });

  it('rejects names that are not text or are too long', () => {
    expect(problemOf(aRecord({ name: 5 })).problem).toBe('name-type');
    expect(problemOf(aRecord({ name: '가'.repeat(61) })).problem).toBe('name-too-long');
  });

  it('classifies condition words, including one hidden behind invisible characters', () => {
    const feed = parseRecords([
      aRecord({ stationId: '90', condition: '맑\u200B음' }),
      aRecord({ stationId: '95', condition: 'partly-cloudy' }),
    ]);
    expect(feed.observations.map((o) => o.condition)).toEqual([
      { key: 'clear', raw: '맑음' },
      { key: 'partly-cloudy', raw: 'partly-cloudy' },
    ]);
  });

  it('keeps an unknown condition word as written, under other', () => {
    const feed = parseRecords([aRecord({ condition: '햇무리' })]);
    expect(feed.observations[0]!.condition).toEqual({ key: 'other', raw: '햇무리' });
    expect(feed.rejected).toEqual([]);
  });

  it('rejects empty and over-long condition words', () => {
    expect(problemOf(aRecord({ condition: '' })).problem).toBe('condition-missing');
    expect(problemOf(aRecord({ condition: '\u200B ' })).problem).toBe('condition-missing');
    expect(problemOf(aRecord({ condition: '맑'.repeat(41) })).problem).toBe('condition-too-long');
  });
});

describe('regressions', () => {
  it('rejects calendar dates that do not exist', () => {
    expect(() => parseObservationFeed({ observedAt: '2024-02-30', observations: [] })).toThrow(
      FeedContractError,
    );
    expect(parseObservationFeed({ observedAt: '2024-02-29', observations: [] }).observedAt).toBe(
      '2024-02-29',
    );
  });

  it('names the missing field rather than calling the record a non-object', () => {
    expect(problemOf({ condition: '맑음' }).problem).toBe('station-id-missing');
    expect(problemOf({ stationId: '90' }).problem).toBe('condition-missing');
  });
});
