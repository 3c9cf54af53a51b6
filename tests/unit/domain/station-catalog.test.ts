import { describe, expect, it } from 'vitest';
import { KOREA_REGION } from '../../../src/domain/feed-schema';
import { PROVINCES_KO } from '../../../src/domain/provinces';
import { catalogStations, findCatalogStation } from '../../../src/domain/station-catalog';
import { readSamplePayload } from '../support/sample-feed';

const decimals = (value: number) => (String(value).split('.')[1] ?? '').length;

describe('the station catalog', () => {
  const stations = catalogStations();

  it('has every station of the seed sample', () => {
    const payload = readSamplePayload() as { observations: { stationId: string }[] };
    const missing = payload.observations
      .map((record) => record.stationId)
      .filter((id) => findCatalogStation(id) === undefined);
    expect(missing).toEqual([]);
  });

  it('has unique station numbers and complete rows', () => {
    expect(new Set(stations.map((s) => s.id)).size).toBe(stations.length);
    for (const station of stations) {
      expect(station.id).toMatch(/^\d+$/);
      // 홍성(예): KMA marks a provisional station with (예), as the seed does.
      expect(station.nameKo).toMatch(/^[가-힣]+(\(예\))?$/);
      expect(station.nameEn).toMatch(/^[A-Z][A-Za-z -]+$/);
      expect(PROVINCES_KO, station.nameKo).toContain(station.province);
    }
  });

  it('states coordinates in WGS84 inside Korea, to at most 4 decimals', () => {
    for (const { nameKo, lat, lon } of stations) {
      expect(lat, nameKo).toBeGreaterThanOrEqual(KOREA_REGION.minLat);
      expect(lat, nameKo).toBeLessThanOrEqual(KOREA_REGION.maxLat);
      expect(lon, nameKo).toBeGreaterThanOrEqual(KOREA_REGION.minLon);
      expect(lon, nameKo).toBeLessThanOrEqual(KOREA_REGION.maxLon);
      expect(decimals(lat), nameKo).toBeLessThanOrEqual(4);
      expect(decimals(lon), nameKo).toBeLessThanOrEqual(4);
    }
  });

  // Transcribed from KMA's station metadata (META_관측지점정보), rows valid on 2024-05-21.
  it.each([
    ['90', '속초', 38.2509, 128.5647, '강원특별자치도'],
    ['102', '백령도', 37.974, 124.7124, '인천광역시'],
    ['115', '울릉도', 37.4813, 130.8986, '경상북도'],
    ['169', '흑산도', 34.6872, 125.4511, '전라남도'],
    ['181', '서청주', 36.6399, 127.3846, '충청북도'],
    ['189', '서귀포', 33.2462, 126.5653, '제주특별자치도'],
    ['239', '세종', 36.4852, 127.2444, '세종특별자치시'],
    ['296', '북부산', 35.2178, 128.9602, '부산광역시'],
  ])('places %s %s at the KMA position', (id, nameKo, lat, lon, province) => {
    expect(findCatalogStation(id)).toMatchObject({ nameKo, lat, lon, province });
  });

  it('knows nothing about stations that do not exist', () => {
    expect(findCatalogStation('99999')).toBeUndefined();
    expect(findCatalogStation('')).toBeUndefined();
  });
});
