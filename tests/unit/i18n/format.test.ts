import { describe, expect, it } from 'vitest';
import {
  formatAge,
  formatObservedAt,
  formatTemperature,
  observedAtTime,
} from '../../../src/i18n/format';
import { createTranslator } from '../../../src/i18n/translate';

describe('formatTemperature', () => {
  it('shows one decimal and ℃', () => {
    expect(formatTemperature(15, 'ko')).toBe('15.0℃');
    expect(formatTemperature(19.2, 'ko')).toBe('19.2℃');
    expect(formatTemperature(-3.25, 'en')).toMatch(/^-3\.[23]℃$/);
    expect(formatTemperature(0, 'en')).toBe('0.0℃');
  });
});

describe('formatObservedAt', () => {
  it('shows a date alone as that calendar day, with no time', () => {
    const ko = formatObservedAt('2024-05-21', 'ko');
    expect(ko).toContain('2024년');
    expect(ko).toContain('5월 21일');
    expect(ko).not.toMatch(/\d:\d/);

    const en = formatObservedAt('2024-05-21', 'en');
    expect(en).toContain('21 May 2024');
    expect(en).not.toMatch(/\d:\d/);
  });

  it('keeps the first and last day of a year on their own day', () => {
    expect(formatObservedAt('2024-01-01', 'en')).toContain('1 January 2024');
    expect(formatObservedAt('2024-12-31', 'en')).toContain('31 December 2024');
  });

  // 15:30 UTC on 20 May is 00:30 KST on 21 May: a reader's own time zone would show the 20th.
  it('shows a full time in KST, whatever the process time zone', () => {
    const ko = formatObservedAt('2024-05-20T15:30:00Z', 'ko');
    expect(ko).toContain('5월 21일');
    expect(ko).not.toContain('20일');

    const en = formatObservedAt('2024-05-20T15:30:00Z', 'en');
    expect(en).toContain('21 May 2024');
    expect(en).toContain('00:30');
  });

  it('names the time zone "KST", not "GMT+9", in both languages', () => {
    for (const lang of ['ko', 'en'] as const) {
      const text = formatObservedAt('2024-05-21T15:00:00+09:00', lang);
      expect(text).toMatch(/15:00 KST$/);
      expect(text).not.toContain('GMT');
    }
  });

  // The weekday is short ("(화)", "Tue,"): alone on a line it reads as a stray word.
  it('binds the weekday to the date with a no-break space, so it never wraps alone', () => {
    expect(formatObservedAt('2024-05-21', 'ko')).toMatch(/21일\u00a0\(?화\)?$/);
    expect(formatObservedAt('2024-05-21', 'en')).toMatch(/^Tue,\u00a021/);
  });

  it('shows a time given in KST as that KST time', () => {
    expect(formatObservedAt('2024-05-21T15:00:00+09:00', 'ko')).toContain('15:00');
    expect(formatObservedAt('2024-05-21T23:59:00+09:00', 'en')).toMatch(/21 May 2024.*23:59/);
  });
});

describe('observedAtTime', () => {
  it('reads a date alone as the start of that day in KST', () => {
    expect(observedAtTime('2024-05-21')).toBe(Date.UTC(2024, 4, 20, 15));
  });

  it('reads a full time with its offset', () => {
    expect(observedAtTime('2024-05-21T15:00:00+09:00')).toBe(Date.UTC(2024, 4, 21, 6));
  });
});

describe('formatAge', () => {
  const MINUTE = 60_000;
  const HOUR = 60 * MINUTE;
  const DAY = 24 * HOUR;
  const ko = createTranslator('ko');
  const en = createTranslator('en');

  it.each([
    [0, '방금'],
    [59_999, '방금'],
    [-5 * MINUTE, '방금'], // a clock slightly ahead never gives a negative age
    [MINUTE, '1분'],
    [59 * MINUTE + 59_999, '59분'],
    [HOUR, '1시간'],
    [47 * HOUR, '47시간'],
    [48 * HOUR, '2일'],
    [59 * DAY, '59일'],
    [60 * DAY, '2개월'],
    [364 * DAY, '12개월'],
    [365 * DAY, '1년'],
    // One wording however old: a feed of 685 days ago is "2년 전" everywhere, never "685일 전".
    [685 * DAY, '2년'],
    [730 * DAY, '2년'],
  ])('shows %i ms as %j', (milliseconds, expected) => {
    expect(formatAge(milliseconds, ko)).toBe(expected);
  });

  it('speaks English too', () => {
    expect(formatAge(3 * MINUTE, en)).toBe('3 min');
    expect(formatAge(5 * HOUR, en)).toBe('5 h');
    expect(formatAge(90 * 24 * HOUR, en)).toBe('3 months');
    expect(formatAge(685 * 24 * HOUR, en)).toBe('2 years');
  });
});

describe('regressions', () => {
  it('shows midnight KST as 00, not 24, in Korean', () => {
    expect(formatObservedAt('2024-05-20T15:30:00Z', 'ko')).toContain('00:30');
  });

  it('never shows a negative zero', () => {
    expect(formatTemperature(-0.04, 'ko')).toBe('0.0℃');
    expect(formatTemperature(-0.5, 'ko')).toBe('-0.5℃');
  });
});
