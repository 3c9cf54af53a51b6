import { describe, expect, it } from 'vitest';
import { isStationId } from '../../../src/domain/station-id';
import { stationName } from '../../../src/domain/station-name';

describe('stationName', () => {
  it('is the Korean name in Korean and the English name in English', () => {
    const seoul = { nameKo: '서울', nameEn: 'Seoul' };
    expect(stationName(seoul, 'ko')).toBe('서울');
    expect(stationName(seoul, 'en')).toBe('Seoul');
  });

  it('falls back to the Korean name when no English name is known', () => {
    expect(stationName({ nameKo: '신설', nameEn: null }, 'en')).toBe('신설');
  });
});

describe('isStationId', () => {
  it.each(['108', '90', 'A-1_b', '1234567890123456'])('accepts %s', (id) => {
    expect(isStationId(id)).toBe(true);
  });
  it.each(['', '12345678901234567', '10 8', '서울', '<b>', '108\n'])('rejects %j', (id) => {
    expect(isStationId(id)).toBe(false);
  });
});
