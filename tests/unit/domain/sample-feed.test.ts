/**
 * The seed sample (public/data/observations.json) is the 2024-05-21 KMA
 * portal strip: 97 stations in station-number order. The expected numbers
 * below were counted from the seed text, not from the parser's output.
 */
import { describe, expect, it } from 'vitest';
import { countByCondition } from '../../../src/domain/filter-stations';
import { loadSampleFeed, readSamplePayload, stationById } from '../support/sample-feed';

const feed = loadSampleFeed();

describe('the seed sample feed', () => {
  it('parses all 97 observations with nothing left out', () => {
    expect(feed.observations).toHaveLength(97);
    expect(feed.rejected).toEqual([]);
    expect(feed.unplacedCount).toBe(0);
  });

  it('keeps the seed date alone, with no invented time, and the KMA as source', () => {
    expect(feed.observedAt).toBe('2024-05-21');
    expect(feed.source).toBe('기상청');
  });

  it('keeps the seed order: ascending station numbers from 속초 to 북부산', () => {
    const ids = feed.observations.map((o) => Number(o.stationId));
    expect(ids[0]).toBe(90);
    expect(ids.at(-1)).toBe(296);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(new Set(ids).size).toBe(97);
  });

  it('counts the seed conditions: 맑음 45, 구름조금 38 and the rest', () => {
    expect(Object.fromEntries(countByCondition(feed.observations))).toEqual({
      clear: 45,
      'partly-cloudy': 38,
      'mostly-cloudy': 3,
      overcast: 5,
      mist: 4,
      fog: 1,
      haze: 1,
    });
  });

  it('keeps 고창 without a temperature (not 0), unlike 고창군', () => {
    expect(stationById(feed, '172')).toMatchObject({ nameKo: '고창', temperature: null });
    expect(stationById(feed, '251')).toMatchObject({ nameKo: '고창군', temperature: 18 });
    expect(feed.observations.filter((o) => o.temperature === null)).toHaveLength(1);
  });

  it('names the four unnamed seed entries from the catalog', () => {
    const payload = readSamplePayload() as { observations: Record<string, unknown>[] };
    const unnamed = payload.observations.filter((record) => !('name' in record));
    expect(unnamed.map((record) => record.stationId)).toEqual(['93', '181', '239', '296']);

    expect(['93', '181', '239', '296'].map((id) => stationById(feed, id).nameKo)).toEqual([
      '북춘천',
      '서청주',
      '세종',
      '북부산',
    ]);
  });

  it('places all 97 stations, with English names and provinces', () => {
    for (const station of feed.observations) {
      expect(station.position, station.nameKo).not.toBeNull();
      expect(station.nameEn, station.nameKo).toBeTruthy();
      expect(station.province, station.nameKo).toBeTruthy();
    }
  });

  it('carries spot-checked values from the seed strip', () => {
    expect(stationById(feed, '90')).toMatchObject({
      nameKo: '속초',
      temperature: 15,
      condition: { key: 'clear' },
    });
    expect(stationById(feed, '102')).toMatchObject({ nameKo: '백령도', condition: { key: 'fog' } });
    expect(stationById(feed, '108')).toMatchObject({ nameKo: '서울', condition: { key: 'haze' } });
    expect(stationById(feed, '279')).toMatchObject({
      nameKo: '구미',
      temperature: 19.2,
      condition: { key: 'partly-cloudy' },
    });
  });
});
