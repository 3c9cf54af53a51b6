import { describe, expect, it } from 'vitest';
import { IngestError } from '../../../src/ingest/ingest-error';
import { parseAsosHourlyJson } from '../../../src/ingest/parse-asos-hourly-json';
import { bytes, fixture } from './fixtures';

const failure = (input: Uint8Array) => {
  try {
    parseAsosHourlyJson(input);
  } catch (error) {
    expect(error).toBeInstanceOf(IngestError);
    return (error as Error).message;
  }
  throw new Error('expected the parse to fail');
};

const envelope = (
  items: unknown,
  header: unknown = { resultCode: '00', resultMsg: 'NORMAL_SERVICE' },
) => bytes(JSON.stringify({ response: { header, body: { items, totalCount: 1 } } }));

describe('asos-hourly-json: readings', () => {
  it('reads every hour, numbers given as strings', () => {
    const parsed = parseAsosHourlyJson(fixture('asos-hourly.json'));
    expect(parsed.recordCount).toBe(3);
    expect(
      parsed.readings.map((reading) => [reading.observedAt, reading.temperature, reading.sky]),
    ).toEqual([
      [
        '2024-05-21T13:00:00+09:00',
        20.8,
        { kind: 'measured', presentWeather: null, cloudTenths: 6 },
      ],
      [
        '2024-05-21T14:00:00+09:00',
        21.5,
        { kind: 'measured', presentWeather: null, cloudTenths: 5 },
      ],
      [
        '2024-05-21T15:00:00+09:00',
        21.9,
        { kind: 'measured', presentWeather: null, cloudTenths: 4 },
      ],
    ]);
    expect(parsed.readings[0]).toMatchObject({ stationId: '108', name: '서울' });
  });

  it('takes a single item given as an object; "" values are missing', () => {
    const parsed = parseAsosHourlyJson(fixture('asos-hourly-single-item.json'));
    expect(parsed.readings).toEqual([
      {
        stationId: '112',
        observedAt: '2024-05-21T15:00:00+09:00',
        name: '인천',
        temperature: null,
        sky: { kind: 'measured', presentWeather: null, cloudTenths: null },
        weather: { windDirection: null, windSpeed: null, humidity: null, precipitation1h: null },
      },
    ]);
  });

  it('treats items "" as no records', () => {
    expect(parseAsosHourlyJson(fixture('asos-hourly-empty.json')).readings).toEqual([]);
  });

  it('accepts numbers given as numbers too', () => {
    const parsed = parseAsosHourlyJson(
      envelope({ item: { tm: '2024-05-21 15:00', stnId: 108, ta: 3.5, dc10Tca: 10 } }),
    );
    expect(parsed.readings[0]).toMatchObject({ stationId: '108', temperature: 3.5, name: null });
  });

  it('skips items without a station number or time, and says why', () => {
    const parsed = parseAsosHourlyJson(
      envelope({
        item: ['x', { tm: '2024-05-21 15:00', stnId: '' }, { tm: 'yesterday', stnId: '108' }],
      }),
    );
    expect(parsed.skipped).toEqual([
      { subject: 'item 1', reason: 'not an object' },
      { subject: 'item 2', reason: 'no valid station number', detail: 'stnId missing' },
      { subject: 'item 3', reason: 'no valid observation time', detail: 'yesterday' },
    ]);
  });

  it('warns when the page holds fewer items than the total', () => {
    const payload = {
      response: { header: { resultCode: '00' }, body: { items: '', totalCount: '40' } },
    };
    expect(parseAsosHourlyJson(bytes(JSON.stringify(payload))).warnings).toEqual([
      'the response holds 0 of 40 items; raise numOfRows (at most 999) or read more pages',
    ]);
  });
});

describe('asos-hourly-json: errors with clear messages', () => {
  it('resultCode 03 (NO_DATA)', () => {
    expect(failure(fixture('asos-hourly-no-data.json'))).toBe(
      'asos-hourly-json: the service answered resultCode "03" (NO_DATA): no data for the requested station and hours (this service only holds data up to yesterday).',
    );
  });

  it('another resultCode', () => {
    expect(
      failure(
        envelope('', {
          resultCode: '22',
          resultMsg: 'LIMITED_NUMBER_OF_SERVICE_REQUESTS_EXCEEDS_ERROR',
        }),
      ),
    ).toBe(
      'asos-hourly-json: the service answered resultCode "22" (LIMITED_NUMBER_OF_SERVICE_REQUESTS_EXCEEDS_ERROR).',
    );
  });

  it('the gateway XML error body sent with HTTP 200', () => {
    expect(failure(fixture('asos-hourly-gateway-error.xml'))).toBe(
      'asos-hourly-json: the service answered with an error: SERVICE_KEY_IS_NOT_REGISTERED_ERROR (code 30).',
    );
  });

  it('an XML body of another kind', () => {
    expect(failure(bytes('<html><body>Bad gateway</body></html>'))).toBe(
      'asos-hourly-json: an XML document (<html>) instead of JSON.',
    );
  });

  it('a truncated download', () => {
    expect(failure(fixture('asos-hourly-truncated.json.part'))).toMatch(
      /^asos-hourly-json: the response is not valid JSON \(.+\); was it cut off\?$/,
    );
  });

  it('JSON that is not the service', () => {
    expect(failure(bytes('{"observations": []}'))).toBe(
      'asos-hourly-json: no "response" object; is this the ASOS hourly service?',
    );
  });

  it('items that are neither an object nor ""', () => {
    expect(failure(envelope(7))).toBe('asos-hourly-json: "items" is neither an object nor "".');
  });
});
