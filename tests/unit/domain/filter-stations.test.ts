import { describe, expect, it } from 'vitest';
import { countByCondition, sortStations } from '../../../src/domain/filter-stations';
import { filterStations, type StationFilter } from '../../../src/domain/search-stations';
import type { ConditionKey } from '../../../src/domain/conditions';
import type { Observation } from '../../../src/domain/observation';
import { observationsInFeedOrder } from '../support/observations';
import { loadSampleFeed } from '../support/sample-feed';

const ALL: StationFilter = { sky: new Set(), search: '', region: null };
const filter = (observations: readonly Observation[], change: Partial<StationFilter>) =>
  filterStations(observations, { ...ALL, ...change });
const names = (observations: readonly Observation[]) => observations.map((o) => o.nameKo);
const sky = (...keys: ConditionKey[]) => new Set(keys);

const sample = loadSampleFeed().observations;

describe('filterStations: sky condition', () => {
  const stations = observationsInFeedOrder([
    { nameKo: '속초', condition: '맑음' },
    { nameKo: '광주', condition: '흐림' },
    { nameKo: '구미', condition: '구름조금' },
    { nameKo: '이천', condition: '맑음' },
    { nameKo: '어딘가', condition: '햇무리' },
  ]);

  it('shows every station when no condition is chosen', () => {
    expect(names(filter(stations, {}))).toEqual(['속초', '광주', '구미', '이천', '어딘가']);
  });

  it('shows only the chosen condition, in feed order', () => {
    expect(names(filter(stations, { sky: sky('clear') }))).toEqual(['속초', '이천']);
  });

  it('combines several chosen conditions (multi-select)', () => {
    expect(names(filter(stations, { sky: sky('clear', 'overcast') }))).toEqual([
      '속초',
      '광주',
      '이천',
    ]);
  });

  it('filters unknown words under other', () => {
    expect(names(filter(stations, { sky: sky('other') }))).toEqual(['어딘가']);
  });

  it('gives 45 stations for 맑음 on the seed sample', () => {
    const clear = filter(sample, { sky: sky('clear') });
    expect(clear).toHaveLength(45);
    expect(clear.every((o) => o.condition.raw === '맑음')).toBe(true);
  });
});

describe('filterStations: region', () => {
  it('keeps the stations of one 시·도', () => {
    const jeju = filter(sample, { region: '제주특별자치도' });
    expect(names(jeju)).toEqual(['제주', '고산', '성산', '서귀포']);
  });

  it('drops stations with no province when a region is chosen', () => {
    const stations = observationsInFeedOrder([
      { nameKo: '수원', province: '경기도' },
      { nameKo: '미상', province: null },
    ]);
    expect(names(filter(stations, { region: '경기도' }))).toEqual(['수원']);
  });
});

describe('filterStations: search', () => {
  const search = (query: string) => names(filter(sample, { search: query }));

  it('finds a station by its Korean name, or part of it', () => {
    expect(search('구미')).toEqual(['구미']);
    expect(search('서귀')).toEqual(['서귀포']);
    expect(search('춘천')).toEqual(['북춘천', '춘천']);
  });

  it('finds a station by initial consonants: ㄱㅁ → 구미', () => {
    expect(search('ㄱㅁ')).toEqual(['구미']);
    expect(search('ㅅㄱㅍ')).toEqual(['서귀포']);
  });

  it('finds a station while its last syllable is still being typed: 굼 → 구미', () => {
    expect(search('굼')).toEqual(['구미']);
  });

  it('finds a station by its English name, whatever the case', () => {
    expect(search('gumi')).toEqual(['구미']);
    expect(search('GUMI')).toEqual(['구미']);
    expect(search('Seogwipo')).toEqual(['서귀포']);
  });

  it('finds a station by its station number', () => {
    expect(search('279')).toEqual(['구미']);
    expect(search(' 90 ')).toEqual(['속초']);
  });

  it('ignores an empty or blank query', () => {
    expect(filter(sample, { search: '   ' })).toHaveLength(97);
  });

  it('finds nothing for a name that is not there', () => {
    expect(search('평양')).toEqual([]);
    expect(search('ㅋㅋ')).toEqual([]);
  });

  it('combines search with the sky filter', () => {
    // 구미 is 구름조금 in the seed, so a 맑음-only view hides it.
    expect(names(filter(sample, { search: 'ㄱㅁ', sky: sky('clear') }))).toEqual([]);
    expect(names(filter(sample, { search: 'ㄱㅁ', sky: sky('partly-cloudy') }))).toEqual(['구미']);
  });
});

describe('countByCondition', () => {
  it('counts stations per condition key', () => {
    const stations = observationsInFeedOrder([
      { condition: '맑음' },
      { condition: 'clear' },
      { condition: '비' },
      { condition: '햇무리' },
      { condition: '무지개' },
    ]);
    expect(Object.fromEntries(countByCondition(stations))).toEqual({ clear: 2, rain: 1, other: 2 });
  });
});

