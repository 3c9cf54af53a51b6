import { describe, expect, it } from 'vitest';
import { CONDITIONS, OTHER_CONDITION } from '../../../src/domain/conditions';
import { PROBLEM_CODES } from '../../../src/domain/feed-schema';
import { PROVINCES_KO, provinceLabel } from '../../../src/domain/provinces';
import { catalogStations } from '../../../src/domain/station-catalog';
import { en as enFirst } from '../../../src/i18n/messages.en';
import { enDeferred } from '../../../src/i18n/messages.en.deferred';
import { ko as koFirst } from '../../../src/i18n/messages.ko';
import { koDeferred } from '../../../src/i18n/messages.ko.deferred';

// A plural choice ({count, plural, one {…} other {…}}) counts as its value's placeholder plus
// whatever placeholders its branches hold; the branches' words are not placeholders.
const PLURAL_CHOICE =
  /\{(\w+), plural, one \{((?:[^{}]|\{\w+\})*)\} other \{((?:[^{}]|\{\w+\})*)\}\}/g;
const placeholders = (text: string) =>
  [
    ...new Set(
      [
        ...text
          .replace(
            PLURAL_CHOICE,
            (_, name: string, one: string, other: string) =>
              `{${name}} ${one.replace(/\{(\w+)\}/g, '<$1>')} ${other.replace(/\{(\w+)\}/g, '<$1>')}`,
          )
          .matchAll(/[{<](\w+)[}>]/g),
      ].map((m) => m[1]),
    ),
  ].sort();
// Each language whole: the first view's part and the deferred part.
const ko: Record<string, string> = { ...koFirst, ...koDeferred };
const en: Record<string, string> = { ...enFirst, ...enDeferred };
const catalogs = { ko, en };

describe('the message catalogs', () => {
  it('have exactly the same keys in Korean and English, part by part', () => {
    expect(Object.keys(enFirst).sort()).toEqual(Object.keys(koFirst).sort());
    expect(Object.keys(enDeferred).sort()).toEqual(Object.keys(koDeferred).sort());
  });

  it('put each key in one part only', () => {
    const twice = Object.keys(koDeferred).filter((key) => key in koFirst);
    expect(twice).toEqual([]);
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

  // "1 late stations" read wrong: an English count of things takes a plural choice.
  it('give English counts a singular: no "{count} <things>" without a plural choice', () => {
    for (const [key, text] of Object.entries(catalogs.en)) {
      // Outside the choices; "news" takes no plural ("1 related news").
      const outside = text.replace(PLURAL_CHOICE, '');
      expect(outside, key).not.toMatch(/\{count\} (\w+ )?(?!news\b)\w+s\b/);
    }
  });

  it('write plural choices the translator understands, in English for 1 and for 2', async () => {
    const { fillMessage } = await import('../../../src/i18n/fill-message');
    for (const [key, text] of Object.entries(catalogs.en)) {
      if (!text.includes(', plural,')) continue;
      const names = placeholders(text);
      for (const count of [1, 2]) {
        const params = Object.fromEntries(
          names.map((name) => [name, name === 'count' ? count : 'x']),
        );
        expect(fillMessage(text, params, 'en'), `${key} (${count})`).not.toMatch(/[{}]/);
      }
    }
  });

  it('explain every problem a feed record can have', () => {
    for (const code of PROBLEM_CODES) {
      expect(catalogs.ko, code).toHaveProperty([`problem.${code}`]);
      expect(catalogs.en, code).toHaveProperty([`problem.${code}`]);
    }
  });

  // Korean text in the English catalog is a string someone forgot to translate — except
  // the language switch (it names Korean in Korean) and the initials search example.
  it('has no Korean left in the English catalog, apart from deliberate examples', () => {
    const deliberate = new Set([
      'app.language',
      'app.languageLabel',
      'app.languageReload',
      'search.placeholder',
    ]);
    for (const [key, text] of Object.entries(catalogs.en)) {
      if (deliberate.has(key)) continue;
      expect(text, key).not.toMatch(/[\uAC00-\uD7A3]/);
    }
  });
});

describe('the words outside the catalogs', () => {
  const hangul = /[\uAC00-\uD7A3]/;

  it('give every sky condition a Korean and an English word', () => {
    for (const condition of [...CONDITIONS, OTHER_CONDITION]) {
      expect(condition.ko, condition.code).toMatch(hangul);
      expect(condition.en.trim(), condition.code).not.toBe('');
      expect(condition.en, condition.code).not.toMatch(hangul);
    }
  });

  it('give every province an English name', () => {
    for (const province of PROVINCES_KO) {
      expect(provinceLabel(province, 'ko')).toBe(province);
      expect(provinceLabel(province, 'en'), province).not.toMatch(hangul);
    }
  });

  it('give every station in the catalog a Korean and an English name and a known province', () => {
    for (const station of catalogStations()) {
      expect(station.nameKo, station.id).toMatch(hangul);
      expect(station.nameEn.trim(), station.id).not.toBe('');
      expect(station.nameEn, station.id).not.toMatch(hangul);
      expect(PROVINCES_KO, station.id).toContain(station.province);
    }
  });
});
