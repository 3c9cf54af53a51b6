import { describe, expect, it } from 'vitest';
import { kstFromCompact, kstFromDashed, kstIso } from '../../../src/ingest/kst-time';
import {
  readCloudTenths,
  readCode,
  readNumber,
  readTemperature,
} from '../../../src/ingest/measurement';

describe('reading values', () => {
  it.each([
    ['15.0', 15],
    [' -3.5 ', -3.5],
    ['+2', 2],
    ['', null],
    ['-', null],
    ['15.0℃', null],
    ['1e3', null],
    [undefined, null],
  ])('number %j → %s', (text, expected) => {
    expect(readNumber(text)).toBe(expected);
  });

  it.each([
    ['-9.0', { value: -9 }],
    ['-60.0', { value: -60 }],
    ['-98.9', { value: null, implausible: -98.9 }],
    ['-99.0', { value: null }],
    ['-999', { value: null }],
    ['', { value: null }],
    ['61.0', { value: null, implausible: 61 }],
    ['-61', { value: null, implausible: -61 }],
  ])('temperature %j → %j', (text, expected) => {
    expect(readTemperature(text)).toEqual(expected);
  });

  it.each([
    ['0', 0],
    ['10', 10],
    ['-9', null],
    ['11', null],
    ['', null],
  ])('cloud amount %j → %s', (text, expected) => {
    expect(readCloudTenths(text)).toBe(expected);
  });

  it('reads codes as whole numbers within their range', () => {
    expect(readCode('05', 0, 99)).toBe(5);
    expect(readCode('5.5', 0, 99)).toBeNull();
    expect(readCode('-9', 0, 99)).toBeNull();
    expect(readCode('100', 0, 99)).toBeNull();
  });
});

describe('KST times', () => {
  it('writes the offset', () => {
    expect(kstIso({ year: 2024, month: 5, day: 21, hour: 15, minute: 0 })).toBe(
      '2024-05-21T15:00:00+09:00',
    );
  });

  it.each([
    ['202405211500', '2024-05-21T15:00:00+09:00'],
    ['202412312350', '2024-12-31T23:50:00+09:00'],
    ['202402300600', null],
    ['202405212400', null],
    ['2024052115', null],
  ])('compact %s → %s', (text, expected) => {
    expect(kstFromCompact(text)).toBe(expected);
  });

  it.each([
    ['2019-01-20 01:00', '2019-01-20T01:00:00+09:00'],
    ['2019-01-20T01:00', '2019-01-20T01:00:00+09:00'],
    ['2019-13-20 01:00', null],
    ['2019-01-20', null],
  ])('dashed %s → %s', (text, expected) => {
    expect(kstFromDashed(text)).toBe(expected);
  });
});
