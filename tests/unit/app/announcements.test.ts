import { describe, expect, it } from 'vitest';
import { feedNotice, resultsAnnouncement } from '../../../src/app/announcements';
import { createTranslator } from '../../../src/i18n/translate';

const ko = createTranslator('ko');
const en = createTranslator('en');

describe('resultsAnnouncement', () => {
  it('names every chosen sky condition in the reader language', () => {
    expect(resultsAnnouncement(ko, 'ko', ['clear', 'rain'], 12)).toBe('맑음, 비 12개 관측소');
    expect(resultsAnnouncement(en, 'en', ['clear', 'rain'], 12)).toBe('Clear, Rain: 12 stations');
  });

  it('says "all" when no sky condition is chosen', () => {
    expect(resultsAnnouncement(ko, 'ko', [], 97)).toBe('전체 97개 관측소');
    expect(resultsAnnouncement(en, 'en', [], 0)).toBe('All: 0 stations');
  });
});

describe('feedNotice', () => {
  it('is silent when the feed is fine', () => {
    expect(feedNotice(ko, { failed: false, offline: false, hasData: true })).toBe('');
  });

  it('tells a failed refresh over earlier data from a failed first load', () => {
    expect(feedNotice(ko, { failed: true, offline: false, hasData: true })).toBe(
      ko('announce.stale'),
    );
    expect(feedNotice(ko, { failed: true, offline: false, hasData: false })).toBe(
      ko('error.title'),
    );
  });

  it('tells offline with and without earlier data, and a failure wins over offline', () => {
    expect(feedNotice(en, { failed: false, offline: true, hasData: true })).toBe(
      en('announce.offline'),
    );
    expect(feedNotice(en, { failed: false, offline: true, hasData: false })).toBe(
      en('feed.offline'),
    );
    expect(feedNotice(en, { failed: true, offline: true, hasData: true })).toBe(
      en('announce.stale'),
    );
  });
});
