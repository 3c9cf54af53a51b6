import { describe, expect, it } from 'vitest';
import { typeAheadIndex } from '../../../../src/features/station-list/type-ahead';

// 0 속초, 1 군산, 2 구미, 3 강릉, 4 구례, 5 신설
const names = [
  { nameKo: '속초', nameEn: 'Sokcho' },
  { nameKo: '군산', nameEn: 'Gunsan' },
  { nameKo: '구미', nameEn: 'Gumi' },
  { nameKo: '강릉', nameEn: 'Gangneung' },
  { nameKo: '구례', nameEn: 'Gurye' },
  { nameKo: '신설', nameEn: null },
];

describe('typeAheadIndex', () => {
  it('finds the next Korean name starting with the typed syllable (구 is 구미, not 군산)', () => {
    expect(typeAheadIndex(names, '구', 0)).toBe(2);
  });

  it('moves on to the next match when the same character is typed again, wrapping around', () => {
    expect(typeAheadIndex(names, '구', 2)).toBe(4);
    expect(typeAheadIndex(names, '구', 4)).toBe(2);
    expect(typeAheadIndex(names, '구구', 2)).toBe(4);
  });

  it('keeps the active option while a longer string still matches it', () => {
    expect(typeAheadIndex(names, '구례', 4)).toBe(4);
    expect(typeAheadIndex(names, '구미', 4)).toBe(2);
  });

  it('matches initial consonants (ㄱㄹ → 강릉, then 구례)', () => {
    expect(typeAheadIndex(names, 'ㄱㄹ', 0)).toBe(3);
    expect(typeAheadIndex(names, 'ㄱㄹ', 4)).toBe(4);
    expect(typeAheadIndex(names, 'ㄱ', 2)).toBe(3);
  });

  it('matches English names in either case, whatever the page language', () => {
    expect(typeAheadIndex(names, 'gan', 0)).toBe(3);
    expect(typeAheadIndex(names, 'S', 5)).toBe(0);
    // The only name starting with "s" is the active one: it stays active.
    expect(typeAheadIndex(names, 's', 0)).toBe(0);
  });

  it('answers -1 when nothing starts with the text, or nothing was typed', () => {
    expect(typeAheadIndex(names, '서울', 0)).toBe(-1);
    expect(typeAheadIndex(names, ' ', 0)).toBe(-1);
    expect(typeAheadIndex([], '구', 0)).toBe(-1);
  });
});

describe('typeAheadIndex with a Korean keyboard on a list (no input method composing)', () => {
  it('reads Latin letters as 두벌식 keys: r n is 구', () => {
    expect(typeAheadIndex(names, 'rn', 0)).toBe(2);
    expect(typeAheadIndex(names, 'rnf', 2)).toBe(4); // 굴 → ㄱㅜㄹ → 구례
  });

  it('finds a name from a syllable still being formed (굼 → 구미, 군 → 군산)', () => {
    expect(typeAheadIndex(names, '굼', 0)).toBe(2);
    expect(typeAheadIndex(names, 'rna', 0)).toBe(2);
    expect(typeAheadIndex(names, 'rns', 3)).toBe(1);
  });

  it('reads a single key as an initial consonant too (r → ㄱ)', () => {
    expect(typeAheadIndex(names, 'r', 0)).toBe(1);
  });
});
