import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { act, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { linkedArticleReady, WAIT_CAP_MS } from '../../../src/app/linked-article';
import { config } from '../../../src/config/env';
import type { NewsFeed } from '../../../src/features/news/news-item';
import { createQueryClient } from '../../../src/lib/query-client';

const NEWS_TEXT = readFileSync(resolve(process.cwd(), 'public/data/news.json'), 'utf8');
const ARTICLE_ID = (JSON.parse(NEWS_TEXT) as { items: { id: string }[] }).items[0]!.id;

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

function serveNews(): ReturnType<typeof vi.fn> {
  const fetch = vi.fn(() =>
    Promise.resolve(new Response(NEWS_TEXT, { headers: { 'Content-Type': 'application/json' } })),
  );
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

describe('linkedArticleReady', () => {
  it('does not wait, nor fetch the news, without an article in the address', async () => {
    const fetch = serveNews();
    const client = createQueryClient();
    await linkedArticleReady(client, '?station=279');
    expect(fetch).not.toHaveBeenCalled();
    expect(client.getQueryData(['news', config.newsUrl])).toBeUndefined();
  });

  it.each([
    ['ko', '', '기사', '지도에서 보기'],
    ['en', '&lang=en', 'Article', 'Show on map'],
  ] as const)(
    '(%s) has the news, the code and the words ready: the slot renders at once',
    async (lang, query, kicker, showOnMap) => {
      // Fresh modules: the setup file has released the first draw, after which every deferred
      // component loads by itself. Here the map has not drawn, as on a page just opened.
      vi.resetModules();
      const { linkedArticleReady } = await import('../../../src/app/linked-article');
      const { NewsArticleSlot } = await import('../../../src/app/deferred-features');
      const { renderInLanguage } = await import('../support/render');
      const { loadSampleFeed } = await import('../support/sample-feed');
      serveNews();
      const client = createQueryClient();
      // A long cap: the first import of the article's modules is transformed on the fly here.
      await linkedArticleReady(client, `?news=${ARTICLE_ID}${query}`, 10_000);
      const feed = client.getQueryData<NewsFeed>(['news', config.newsUrl]);
      expect(feed?.items.map((item) => item.id)).toContain(ARTICLE_ID);

      // Rendered once, synchronously: no fallback, the article's heading is there at once.
      act(() => {
        renderInLanguage(
          <Suspense fallback={<p>loading</p>}>
            <NewsArticleSlot
              id={ARTICLE_ID}
              items={feed!.items}
              status={{
                feed,
                error: null,
                isLoading: false,
                url: config.newsUrl,
                onRetry() {},
                retrying: false,
              }}
              all={loadSampleFeed().observations}
              shown={loadSampleFeed().observations}
              onShowOnMap={() => {}}
              onShowHidden={() => {}}
              onShowList={() => {}}
              onClose={() => {}}
            />
          </Suspense>,
          lang,
        );
      });
      expect(screen.queryByText('loading')).toBeNull();
      expect(
        screen.getByRole('heading', { name: feed!.items.find((i) => i.id === ARTICLE_ID)!.title }),
      ).toBeInTheDocument();
      // The page language's deferred words, not their keys.
      expect(screen.getByText(kicker)).toBeInTheDocument();
      expect(screen.getByRole('button', { name: showOnMap })).toBeInTheDocument();
    },
  );

  it('still lets the page render when the page language’s messages cannot be fetched', async () => {
    vi.resetModules();
    vi.doMock('../../../src/i18n/catalogs', async (original) => ({
      ...(await original<typeof import('../../../src/i18n/catalogs')>()),
      loadCatalog: () => Promise.reject(new Error('offline')),
    }));
    const { linkedArticleReady } = await import('../../../src/app/linked-article');
    serveNews();
    await expect(
      linkedArticleReady(createQueryClient(), `?news=${ARTICLE_ID}&lang=en`, 10_000),
    ).resolves.toBeUndefined();
    vi.doUnmock('../../../src/i18n/catalogs');
  });

  it('stops waiting after its cap when the news does not come', async () => {
    vi.useFakeTimers();
    vi.stubGlobal(
      'fetch',
      vi.fn(() => new Promise<Response>(() => {})),
    );
    const client = createQueryClient();
    let done = false;
    void linkedArticleReady(client, `?news=${ARTICLE_ID}`).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(WAIT_CAP_MS - 50);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(100);
    expect(done).toBe(true);
  });
});
