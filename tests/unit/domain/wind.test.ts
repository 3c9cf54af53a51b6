import { describe, expect, it } from 'vitest';
import { isCalm, windArrowRotation, windWord } from '../../../src/domain/wind';

describe('windWord: 16 points, from where the wind blows', () => {
  it.each([
    [0, '북', 'N'],
    [22.5, '북북동', 'NNE'],
    [45, '북동', 'NE'],
    [67.5, '동북동', 'ENE'],
    [90, '동', 'E'],
    [112.5, '동남동', 'ESE'],
    [135, '남동', 'SE'],
    [157.5, '남남동', 'SSE'],
    [180, '남', 'S'],
    [202.5, '남남서', 'SSW'],
    [225, '남서', 'SW'],
    [247.5, '서남서', 'WSW'],
    [270, '서', 'W'],
    [292.5, '서북서', 'WNW'],
    [315, '북서', 'NW'],
    [337.5, '북북서', 'NNW'],
    [360, '북', 'N'],
  ])('%s° is %s / %s', (degrees, ko, en) => {
    expect(windWord(degrees, 'ko')).toBe(ko);
    expect(windWord(degrees, 'en')).toBe(en);
  });

  it('rounds to the nearest point at the edges of each 22.5° sector', () => {
    expect(windWord(11.24, 'en')).toBe('N');
    expect(windWord(11.25, 'en')).toBe('NNE');
    expect(windWord(348.74, 'en')).toBe('NNW');
    expect(windWord(348.75, 'en')).toBe('N');
  });
});

describe('windArrowRotation: the arrow shows where the wind goes', () => {
  it.each([
    [0, 180],
    [90, 270],
    [180, 0],
    [270, 90],
    [315, 135],
    [360, 180],
  ])('a wind from %s° turns an up-arrow by %s°', (from, rotation) => {
    expect(windArrowRotation(from)).toBe(rotation);
  });
});

describe('isCalm', () => {
  it('calls 0 and 0.2 m/s calm, 0.3 m/s not', () => {
    expect(isCalm(0)).toBe(true);
    expect(isCalm(0.2)).toBe(true);
    expect(isCalm(0.3)).toBe(false);
  });
});
