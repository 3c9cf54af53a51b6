/** Wind, humidity, rain and each station's own time, per source format; sentinels are never 0. */
import { describe, expect, it } from 'vitest';
import { parseAsosHourlyJson } from '../../../src/ingest/parse-asos-hourly-json';
import { parseKmaSfctm2 } from '../../../src/ingest/parse-kma-sfctm2';
import { parseKmaXml } from '../../../src/ingest/parse-kma-xml';
import { bytes, fixture } from './fixtures';
import { sfctm2Header, sfctm2Row } from './sfctm2-rows';

function sfctm2(rows: readonly Record<string, string>[]) {
  const text = [sfctm2Header(), ...rows.map((row) => sfctm2Row({ STN: '108', ...row }))].join('\n');
  return parseKmaSfctm2(bytes(text));
}

const MAY = '202405211500';
const JANUARY = '202501150600';

describe('kma-sfctm2: the new fields', () => {
  it('reads WD (16 points in tens of degrees), WS, HM and RN in the warm season', () => {
    const [reading] = sfctm2([
      { TM: MAY, WD: '23', WS: '4.2', HM: '81.0', RN: '1.5', IR: '1' },
    ]).readings;
    expect(reading?.observedAt).toBe('2024-05-21T15:00:00+09:00');
    expect(reading?.weather).toEqual({
      windDirection: 230,
      windSpeed: 4.2,
      humidity: 81,
      precipitation1h: 1.5,
    });
  });

  it.each(['-9', '-9.0', '-99', '-99.0', '-999'])(
    'reads the sentinel %s as not observed in every field, never 0',
    (sentinel) => {
      const [reading] = sfctm2([
        { TM: MAY, WD: sentinel, WS: sentinel, HM: sentinel, RN: sentinel, IR: '4' },
      ]).readings;
      expect(reading?.weather).toEqual({
        windDirection: null,
        windSpeed: null,
        humidity: null,
        precipitation1h: null,
      });
    },
  );

  it('reads IR 3 (no precipitation) as 0 mm even though RN holds the sentinel', () => {
    const [reading] = sfctm2([{ TM: MAY, RN: '-9.0', IR: '3' }]).readings;
    expect(reading?.weather?.precipitation1h).toBe(0);
  });

  it('leaves RN out in the cold season, when it is three hours of rain, not one', () => {
    const [reading] = sfctm2([{ TM: JANUARY, RN: '2.0', IR: '1' }]).readings;
    expect(reading?.weather?.precipitation1h).toBeNull();
  });

  it('gives a calm wind (WS 0, WD 0) a speed and no direction', () => {
    const [reading] = sfctm2([{ TM: MAY, WD: '0', WS: '0.0' }]).readings;
    expect(reading?.weather).toMatchObject({ windDirection: null, windSpeed: 0 });
  });

  it('drops values outside the contract instead of passing them on', () => {
    const [reading] = sfctm2([{ TM: MAY, WD: '40', WS: '120.0', HM: '140' }]).readings;
    expect(reading?.weather).toMatchObject({
      windDirection: null,
      windSpeed: null,
      humidity: null,
    });
  });

  it('reads the existing fixture’s west wind and humidity', () => {
    const parsed = parseKmaSfctm2(fixture('sfctm2-46col.euc-kr.txt'));
    const sokcho = parsed.readings.find((reading) => reading.stationId === '90');
    expect(sokcho?.weather).toEqual({
      windDirection: 270,
      windSpeed: 2.1,
      humidity: 48,
      // January, IR 3: no precipitation.
      precipitation1h: 0,
    });
  });
});

const asos = (item: Record<string, unknown>) =>
  parseAsosHourlyJson(
    bytes(
      JSON.stringify({
        response: {
          header: { resultCode: '00', resultMsg: 'NORMAL_SERVICE' },
          body: { items: { item: { tm: '2024-05-21 15:00', stnId: '108', ta: '20.1', ...item } } },
        },
      }),
    ),
  ).readings[0];

describe('asos-hourly-json: the new fields', () => {
  it('reads wd (degrees), ws, hm and rn as numbers from strings, at the item’s own time', () => {
    const reading = asos({ wd: '290', ws: '2.5', hm: '76', rn: '0.5' });
    expect(reading?.observedAt).toBe('2024-05-21T15:00:00+09:00');
    expect(reading?.weather).toEqual({
      windDirection: 290,
      windSpeed: 2.5,
      humidity: 76,
      precipitation1h: 0.5,
    });
  });

  it('reads "" as not observed, rain included (never 0 mm)', () => {
    expect(asos({ wd: '', ws: '', hm: '', rn: '' })?.weather).toEqual({
      windDirection: null,
      windSpeed: null,
      humidity: null,
      precipitation1h: null,
    });
  });

  it('keeps a real 0.0 mm', () => {
    expect(asos({ rn: '0.0' })?.weather?.precipitation1h).toBe(0);
  });

  it('reads negative sentinels as not observed', () => {
    expect(asos({ wd: '-9', ws: '-9.0', hm: '-99', rn: '-9' })?.weather).toEqual({
      windDirection: null,
      windSpeed: null,
      humidity: null,
      precipitation1h: null,
    });
  });
});

describe('kma-xml has none of these fields', () => {
  it('leaves them out', () => {
    const parsed = parseKmaXml(fixture('sfc-web-map-seed.xml'));
    expect(parsed.readings.every((reading) => reading.weather === undefined)).toBe(true);
  });
});
