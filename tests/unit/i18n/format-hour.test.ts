import { describe, expect, it } from 'vitest';
import { formatHour, formatHourShort } from '../../../src/i18n/format-hour';

describe('formatHour: an hour in Korea time, whatever the time zone it was written in', () => {
  it.each(['2024-05-21T15:00:00+09:00', '2024-05-21T06:00:00Z', '2024-05-21T08:00:00+02:00'])(
    '%s',
    (time) => {
      expect(formatHour(time, 'ko')).toBe('5월 21일 15:00');
      expect(formatHour(time, 'en')).toBe('21 May at 15:00');
      expect(formatHourShort(time, 'ko')).toBe('15:00');
    },
  );

  it('writes midnight as 00:00, on the new day', () => {
    expect(formatHour('2024-05-21T15:00:00Z', 'ko')).toBe('5월 22일 00:00');
  });
});
