import { describe, expect, it } from 'vitest';
import { provinceFromQuery } from '../../../src/domain/provinces';
import { compileRankedSearch } from '../../../src/domain/rank-search';
import { searchKeysFor } from '../../../src/domain/search-index';
import { rankStations } from '../../../src/domain/search-stations';
import { selectShownStations } from '../../../src/domain/select-shown-stations';
import type { SortOrder } from '../../../src/domain/filter-stations';
import { loadSampleFeed } from '../support/sample-feed';

const sample = loadSampleFeed().observations;

function found(search: string, sort: SortOrder = 'number', lang: 'ko' | 'en' = 'ko'): string[] {
  return selectShownStations(
    sample,
    { sky: [], search, region: null, sort },
    lang,
    rankStations,
  ).shown.map((o) => o.nameKo);
}

function tierOf(search: string, stationId: string): number {
  const rank = compileRankedSearch(search)!;
  const index = sample.findIndex((o) => o.stationId === stationId);
  return rank(searchKeysFor(sample)[index]!);
}

describe('ranked search on the sample', () => {
  it('puts an exact name first (tier 0), ahead of names that contain it', () => {
    expect(tierOf('춘천', '101')).toBe(0);
    expect(found('춘천')).toEqual(['춘천', '북춘천']);
  });

  it('"구": 구미 by prefix, then names still being typed (군산…), then 대구 that contains it', () => {
    const names = found('구');
    expect(names[0]).toBe('구미');
    expect(tierOf('구', '279')).toBe(1);
    expect(tierOf('구', '140')).toBe(2); // 군산: ㄱㅜ… is a syllable being typed
    expect(tierOf('구', '143')).toBe(4); // 대구
    expect(names.indexOf('군산')).toBeLessThan(names.indexOf('대구'));
  });

  it('"gu": Gumi first, a whole-syllable prefix; Gunsan next, a prefix inside a syllable', () => {
    const names = found('gu');
    expect(names.slice(0, 2)).toEqual(['구미', '군산']);
    expect(tierOf('gu', '279')).toBe(1);
    expect(tierOf('GU', '140')).toBe(2);
    // Daegu and the -gun counties only contain "gu": after both prefixes.
    expect(tierOf('gu', '143')).toBe(4);
    expect(tierOf('gu', '217')).toBe(4);
  });

  it('matches English names case-insensitively, ignoring hyphens', () => {
    expect(found('JEONGSEON-GUN')).toEqual(['정선군']);
    expect(tierOf('Jeongseon', '217')).toBe(1);
  });

  it('"27" finds the station numbers that begin with 27, in number order', () => {
    expect(sample.filter((o) => found('27').includes(o.nameKo)).map((o) => o.stationId)).toEqual([
      '271',
      '272',
      '273',
      '276',
      '277',
      '278',
      '279',
    ]);
    expect(found('27')).toEqual(['봉화', '영주', '문경', '청송군', '영덕', '의성', '구미']);
  });

  it('ranks initial consonants by prefix before initials found inside a name', () => {
    expect(tierOf('ㅊㅊ', '101')).toBe(3); // 춘천
    expect(tierOf('ㅊㅊ', '93')).toBe(4); // 북춘천
    expect(found('ㅊㅊ')).toEqual(['춘천', '북춘천']);
  });

  it('a province, full or short, in either language, finds its stations', () => {
    const gyeongbuk = sample.filter((o) => o.province === '경상북도').map((o) => o.nameKo);
    expect(gyeongbuk).toHaveLength(14);
    for (const query of ['경북', '경상북도', 'Gyeongbuk', 'gyeongsangbuk-do']) {
      expect(found(query), query).toEqual(gyeongbuk);
    }
    expect(found('강원')).toHaveLength(14);
    expect(found('제주')).toEqual(['제주', '고산', '성산', '서귀포']); // the station 제주 first
  });

  it('keeps the chosen sort within a tier', () => {
    expect(found('gu', 'name', 'en').slice(2)).toEqual([
      '보성군', // Boseong-gun
      '청송군', // Cheongsong-gun
      '대구', // Daegu
      '강진군',
      '고창군',
      '함양군',
      '정선군',
      '진도군',
      '순창군',
      '의령군',
      '영광군',
    ]);
  });
});

describe('provinceFromQuery', () => {
  it('knows the 17 short forms and the English names', () => {
    expect(provinceFromQuery('경남')).toBe('경상남도');
    expect(provinceFromQuery('충북')).toBe('충청북도');
    expect(provinceFromQuery('seoul')).toBe('서울특별시');
    expect(provinceFromQuery('gangwondo')).toBe('강원특별자치도');
    expect(provinceFromQuery('jeonnam')).toBe('전라남도');
    expect(provinceFromQuery('경')).toBeNull();
  });
});