describe('sortStations', () => {
  it('sorts by name in 가나다 order', () => {
    const stations = observationsInFeedOrder([
      { nameKo: '하동' },
      { nameKo: '가평' },
      { nameKo: '다대포' },
      { nameKo: '나주' },
      { nameKo: '강화' },
    ]);
    expect(names(sortStations(stations, 'name', 'ko'))).toEqual([
      '가평',
      '강화',
      '나주',
      '다대포',
      '하동',
    ]);
  });

  it('sorts by English name in English, falling back to the Korean name', () => {
    const stations = observationsInFeedOrder([
      { nameKo: '속초', nameEn: 'Sokcho' },
      { nameKo: '안동', nameEn: 'Andong' },
      { nameKo: '신설', nameEn: null },
    ]);
    expect(names(sortStations(stations, 'name', 'en'))).toEqual(['안동', '속초', '신설']);
  });

  const temperatures = observationsInFeedOrder([
    { nameKo: 'A', temperature: 10 },
    { nameKo: 'B', temperature: null },
    { nameKo: 'C', temperature: 23.1 },
    { nameKo: 'D', temperature: -5 },
    { nameKo: 'E', temperature: 10 },
    { nameKo: 'F', temperature: null },
    { nameKo: 'G', temperature: 0 },
  ]);

  it('sorts warmest first, with stations without a temperature last', () => {
    expect(names(sortStations(temperatures, 'temp-desc', 'ko'))).toEqual([
      'C',
      'A',
      'E',
      'G',
      'D',
      'B',
      'F',
    ]);
  });

  it('sorts coldest first, still with stations without a temperature last', () => {
    expect(names(sortStations(temperatures, 'temp-asc', 'ko'))).toEqual([
      'D',
      'G',
      'A',
      'E',
      'C',
      'B',
      'F',
    ]);
  });

  it('breaks ties by feed order even when the input is shuffled', () => {
    const shuffled = [...temperatures].reverse();
    expect(names(sortStations(shuffled, 'temp-desc', 'ko'))).toEqual([
      'C',
      'A',
      'E',
      'G',
      'D',
      'B',
      'F',
    ]);
    expect(names(sortStations(shuffled, 'feed', 'ko'))).toEqual(names(temperatures));
  });

  it('sorts north to south, with unplaced stations last', () => {
    const stations = observationsInFeedOrder([
      { nameKo: '제주', position: { lat: 33.5141, lon: 126.5297 } },
      { nameKo: '미상', position: null },
      { nameKo: '속초', position: { lat: 38.2509, lon: 128.5647 } },
      { nameKo: '대전', position: { lat: 36.372, lon: 127.3721 } },
    ]);
    expect(names(sortStations(stations, 'north-south', 'ko'))).toEqual([
      '속초',
      '대전',
      '제주',
      '미상',
    ]);
  });

  it('does not reorder the array it was given', () => {
    const before = names(temperatures);
    sortStations(temperatures, 'temp-asc', 'ko');
    expect(names(temperatures)).toEqual(before);
  });

  it('orders the seed sample by the seed temperatures and latitudes', () => {
    const warmest = sortStations(sample, 'temp-desc', 'ko');
    expect(names(warmest.slice(0, 3))).toEqual(['이천', '원주', '남원']);
    expect(warmest.at(-1)!.nameKo).toBe('고창');

    const coldest = sortStations(sample, 'temp-asc', 'ko');
    expect(coldest[0]!.nameKo).toBe('대관령');
    expect(coldest.at(-1)!.nameKo).toBe('고창');

    const northSouth = sortStations(sample, 'north-south', 'ko');
    expect(names(northSouth.slice(0, 2))).toEqual(['속초', '철원']);
    expect(northSouth.at(-1)!.nameKo).toBe('서귀포');
  });
});

describe('sortStations: station number and feed order', () => {
  const stations = observationsInFeedOrder([
    { stationId: '100', nameKo: '대관령' },
    { stationId: 'X2', nameKo: '임시 2' },
    { stationId: '90', nameKo: '속초' },
    { stationId: 'A1', nameKo: '임시 1' },
    { stationId: '1000', nameKo: '천' },
    { stationId: '95', nameKo: '철원' },
  ]);

  it('compares numbers as numbers (90 before 100), ids with letters after, in feed order', () => {
    expect(names(sortStations(stations, 'number', 'ko'))).toEqual([
      '속초',
      '철원',
      '대관령',
      '천',
      '임시 2',
      '임시 1',
    ]);
  });

  it('keeps the feed’s own order for "feed"', () => {
    expect(names(sortStations([...stations].reverse(), 'feed', 'ko'))).toEqual(names(stations));
  });

  it('gives the sample in station number order by default', () => {
    const ids = sortStations(sample, 'number', 'ko').map((o) => Number(o.stationId));
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
  });
});
