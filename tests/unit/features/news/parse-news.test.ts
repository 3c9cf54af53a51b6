import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NewsContractError, parseNewsFeed } from '../../../../src/features/news/parse-news';
import { safeUrl } from '../../../../src/features/news/safe-url';
import { aNewsRecord } from './news-fixtures';

const feed = (...items: unknown[]) => parseNewsFeed({ items });

describe('parseNewsFeed', () => {
  it('reads the seed article in public/data/news.json exactly', () => {
    const path = resolve(process.cwd(), 'public/data/news.json');
    const { items, rejected, droppedUrls } = parseNewsFeed(JSON.parse(readFileSync(path, 'utf8')));
    expect(rejected).toEqual([]);
    expect(droppedUrls).toEqual([]);
    expect(items).toHaveLength(1);
    const [article] = items;
    expect(article).toMatchObject({
      id: 'gumi-americas-delegation',
      title: '구미시, 미주지역 경제사절단 파견',
      subtitle: '미국 어바인, 새너제이, 레드먼드 등 산업도시 순방 및 협력사업 발굴',
      region: { name: '구미시', province: '경상북도' },
      stationIds: ['279'],
      publishedAt: null,
      url: null,
      source: null,
    });
    expect(article!.body.map((block) => block.type)).toEqual([
      'paragraph',
      'paragraph',
      'heading',
      'paragraph',
      'paragraph',
      'paragraph',
      'paragraph',
      'heading',
      'paragraph',
      'paragraph',
    ]);
    expect(article!.body.filter((block) => block.type === 'heading').map((b) => b.text)).toEqual([
      '지역기업을 위한 새로운 협력모델 발굴 추진',
      '구미시, 글로벌 밸류체인 구축을 위해 광폭 행보',
    ]);
  });

  it('fills absent optional fields with null (and no stations with [])', () => {
    const { items } = feed({ id: 'a', title: '제목', body: [{ type: 'paragraph', text: '본문' }] });
    expect(items[0]).toEqual({
      id: 'a',
      feedIndex: 0,
      title: '제목',
      subtitle: null,
      body: [{ type: 'paragraph', text: '본문' }],
      region: null,
      stationIds: [],
      publishedAt: null,
      url: null,
      source: null,
    });
  });

  it('keeps http and https links', () => {
    const { items, droppedUrls } = feed(
      aNewsRecord({ id: 'a', url: 'https://www.gumi.go.kr/news/1' }),
      aNewsRecord({ id: 'b', url: 'http://example.com/a?b=1' }),
    );
    expect(items.map((item) => item.url)).toEqual([
      'https://www.gumi.go.kr/news/1',
      'http://example.com/a?b=1',
    ]);
    expect(droppedUrls).toEqual([]);
  });

  it.each([
    ['javascript:alert(1)'],
    ['  JavaScript:alert(document.cookie)'],
    ['java\tscript:alert(1)'],
    ['data:text/html,<script>alert(1)</script>'],
    ['//evil.example/path'],
    ['/relative/path'],
    ['ftp://example.com/file'],
    ['mailto:someone@example.com'],
    ['https:/one-slash.example'],
    [''],
  ])('drops the link %j, keeps the item and reports it', (url) => {
    const { items, rejected, droppedUrls } = feed(aNewsRecord({ url }));
    expect(items).toHaveLength(1);
    expect(items[0]!.url).toBeNull();
    expect(rejected).toEqual([]);
    expect(droppedUrls).toEqual([
      { index: 0, id: 'gumi-americas-delegation', problem: 'url-scheme', field: 'url' },
    ]);
  });

  it('skips an item without a body, counts it, and keeps the rest', () => {
    const withoutBody = aNewsRecord({ id: 'no-body' });
    delete withoutBody.body;
    const { items, rejected } = feed(
      withoutBody,
      aNewsRecord({ id: 'empty-body', body: [] }),
      aNewsRecord({ id: 'ok' }),
    );
    expect(items.map((item) => item.id)).toEqual(['ok']);
    expect(rejected).toEqual([
      { index: 0, id: 'no-body', problem: 'body-missing', field: 'body' },
      { index: 1, id: 'empty-body', problem: 'body-missing', field: 'body' },
    ]);
  });

  it.each([
    ['a missing title', { title: undefined }, 'title-missing'],
    ['a blank title', { title: '   ' }, 'title-missing'],
    ['an id with spaces', { id: 'a b' }, 'id-format'],
    ['an unknown block type', { body: [{ type: 'html', text: '<b>x</b>' }] }, 'body-block'],
    ['a block without text', { body: [{ type: 'paragraph' }] }, 'body-block'],
    ['a date without offset', { publishedAt: '2024-05-21T09:00' }, 'published-at'],
    ['a date that is not one', { publishedAt: '어제' }, 'published-at'],
    ['a url that is not text', { url: 42 }, 'url-type'],
    ['a bad station id', { stationIds: ['27 9'] }, 'station-ids'],
    ['a region without a name', { region: { province: '경상북도' } }, 'region'],
  ])('skips an item with %s', (_label, overrides, problem) => {
    const { items, rejected } = feed(aNewsRecord(overrides));
    expect(items).toEqual([]);
    expect(rejected[0]!.problem).toBe(problem);
  });

  it('keeps the first of two items with the same id', () => {
    const { items, rejected } = feed(
      aNewsRecord({ title: '첫째' }),
      aNewsRecord({ title: '둘째' }),
    );
    expect(items.map((item) => item.title)).toEqual(['첫째']);
    expect(rejected).toEqual([
      { index: 1, id: 'gumi-americas-delegation', problem: 'duplicate-id', field: 'id' },
    ]);
  });

  it('keeps HTML and script in text as text, exactly', () => {
    const title = '<img src=x onerror=alert(1)> 제목';
    const text = '<script>alert("x")</script>&amp;';
    const { items } = feed(aNewsRecord({ title, body: [{ type: 'paragraph', text }] }));
    expect(items[0]!.title).toBe(title);
    expect(items[0]!.body[0]!.text).toBe(text);
  });

  it('strips invisible and bidi-control characters from text', () => {
    const { items } = feed(aNewsRecord({ title: '구미\u202E시\u200B 소식' }));
    expect(items[0]!.title).toBe('구미시 소식');
  });

  it('accepts a date alone or a time with offset as publishedAt', () => {
    const { items } = feed(
      aNewsRecord({ id: 'a', publishedAt: '2024-05-21' }),
      aNewsRecord({ id: 'b', publishedAt: '2024-05-21T09:30:00+09:00' }),
    );
    expect(items.map((item) => item.publishedAt)).toEqual([
      '2024-05-21',
      '2024-05-21T09:30:00+09:00',
    ]);
  });

  it.each([[null], [[]], ['text'], [{}], [{ items: 'no' }]])(
    'throws a contract error for a payload that is not a news feed: %j',
    (payload) => {
      expect(() => parseNewsFeed(payload)).toThrow(NewsContractError);
    },
  );

  it('skips non-object items without failing the feed', () => {
    const { items, rejected } = feed(null, 7, aNewsRecord());
    expect(items).toHaveLength(1);
    expect(rejected.map((problem) => problem.problem)).toEqual(['not-an-object', 'not-an-object']);
  });
});

describe('safeUrl', () => {
  it('normalises an http(s) URL and refuses everything else', () => {
    expect(safeUrl(' https://Example.com/a b ')).toBe('https://example.com/a%20b');
    expect(safeUrl('javascript:alert(1)')).toBeNull();
    expect(safeUrl('data:,x')).toBeNull();
    expect(safeUrl('//host.example')).toBeNull();
    expect(safeUrl('https://')).toBeNull();
  });
});
