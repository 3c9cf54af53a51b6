// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EarlyRequestPlan } from '../../../src/app/early-request-plan';
import { PLAN_ELEMENT_ID } from '../../../src/app/early-request-plan';
import { catalogToLoad, startEarlyRequests, warmIntl } from '../../../src/app/early-requests';
import { isLang, LANG_PREFERENCE_KEY } from '../../../src/i18n/lang';
import { pageLanguage } from '../../../src/i18n/page-language';

const PLAN: EarlyRequestPlan = {
  catalogs: { en: ['./assets/messages.en-x.js'] },
  langPreferenceKey: LANG_PREFERENCE_KEY,
  stationSearch: ['./assets/search-stations-x.js', './assets/es-hangul-x.js'],
  intl: { locales: { ko: 'ko-KR', en: 'en-GB' }, timeZone: 'Asia/Seoul' },
  article: {
    messages: {
      ko: ['./assets/messages.ko.deferred-x.js'],
      en: ['./assets/messages.en.deferred-x.js'],
    },
    modules: ['./assets/news-article-slot-x.js', './assets/parse-news-x.js'],
    styles: ['./assets/news-x.css'],
    feed: './data/news.json',
  },
};

function withPlan(plan: EarlyRequestPlan | string): void {
  const block = document.createElement('script');
  block.type = 'application/json';
  block.id = PLAN_ELEMENT_ID;
  block.textContent = typeof plan === 'string' ? plan : JSON.stringify(plan);
  document.head.append(block);
}

function hints(): string[] {
  return [...document.head.querySelectorAll('link')].map(
    (link) => `${link.rel}${link.as ? `:${link.as}` : ''} ${link.getAttribute('href')}`,
  );
}

afterEach(() => {
  document.head.replaceChildren();
  localStorage.clear();
});

describe('catalogToLoad', () => {
  // The early script restates the page-language rule; both must pick the same language.
  const urls = ['', '?lang=en', '?lang=ko', '?lang=fr', '?lang=EN'];
  const stored = [null, 'en', 'ko', 'fr'];
  for (const search of urls)
    for (const remembered of stored)
      it(`agrees with pageLanguage for "${search}" with "${String(remembered)}" remembered`, () => {
        const fromUrl = new URLSearchParams(search).get('lang');
        if (remembered) localStorage.setItem(LANG_PREFERENCE_KEY, remembered);
        const lang = pageLanguage(isLang(fromUrl) ? fromUrl : null);
        expect(catalogToLoad(PLAN, search, remembered)).toBe(lang === 'ko' ? null : lang);
      });
});

describe('startEarlyRequests', () => {
  it('asks for nothing on a Korean page without an article', () => {
    withPlan(PLAN);
    startEarlyRequests(document, '?station=279', () => null);
    expect(hints()).toEqual([]);
  });

  it('preloads the English messages for an English page', () => {
    withPlan(PLAN);
    startEarlyRequests(document, '?lang=en', () => null);
    expect(hints()).toEqual(['modulepreload ./assets/messages.en-x.js']);
  });

  it('preloads the remembered language when the address names none', () => {
    withPlan(PLAN);
    startEarlyRequests(document, '', (key) => (key === LANG_PREFERENCE_KEY ? 'en' : null));
    expect(hints()).toEqual(['modulepreload ./assets/messages.en-x.js']);
  });

  it('preloads the feed, the modules and the styles of a linked article, in CORS mode', () => {
    withPlan(PLAN);
    startEarlyRequests(document, '?news=gumi-americas-delegation', () => null);
    expect(hints()).toEqual([
      'preload:fetch ./data/news.json',
      'modulepreload ./assets/news-article-slot-x.js',
      'modulepreload ./assets/parse-news-x.js',
      'modulepreload ./assets/messages.ko.deferred-x.js',
      'preload:style ./assets/news-x.css',
    ]);
    for (const link of document.head.querySelectorAll('link'))
      expect(link.crossOrigin).toBe('anonymous');
  });

  it("preloads an English article's English messages, both parts", () => {
    withPlan(PLAN);
    startEarlyRequests(document, '?lang=en&news=gumi-americas-delegation', () => null);
    expect(hints()).toContain('modulepreload ./assets/messages.en-x.js');
    expect(hints()).toContain('modulepreload ./assets/messages.en.deferred-x.js');
    expect(hints()).not.toContain('modulepreload ./assets/messages.ko.deferred-x.js');
  });

  it('preloads the station search code for an address with a search', () => {
    withPlan(PLAN);
    startEarlyRequests(document, '?q=%EA%B5%AC%EB%AF%B8&sky=clear', () => null);
    expect(hints()).toEqual([
      'modulepreload ./assets/search-stations-x.js',
      'modulepreload ./assets/es-hangul-x.js',
    ]);
  });

  it('ignores a blank search', () => {
    withPlan(PLAN);
    startEarlyRequests(document, '?q=+', () => null);
    expect(hints()).toEqual([]);
  });

  it('ignores an empty article id', () => {
    withPlan(PLAN);
    startEarlyRequests(document, '?news=%20', () => null);
    expect(hints()).toEqual([]);
  });

  it('does nothing without a plan (the development server writes none)', () => {
    startEarlyRequests(document, '?lang=en&news=a', () => null);
    expect(hints()).toEqual([]);
  });
});

describe('warmIntl', () => {
  it("makes one Korea-time formatter in the page's locale, Korean by default", () => {
    const made = vi.spyOn(Intl, 'DateTimeFormat');
    warmIntl(PLAN, 'en');
    warmIntl(PLAN, null);
    expect(made.mock.calls).toEqual([
      ['en-GB', { timeZone: 'Asia/Seoul' }],
      ['ko-KR', { timeZone: 'Asia/Seoul' }],
    ]);
  });

  it('never throws, even for a time zone the browser lacks', () => {
    expect(() =>
      warmIntl({ ...PLAN, intl: { ...PLAN.intl, timeZone: 'Nowhere/Else' } }, null),
    ).not.toThrow();
  });
});
