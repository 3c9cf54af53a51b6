import { describe, expect, it } from 'vitest';
import { hourIndexOf, hourKey, hourKeyFromInput } from '../../../src/domain/hour-key';
import { parseHistory } from '../../../src/domain/parse-history';
import { aHistory } from '../support/history';

describe('hour keys (`at=` in the URL)', () => {
  it('name the hour in Korea time, whatever offset the feed wrote', () => {
    expect(hourKey('2024-05-21T15:00:00+09:00')).toBe('2024052115');
    expect(hourKey('2024-05-20T16:00:00Z')).toBe('2024052101');
  });

  it('accept only ten digits', () => {
    expect(hourKeyFromInput(' 2024052115 ')).toBe('2024052115');
    expect(hourKeyFromInput('2024-05-21')).toBeNull();
    expect(hourKeyFromInput('20240521150')).toBeNull();
    expect(hourKeyFromInput(null)).toBeNull();
  });

  it('find the hour in the history, or null when it has rolled out of the window', () => {
    const history = parseHistory(aHistory());
    expect(hourIndexOf(history, '2024052114')).toBe(1);
    expect(hourIndexOf(history, '2024052009')).toBeNull();
  });
});
