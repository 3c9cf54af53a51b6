import { describe, expect, it } from 'vitest';
import { compileSearch } from '../../../src/domain/rank-search';
import { searchKeysFor } from '../../../src/domain/search-index';
import { anObservation } from '../support/observations';

const gumi = anObservation({ stationId: '279', nameKo: '구미', nameEn: 'Gumi' });
const bukbusan = anObservation({ stationId: '296', nameKo: '북부산', nameEn: 'Bukbusan' });
const unnamedEn = anObservation({ stationId: 'X1', nameKo: '신설', nameEn: null });
const stations = [gumi, bukbusan, unnamedEn];

function matchesFor(query: string): string[] {
  const matches = compileSearch(query);
  if (!matches) return ['(no filter)'];
  const keys = searchKeysFor(stations);
  return stations.filter((_, i) => matches(keys[i]!)).map((o) => o.nameKo);
}

describe('compileSearch', () => {
  it('gives no filter at all for an empty or blank query', () => {
    expect(compileSearch('')).toBeNull();
    expect(compileSearch('  \t ')).toBeNull();
  });

  it('matches Hangul initials anywhere in the name', () => {
    expect(matchesFor('ㄱㅁ')).toEqual(['구미']);
    expect(matchesFor('ㅂㅅ')).toEqual(['북부산']);
    expect(matchesFor('ㅂㅂㅅ')).toEqual(['북부산']);
  });

  it('matches a syllable still being composed', () => {
    expect(matchesFor('굼')).toEqual(['구미']);
    expect(matchesFor('북ㅂ')).toEqual(['북부산']);
  });

  it('matches a name typed with decomposed (NFD) Hangul', () => {
    expect(matchesFor('구미'.normalize('NFD'))).toEqual(['구미']);
  });

  it('ignores spaces inside the query', () => {
    expect(matchesFor('북 부산')).toEqual(['북부산']);
  });

  it('matches English names case-insensitively, ignoring spaces and hyphens', () => {
    expect(matchesFor('BUKBU')).toEqual(['북부산']);
    expect(matchesFor('buk-busan')).toEqual(['북부산']);
  });

  it('matches a station number exactly or by its prefix, never inside', () => {
    expect(matchesFor('279')).toEqual(['구미']);
    expect(matchesFor('27')).toEqual(['구미']);
    expect(matchesFor('79')).toEqual([]);
  });
});

describe('searchKeysFor', () => {
  it('builds the keys once per feed array', () => {
    expect(searchKeysFor(stations)).toBe(searchKeysFor(stations));
  });

  it('keeps an empty English key for stations without an English name', () => {
    expect(searchKeysFor([unnamedEn])[0]).toMatchObject({
      nameEn: '',
      choseong: 'ㅅㅅ',
      enSyllableEnds: [],
    });
  });
});

describe('regressions', () => {
  it('finds station numbers that contain letters, whatever their case', () => {
    const keys = searchKeysFor([anObservation({ stationId: 'X1' })]);
    expect(compileSearch('X1')?.(keys[0]!)).toBe(true);
    expect(compileSearch('x1')?.(keys[0]!)).toBe(true);
  });
});

describe('names with spaces', () => {
  it('match a query typed with or without the space', () => {
    const keys = searchKeysFor([anObservation({ stationId: 'S1', nameKo: '관측소 19999' })]);
    expect(compileSearch('관측소 19999')?.(keys[0]!)).toBe(true);
    expect(compileSearch('관측소19999')?.(keys[0]!)).toBe(true);
  });
});
