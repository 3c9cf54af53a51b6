import type { NewsProblemCode } from './news-schema';

/** One block of an article's body: text only, never markup. */
export interface NewsBlock {
  readonly type: 'paragraph' | 'heading';
  readonly text: string;
}

export interface NewsRegion {
  /** The town or county the article is about (구미시). */
  readonly name: string;
  /** Its 시·도 (경상북도), as the station catalog spells it; null when not given. */
  readonly province: string | null;
}

/** One article, typed and trusted after parsing. */
export interface NewsItem {
  readonly id: string;
  /** Position in the feed (0-based): the order of undated items. */
  readonly feedIndex: number;
  readonly title: string;
  readonly subtitle: string | null;
  readonly body: readonly NewsBlock[];
  readonly region: NewsRegion | null;
  /** KMA station numbers whose weather belongs with the article. */
  readonly stationIds: readonly string[];
  /** As given (ISO date or time with offset), or null: then no date is shown, never an invented one. */
  readonly publishedAt: string | null;
  /** Only ever an http(s) URL; anything else was dropped and reported. */
  readonly url: string | null;
  readonly source: string | null;
}

/** An item left out (or a field dropped from a kept item), and why. */
export interface NewsProblem {
  /** 0-based index of the item in the feed's `items` array. */
  readonly index: number;
  readonly id: string | null;
  readonly problem: NewsProblemCode;
  /** Dotted path of the offending field, when known (e.g. `body`). */
  readonly field: string | null;
}

export interface NewsFeed {
  readonly items: readonly NewsItem[];
  /** Items skipped because they broke the contract. */
  readonly rejected: readonly NewsProblem[];
  /** Items kept without their `url`, because it was not http(s). */
  readonly droppedUrls: readonly NewsProblem[];
}
