import { describe, expect, it } from 'vitest';
import { typeAheadIndex } from '../../../../src/features/station-list/type-ahead';

const names = [
  { nameKo: '속초', nameEn: 'Sokcho' },
  { nameKo: '구미', nameEn: 'Gumi' },
  { nameKo: '강릉', nameEn: 'Gangneung' },
  { nameKo: '구례', nameEn: 'Gurye' },
  { nameKo: '신설', nameEn: null },
];

describe('typeAheadIndex', () => {
  it('finds the next Korean name starting with the typed syllable', () => {
    expect(typeAheadIndex(names, '구', 0)).toBe(1);
  });

  it('moves on to the next match when the same character is typed again, wrapping around', () => {
    expect(typeAheadIndex(names, '구', 1)).toBe(3);
    expect(typeAheadIndex(names, '구', 3)).toBe(1);
    expect(typeAheadIndex(names, '구구', 1)).toBe(3);
  });

  it('keeps the active option while a longer string still matches it', () => {
    expect(typeAheadIndex(names, '구례', 3)).toBe(3);
    expect(typeAheadIndex(names, '구미', 3)).toBe(1);
  });

  it('matches initial consonants (ㄱㄹ → 강릉, then 구례)', () => {
    expect(typeAheadIndex(names, 'ㄱㄹ', 0)).toBe(2);
    expect(typeAheadIndex(names, 'ㄱㄹ', 3)).toBe(3);
    expect(typeAheadIndex(names, 'ㄱ', 1)).toBe(2);
  });

  it('matches English names in either case, whatever the page language', () => {
    expect(typeAheadIndex(names, 'gan', 0)).toBe(2);
    expect(typeAheadIndex(names, 'S', 4)).toBe(0);
    // The only name starting with "s" is the active one: it stays active.
    expect(typeAheadIndex(names, 's', 0)).toBe(0);
  });

  it('answers -1 when nothing starts with the text, or nothing was typed', () => {
    expect(typeAheadIndex(names, '서울', 0)).toBe(-1);
    expect(typeAheadIndex(names, ' ', 0)).toBe(-1);
    expect(typeAheadIndex([], '구', 0)).toBe(-1);
  });
});
