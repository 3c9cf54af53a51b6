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

  it('returns the template itself when no values are given', () => {
    expect(createTranslator('ko')('feed.retry')).toBe('다시 시도');
  });
});
