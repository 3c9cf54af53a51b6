import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../src/i18n/translate';

describe('createTranslator', () => {
  it('fills placeholders with the given values', () => {
    expect(createTranslator('ko')('list.count', { total: 97, shown: 45 })).toBe('97개 중 45개');
    expect(createTranslator('en')('list.count', { total: 97, shown: 45 })).toBe('45 of 97');
  });

  it('fills a placeholder used in a sentence', () => {
    expect(createTranslator('ko')('error.url', { url: '/data/observations.json' })).toBe(
      '주소: /data/observations.json',
    );
  });

  it('leaves a placeholder visible when its value is missing', () => {
    expect(createTranslator('en')('list.count', { total: 97 })).toBe('{shown} of 97');
  });

  it('inserts values as plain text, without interpreting them again', () => {
    const t = createTranslator('en');
    expect(t('error.url', { url: '<img src=x>{url}$&' })).toBe('URL: <img src=x>{url}$&');
  });

  it('says one thing in the singular and more in the plural, in English', () => {
    const t = createTranslator('en');
    expect(t('late.summary', { count: 1 })).toBe(
      '1 late station (more than 90 min behind the others)',
    );
    expect(t('late.summary', { count: 2 })).toBe(
      '2 late stations (more than 90 min behind the others)',
    );
    expect(t('filter.chipLabel', { condition: 'Fog', count: 1 })).toBe('Fog 1 station');
    expect(t('filter.chipLabel', { condition: 'Clear', count: 45 })).toBe('Clear 45 stations');
    expect(t('feed.rejectedSummary', { count: 1 })).toBe(
      '1 observation record was left out because it was malformed.',
    );
    expect(t('embed.shown.searchFixed', { count: 1, q: '구미' })).toBe(
      'A search cannot go into a widget: the one station “구미” shows now becomes a fixed list.',
    );
    expect(t('embed.shown.searchFixed', { count: 3, q: 'ㄱ' })).toBe(
      'A search cannot go into a widget: the 3 stations “ㄱ” shows now become a fixed list.',
    );
    expect(t('late.summary', { count: 0 })).toMatch(/^0 late stations/);
  });

  it('leaves Korean counts as they are', () => {
    expect(createTranslator('ko')('late.summary', { count: 1 })).toBe(
      '1곳 늦은 관측 (다른 관측소보다 90분 넘게 늦음)',
    );
  });

  it('returns the template itself when no values are given', () => {
    expect(createTranslator('ko')('feed.retry')).toBe('다시 시도');
  });
});
