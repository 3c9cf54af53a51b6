/**
 * What `?news=<id>` shows over the map: the article with its stations' live
 * weather, a loading or failed news feed, or "기사를 찾을 수 없습니다".
 */
import { useEffect, useId } from 'react';
import type { LinkedStation } from '../features/news/linked-weather';
import { NewsArticle } from '../features/news/news-article';
import { NewsArticleFrame } from '../features/news/news-article-frame';
import { NewsArticleNotFound } from '../features/news/news-article-missing';
import type { NewsItem } from '../features/news/news-item';
import { NewsFeedStatus, type NewsFeedState } from '../features/news/news-feed-status';
import type { Observation } from '../domain/observation';

interface NewsArticleSlotProps {
  readonly id: string;
  readonly items: readonly NewsItem[];
  readonly status: NewsFeedState;
  /** Every observation, and the ones the current filter shows. */
  readonly all: readonly Observation[];
  readonly shown: readonly Observation[];
  /** The observations are still on their way. */
  readonly observationsPending?: boolean;
  readonly onShowOnMap: (stationId: string) => void;
  readonly onShowHidden: (stationId: string) => void;
  readonly onShowList: () => void;
  readonly onClose: () => void;
  /** Called once the slot shows its article, "not found" or a failed feed (not while loading). */
  readonly onSettled?: () => void;
}

export function NewsArticleSlot({
  id,
  items,
  status,
  all,
  shown,
  observationsPending = false,
  onShowOnMap,
  onShowHidden,
  onShowList,
  onClose,
  onSettled,
}: NewsArticleSlotProps) {
  const headingId = useId();
  const item = items.find((candidate) => candidate.id === id) ?? null;
  const settled = item !== null || status.feed !== undefined || status.error != null;
  useEffect(
    function sayWhenSettled() {
      if (settled) onSettled?.();
    },
    [settled, onSettled],
  );
  const shownIds = new Set(shown.map((station) => station.stationId));
  const stations: LinkedStation[] = (item?.stationIds ?? []).map((stationId) => {
    const observation = all.find((station) => station.stationId === stationId) ?? null;
    return { stationId, observation, hidden: observation !== null && !shownIds.has(stationId) };
  });

  let content;
  if (item) {
    content = (
      <NewsArticle
        item={item}
        stations={stations}
        onShowOnMap={onShowOnMap}
        onShowHidden={onShowHidden}
        headingId={headingId}
        weatherPending={observationsPending}
      />
    );
  } else if (status.feed) {
    content = <NewsArticleNotFound id={id} headingId={headingId} onShowList={onShowList} />;
  } else {
    // Still loading, or the feed failed: the status says which (with a retry).
    content = (
      <div id={headingId} tabIndex={-1}>
        <NewsFeedStatus {...status} />
      </div>
    );
  }

  return (
    <NewsArticleFrame
      articleKey={item ? item.id : `missing:${id}`}
      headingId={headingId}
      onClose={onClose}
    >
      {content}
    </NewsArticleFrame>
  );
}
