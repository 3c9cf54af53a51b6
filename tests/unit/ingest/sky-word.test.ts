import { describe, expect, it } from 'vitest';
import { CONDITIONS } from '../../../src/domain/conditions';
import {
  cloudAmountCondition,
  deriveSkyWord,
  presentWeatherCondition,
  PRESENT_WEATHER_TABLE,
  type CloudClasses,
} from '../../../src/ingest/sky-word';

const measured = (presentWeather: number | null, cloudTenths: number | null) =>
  ({ kind: 'measured', presentWeather, cloudTenths }) as const;

describe('cloud amount → sky class', () => {
  // [tenths, 4-class, 3-class]: every band edge on both sides.
  const cases: [number, string, string][] = [
    [0, '맑음', '맑음'],
    [2, '맑음', '맑음'],
    [3, '구름조금', '맑음'],
    [5, '구름조금', '맑음'],
    [6, '구름많음', '구름많음'],
    [8, '구름많음', '구름많음'],
    [9, '흐림', '흐림'],
    [10, '흐림', '흐림'],
  ];
  it.each(cases)('%i tenths: %s (4-class), %s (3-class)', (tenths, four, three) => {
    expect(deriveSkyWord(measured(null, tenths), 4).word).toBe(four);
    expect(deriveSkyWord(measured(null, tenths), 3).word).toBe(three);
  });

  it.each([-9, -1, 11, Number.NaN])('%d tenths is no cloud amount', (tenths) => {
    expect(cloudAmountCondition(tenths, 4)).toBeNull();
  });

  it('never uses 구름조금 in the 3-class table', () => {
    for (let tenths = 0; tenths <= 10; tenths += 1) {
      expect(cloudAmountCondition(tenths, 3)).not.toBe('partly-cloudy');
    }
  });
});

describe('WMO 4677 present weather → condition', () => {
  // Both ends of every range in the table, so a shifted boundary shows up.
  const cases: [number, string | null][] = [
    [0, null],
    [3, null],
    [4, 'haze'],
    [5, 'haze'],
    [6, 'yellow-dust'],
    [9, 'yellow-dust'],
    [10, 'mist'],
    [11, 'fog'],
    [12, 'fog'],
    [13, null],
    [16, null],
    [17, 'thunderstorm'],
    [18, null],
    [19, null],
    [20, null],
    [29, null],
    [30, 'yellow-dust'],
    [35, 'yellow-dust'],
    [36, 'snow'],
    [39, 'snow'],
    [40, null],
    [41, 'fog'],
    [49, 'fog'],
    [50, 'drizzle'],
    [57, 'drizzle'],
    [58, 'rain'],
    [67, 'rain'],
    [68, 'sleet'],
    [69, 'sleet'],
    [70, 'snow'],
    [79, 'snow'],
    [80, 'shower'],
    [82, 'shower'],
    [83, 'sleet'],
    [84, 'sleet'],
    [85, 'snow'],
    [86, 'snow'],
    [87, 'hail'],
    [90, 'hail'],
    [91, 'thunderstorm'],
    [99, 'thunderstorm'],
  ];
  it.each(cases)('ww %i → %s', (ww, code) => {
    expect(presentWeatherCondition(ww)).toBe(code);
  });

  it('covers 0–99 exactly once, in order', () => {
    let next = 0;
    for (const range of PRESENT_WEATHER_TABLE) {
      expect(range.from).toBe(next);
      expect(range.to).toBeGreaterThanOrEqual(range.from);
      next = range.to + 1;
    }
    expect(next).toBe(100);
  });

  it('only names conditions the condition table has', () => {
    const codes = new Set<string>(CONDITIONS.map((condition) => condition.code));
    for (const range of PRESENT_WEATHER_TABLE) {
      if (range.code) expect(codes).toContain(range.code);
    }
  });
});

describe('precedence', () => {
  const cases: [string, number | null, number | null, CloudClasses, string, string][] = [
    ['a phenomenon beats the cloud amount', 61, 2, 4, '비', 'present-weather'],
    ['fog beats a clear sky', 45, 0, 4, '안개', 'present-weather'],
    ['no phenomenon (ww 00–03): the cloud decides', 2, 9, 4, '흐림', 'cloud-amount'],
    ['past-hour weather (ww 2x): the cloud decides', 21, 4, 4, '구름조금', 'cloud-amount'],
    ['past-hour weather, 3-class', 21, 4, 3, '맑음', 'cloud-amount'],
    ['weather not reported: the cloud decides', null, 7, 4, '구름많음', 'cloud-amount'],
    ['phenomenon without cloud amount', 71, null, 4, '눈', 'present-weather'],
    ['neither observed', null, null, 4, '관측 없음', 'not-observed'],
    ['no phenomenon and no cloud amount', 1, null, 4, '관측 없음', 'not-observed'],
  ];
  it.each(cases)('%s', (_title, ww, tenths, classes, word, basis) => {
    expect(deriveSkyWord(measured(ww, tenths), classes)).toEqual({ word, basis, known: true });
  });
});

describe('a word given by the feed', () => {
  const cases: [string, string, string, boolean][] = [
    ['맑음', '맑음', 'feed-word', true],
    [' 구름많음 ', '구름많음', 'feed-word', true],
    ['뇌전', '뇌우', 'feed-word', true], // an alias becomes the table's word
    ['-', '관측 없음', 'not-observed', true],
    ['', '관측 없음', 'not-observed', true],
    ['눈날림', '눈날림', 'feed-word', false], // unknown: kept as written
  ];
  it.each(cases)('"%s" → %s', (input, word, basis, known) => {
    expect(deriveSkyWord({ kind: 'word', word: input }, 4)).toEqual({ word, basis, known });
  });
});
