import { describe, expect, it } from 'vitest';
import { distanceKm, isInKorea, nearestStation } from '../../../src/domain/distance';
import { loadSampleFeed } from '../support/sample-feed';

const SEOUL_STATION = { lat: 37.5714, lon: 126.9658 };
const BUSAN_STATION = { lat: 35.1047, lon: 129.032 };

describe('distanceKm', () => {
  it('is zero from a point to itself and the same both ways', () => {
    expect(distanceKm(SEOUL_STATION, SEOUL_STATION)).toBe(0);
    expect(distanceKm(SEOUL_STATION, BUSAN_STATION)).toBeCloseTo(
      distanceKm(BUSAN_STATION, SEOUL_STATION),
      9,
    );
  });

  it('gives Seoul–Busan as about 331 km, the great-circle distance', () => {
    expect(distanceKm(SEOUL_STATION, BUSAN_STATION)).toBeGreaterThan(328);
    expect(distanceKm(SEOUL_STATION, BUSAN_STATION)).toBeLessThan(334);
  });

  it('gives one degree of latitude as about 111.2 km', () => {
    expect(distanceKm({ lat: 36, lon: 127 }, { lat: 37, lon: 127 })).toBeCloseTo(111.2, 1);
  });
});

describe('isInKorea (33.0–38.9° N, 124.5–132.0° E)', () => {
  it('accepts the far corners of South Korea', () => {
    expect(isInKorea({ lat: 33.12, lon: 126.27 })).toBe(true); // 마라도
    expect(isInKorea({ lat: 37.97, lon: 124.71 })).toBe(true); // 백령도
    expect(isInKorea({ lat: 37.24, lon: 131.87 })).toBe(true); // 독도
    expect(isInKorea({ lat: 36.12, lon: 128.34 })).toBe(true); // 구미
  });

  it('turns away places abroad', () => {
    expect(isInKorea({ lat: 35.68, lon: 139.69 })).toBe(false); // Tokyo
    expect(isInKorea({ lat: 39.9, lon: 116.4 })).toBe(false); // Beijing
    expect(isInKorea({ lat: 39.03, lon: 125.75 })).toBe(false); // Pyongyang
    expect(isInKorea({ lat: 0, lon: 0 })).toBe(false);
  });
});

describe('nearestStation', () => {
  const sample = loadSampleFeed().observations;

  it('finds 구미 from a point in 구미', () => {
    expect(nearestStation(sample, { lat: 36.119, lon: 128.344 })?.nameKo).toBe('구미');
  });

  it('finds 서귀포 from 서귀포 harbour, not 제주', () => {
    expect(nearestStation(sample, { lat: 33.24, lon: 126.56 })?.nameKo).toBe('서귀포');
  });

  it('gives null when no station is placed', () => {
    expect(nearestStation([], SEOUL_STATION)).toBeNull();
  });
});
