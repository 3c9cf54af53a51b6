import { describe, expect, it } from 'vitest';
import { PROBLEM_CODES } from '../../../src/features/observations/feed-schema';
import { en } from '../../../src/i18n/messages.en';
import { ko } from '../../../src/i18n/messages.ko';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const catalogs = { ko: ko as Record<string, string>, en: en as Record<string, string> };

describe('the message catalogs', () => {
  it('have exactly the same keys in Korean and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(ko).sort());
  });

  it('have no empty messages', () => {
    for (const [lang, catalog] of Object.entries(catalogs)) {
      for (const [key, text] of Object.entries(catalog)) {
        expect(text.trim(), `${lang} ${key}`).not.toBe('');
      }
    }
  });

  it('use the same placeholders in both languages', () => {
    for (const key of Object.keys(ko)) {
      expect(placeholders(catalogs.en[key]!), key).toEqual(placeholders(catalogs.ko[key]!));
    }
  });

  it('explain every problem a feed record can have', () => {
    for (const code of PROBLEM_CODES) {
      expect(catalogs.ko, code).toHaveProperty([`problem.${code}`]);
      expect(catalogs.en, code).toHaveProperty([`problem.${code}`]);
    }
  });
});
