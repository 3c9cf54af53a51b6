/**
 * The news feed for the dashboard: its query, the items in reading order
 * and the station → items index behind badges and "관련 뉴스". The news
 * query is separate from the observations, so its failure never touches the weather.
 */
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { config } from '../config/env';
import type { NewsFeedState } from '../features/news/news-feed-status';
import { indexNewsByStation, newsInRegion, sortNewsNewestFirst } from '../features/news/news-order';
import { newsQueryOptions } from '../features/news/news-query';
import type { Observation } from '../domain/observation';
import { provinceLabel } from '../domain/provinces';
import type { Lang } from '../i18n/lang';

/**
 * `selected`: the selected station, whose region the news panel can narrow to.
 * `articleOpen`: a link opened an article, so the news cannot wait for the map.
 */
export function useNews(selected: Observation | null, lang: Lang, articleOpen = false) {
  const query = useQuery(newsQueryOptions(config.newsUrl, config.refreshIntervalMs, articleOpen));
  const items = useMemo(() => sortNewsNewestFirst(query.data?.items ?? []), [query.data]);
  const byStation = useMemo(() => indexNewsByStation(items), [items]);
  const badgeIds = useMemo(() => new Set(byStation.keys()), [byStation]);
  const region = useMemo(
    () =>
      selected && {
        label: selected.province ? provinceLabel(selected.province, lang) : selected.nameKo,
        items: newsInRegion(items, selected),
      },
    [selected, items, lang],
  );
  const { refetch } = query;
  const status: NewsFeedState = {
    feed: query.data,
    error: query.error,
    isLoading: query.isPending,
    url: config.newsUrl,
    onRetry: () => void refetch(),
    retrying: query.isFetching,
  };
  return { items, byStation, badgeIds, region, status };
}
