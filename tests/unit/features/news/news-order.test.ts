import { describe, expect, it } from 'vitest';
import {
  indexNewsByStation,
  newsInRegion,
  sortNewsNewestFirst,
} from '../../../../src/features/news/news-order';
import { aNewsItem } from './news-fixtures';

describe('sortNewsNewestFirst', () => {
  it('puts dated items newest first and undated ones after, in feed order', () => {
    const items = [
      aNewsItem({ id: 'undated-1', feedIndex: 0 }),
      aNewsItem({ id: 'old', feedIndex: 1, publishedAt: '2024-05-01' }),
      aNewsItem({ id: 'undated-2', feedIndex: 2 }),
      aNewsItem({ id: 'new', feedIndex: 3, publishedAt: '2024-05-21T09:00:00+09:00' }),
      aNewsItem({ id: 'mid', feedIndex: 4, publishedAt: '2024-05-20T23:00:00Z' }),
    ];
    expect(sortNewsNewestFirst(items).map((item) => item.id)).toEqual([
      'new',
      'mid',
      'old',
      'undated-1',
      'undated-2',
    ]);
  });
});

describe('indexNewsByStation', () => {
  it('lists each item under every station it names', () => {
    const a = aNewsItem({ id: 'a', stationIds: ['279', '143'] });
    const b = aNewsItem({ id: 'b', stationIds: ['279'] });
    const index = indexNewsByStation([a, b]);
    expect(index.get('279')).toEqual([a, b]);
    expect(index.get('143')).toEqual([a]);
    expect(index.has('90')).toBe(false);
  });
});

describe('newsInRegion', () => {
  it('keeps items linked to the station or in its province', () => {
    const linked = aNewsItem({ id: 'linked', stationIds: ['279'], region: null });
    const province = aNewsItem({
      id: 'province',
      stationIds: [],
      region: { name: '안동시', province: '경상북도' },
    });
    const elsewhere = aNewsItem({
      id: 'elsewhere',
      stationIds: ['90'],
      region: { name: '속초시', province: '강원특별자치도' },
    });
    const items = [linked, province, elsewhere];
    expect(newsInRegion(items, { stationId: '279', province: '경상북도' })).toEqual([
      linked,
      province,
    ]);
    expect(newsInRegion(items, { stationId: '999', province: null })).toEqual([]);
  });
});
