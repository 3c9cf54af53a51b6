import { describe, expect, it } from 'vitest';
import { buildFeed } from '../../../src/ingest/build-feed';
import { checkFeed } from '../../../src/ingest/check-feed';
import { IngestError } from '../../../src/ingest/ingest-error';
import { selectLatestPerStation } from '../../../src/ingest/latest-per-station';
import { serializeFeed } from '../../../src/ingest/serialize-feed';
import type { SourceReading } from '../../../src/ingest/source-reading';

const AT = '2025-01-15T06:00:00+09:00';
const reading = (stationId: string, overrides: Partial<SourceReading> = {}): SourceReading => ({
  stationId,
  observedAt: AT,
  name: null,
  temperature: 1.5,
  sky: { kind: 'measured', presentWeather: null, cloudTenths: 4 },
  ...overrides,
});

describe('one time per feed', () => {
  it('keeps each station’s newest reading with its own time, and reports the rest', () => {
    const selection = selectLatestPerStation([
      reading('108', { observedAt: '2025-01-15T05:00:00+09:00' }),
      reading('108'),
      reading('90'),
      reading('90', { temperature: 9 }),
      reading('95', { observedAt: '2025-01-15T03:00:00+09:00' }),
      reading('95', { observedAt: '2025-01-15T02:00:00+09:00' }),
    ]);
    expect(selection.observedAt).toBe(AT);
    expect(
      selection.readings.map((kept) => [kept.stationId, kept.temperature, kept.observedAt]),
    ).toEqual([
      ['108', 1.5, AT],
      ['90', 1.5, AT],
      // A station that stopped reporting stays, at its own (older) time: the page marks it late.
      ['95', 1.5, '2025-01-15T03:00:00+09:00'],
    ]);
    expect(selection.skipped).toEqual([
      {
        subject: 'station 108',
        reason: 'older than the station’s newest',
        detail: '2025-01-15T05:00:00+09:00',
      },
      { subject: 'station 90', reason: 'repeated in the source' },
      {
        subject: 'station 95',
        reason: 'older than the station’s newest',
        detail: '2025-01-15T02:00:00+09:00',
      },
    ]);
  });

  it('writes a station’s own time only when it differs from the feed’s, and only observed values', () => {
    const built = buildFeed(
      [
        reading('108', {
          weather: { windDirection: 270, windSpeed: 2.1, humidity: null, precipitation1h: 0 },
        }),
        reading('90', { observedAt: '2025-01-15T03:00:00+09:00' }),
      ],
      AT,
      4,
    );
    const [seoul, sokcho] = built.feed.observations;
    expect(seoul).not.toHaveProperty('observedAt');
    expect(seoul).toMatchObject({ windDirection: 270, windSpeed: 2.1, precipitation1h: 0 });
    expect(seoul).not.toHaveProperty('humidity');
    expect(sokcho).toMatchObject({ observedAt: '2025-01-15T03:00:00+09:00' });
    expect(sokcho).not.toHaveProperty('windSpeed');
  });

  it('has no time without readings', () => {
    expect(selectLatestPerStation([])).toEqual({ observedAt: null, readings: [], skipped: [] });
  });
});

describe('the feed document', () => {
  it('joins names and coordinates from the catalog, the source name winning', () => {
    const { feed, warnings } = buildFeed(
      [reading('108'), reading('90', { name: '속초시' })],
      AT,
      4,
    );
    expect(feed).toEqual({
      observedAt: AT,
      source: '기상청',
      observations: [
        {
          stationId: '108',
          name: '서울',
          condition: '구름조금',
          temperature: 1.5,
          lat: expect.any(Number),
          lon: expect.any(Number),
        },
        {
          stationId: '90',
          name: '속초시',
          condition: '구름조금',
          temperature: 1.5,
          lat: expect.any(Number),
          lon: expect.any(Number),
        },
      ],
    });
    expect(warnings).toEqual([]);
  });

  it('keeps a station the catalog does not know, with a warning', () => {
    const { feed, warnings } = buildFeed(
      [reading('116', { name: '관악산', temperature: null })],
      AT,
      4,
    );
    expect(feed.observations).toEqual([
      { stationId: '116', name: '관악산', condition: '구름조금' },
    ]);
    expect(warnings).toEqual([
      'station 116 is not in the station catalog; kept without coordinates',
    ]);
  });

  it('uses the 3-class table when asked', () => {
    expect(buildFeed([reading('108')], AT, 3).feed.observations[0]?.condition).toBe('맑음');
  });

  it('counts what each sky word rests on', () => {
    const { skyBasis } = buildFeed(
      [
        reading('90', { sky: { kind: 'measured', presentWeather: 61, cloudTenths: 3 } }),
        reading('95'),
        reading('98', { sky: { kind: 'measured', presentWeather: null, cloudTenths: null } }),
        reading('99', { sky: { kind: 'word', word: '맑음' } }),
      ],
      AT,
      4,
    );
    expect(skyBasis).toEqual({
      'feed-word': 1,
      'present-weather': 1,
      'cloud-amount': 1,
      'not-observed': 1,
    });
  });
});

describe('checking the feed with the dashboard parser', () => {
  it('passes a good feed, and the text is that feed', () => {
    const { feed } = buildFeed([reading('108'), reading('116')], AT, 4);
    const parsed = checkFeed(feed);
    expect(parsed.observations).toHaveLength(2);
    expect(parsed.unplacedCount).toBe(1);
    expect(JSON.parse(serializeFeed(feed))).toEqual(feed);
  });

  it('fails when the dashboard would drop a record', () => {
    const feed = {
      observedAt: AT,
      source: '기상청',
      observations: [{ stationId: '108', condition: '맑음', temperature: 99 }],
    };
    expect(() => checkFeed(feed)).toThrow(IngestError);
    expect(() => checkFeed(feed)).toThrow(
      'the feed would lose 1 record(s) in the dashboard: station 108: temperature-range (temperature); nothing was written.',
    );
  });

  it('fails when the dashboard would drop a value, even though the record stays', () => {
    const feed = {
      observedAt: AT,
      source: '기상청',
      observations: [{ stationId: '108', condition: '맑음', humidity: 140 }],
    };
    expect(() => checkFeed(feed)).toThrow(
      'the feed would lose 1 value(s) in the dashboard: station 108: humidity-invalid; nothing was written.',
    );
  });

  it('writes "example": true into the file only for example data', () => {
    const { feed } = buildFeed([reading('108')], AT, 4);
    expect(serializeFeed(feed)).not.toContain('"example"');
    expect(JSON.parse(serializeFeed({ ...feed, example: true }))).toMatchObject({ example: true });
  });

  it('fails when the envelope is wrong', () => {
    expect(() => checkFeed({ observedAt: 'today', source: '기상청', observations: [] })).toThrow(
      'the feed fails the contract at "observedAt"; nothing was written.',
    );
  });

  it('writes one observation per line', () => {
    const text = serializeFeed(buildFeed([reading('108'), reading('90')], AT, 4).feed);
    expect(text.split('\n').filter((line) => line.startsWith('    {"stationId"'))).toHaveLength(2);
    expect(serializeFeed({ observedAt: AT, source: '기상청', observations: [] })).toContain(
      '"observations": []',
    );
  });
});
