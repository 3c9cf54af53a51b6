import { describe, expect, it } from 'vitest';
import { findCatalogStation } from '../../../src/domain/station-catalog';
import {
  METROPOLITAN_STATION_IDS,
  PRINCIPAL_STATION_IDS,
  compareStationRank,
  isPrincipalStation,
} from '../../../src/domain/station-rank';

const ranked = (ids: string[]) => [...ids].sort(compareStationRank);

describe('station rank', () => {
  it('lists the 24 principal places of issue 11, each once and each in the catalog', () => {
    expect(PRINCIPAL_STATION_IDS).toHaveLength(24);
    expect(new Set(PRINCIPAL_STATION_IDS).size).toBe(24);
    const names = PRINCIPAL_STATION_IDS.map((id) => findCatalogStation(id)?.nameKo);
    expect(names.slice(0, 8)).toEqual([
      '서울',
      '부산',
      '대구',
      '인천',
      '광주',
      '대전',
      '울산',
      '세종',
    ]);
    expect(names).toContain('제주');
    expect(names.slice(-3)).toEqual(['울릉도', '백령도', '흑산도']);
    expect(METROPOLITAN_STATION_IDS).toEqual(PRINCIPAL_STATION_IDS.slice(0, 8));
  });

  it('puts principal places first in list order, then catalog stations, then unknown ones', () => {
    // 90 속초 and 279 구미 are catalog stations; 5001 and X7 are not.
    expect(ranked(['5001', '90', '184', '279', 'X7', '108'])).toEqual([
      '108',
      '184',
      '90',
      '279',
      '5001',
      'X7',
    ]);
  });

  it('breaks ties by station number, numerically, before any non-numeric id', () => {
    expect(ranked(['9001', '10000', 'B2', 'A1', '9999'])).toEqual([
      '9001',
      '9999',
      '10000',
      'A1',
      'B2',
    ]);
  });

  it('lets the lower-ranked twin of a near-coincident pair yield', () => {
    // 북춘천 93 and 춘천 101, 북강릉 104 and 강릉 105 stand a few kilometres apart.
    expect(compareStationRank('101', '93')).toBeLessThan(0);
    expect(compareStationRank('105', '104')).toBeLessThan(0);
    expect(isPrincipalStation('101')).toBe(true);
    expect(isPrincipalStation('93')).toBe(false);
  });

  it('is a total order: the same set sorts the same from any starting order', () => {
    const ids = ['X7', '93', '5001', '101', '184', 'A1', '10', '2', '1a'];
    const once = ranked(ids);
    expect(ranked([...ids].reverse())).toEqual(once);
    expect(ranked([...once].reverse())).toEqual(once);
  });
});
