/**
 * Pure ordering and narrowing of news items: newest first when dated,
 * undated after (in feed order), and the items that belong to a station.
 */
import type { NewsItem } from './news-item';

function publishedTime(item: NewsItem): number | null {
  if (item.publishedAt === null) return null;
  // A date alone counts as the start of that day in Korea.
  const text = /^\d{4}-\d{2}-\d{2}$/.test(item.publishedAt)
    ? `${item.publishedAt}T00:00:00+09:00`
    : item.publishedAt;
  return Date.parse(text);
}

export function sortNewsNewestFirst(items: readonly NewsItem[]): NewsItem[] {
  return items
    .map((item) => ({ item, time: publishedTime(item) }))
    .sort((a, b) => {
      if (a.time !== null && b.time !== null && a.time !== b.time) return b.time - a.time;
      if (a.time === null && b.time !== null) return 1;
      if (a.time !== null && b.time === null) return -1;
      return a.item.feedIndex - b.item.feedIndex;
    })
    .map(({ item }) => item);
}

/** Station id → the items linked to it, for badges and "관련 뉴스". */
export function indexNewsByStation(items: readonly NewsItem[]): Map<string, NewsItem[]> {
  const index = new Map<string, NewsItem[]>();
  for (const item of items) {
    for (const stationId of item.stationIds) {
      const list = index.get(stationId);
      if (list) list.push(item);
      else index.set(stationId, [item]);
    }
  }
  return index;
}

export interface RegionOfStation {
  readonly stationId: string;
  readonly province: string | null;
}

/** Items about a station's region: linked to the station itself, or in its 시·도. */
export function newsInRegion(items: readonly NewsItem[], region: RegionOfStation): NewsItem[] {
  return items.filter(
    (item) =>
      item.stationIds.includes(region.stationId) ||
      (region.province !== null && item.region?.province === region.province),
  );
}
