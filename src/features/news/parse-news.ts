/**
 * Unknown JSON in, typed news items out. A bad item is skipped and reported,
 * the rest survive; a non-http(s) `url` is dropped from its item and
 * reported. Throws `NewsContractError` only when the payload is not a news
 * feed at all.
 */
import * as v from 'valibot';
import type { NewsFeed, NewsItem, NewsProblem } from './news-item';
import {
  NEWS_PROBLEM_CODES,
  NewsFeedSchema,
  NewsItemSchema,
  type NewsProblemCode,
} from './news-schema';
import { safeUrl } from './safe-url';

export class NewsContractError extends Error {
  override readonly name = 'NewsContractError';
  readonly field: string;
  constructor(field: string) {
    super(`The payload is not a news feed (${field}).`);
    this.field = field;
  }
}

export function parseNewsFeed(payload: unknown): NewsFeed {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    throw new NewsContractError('envelope');
  }
  const envelope = v.safeParse(NewsFeedSchema, payload);
  if (!envelope.success) {
    const first = envelope.issues[0];
    throw new NewsContractError(first.path?.[0]?.key?.toString() ?? first.message);
  }

  const items: NewsItem[] = [];
  const rejected: NewsProblem[] = [];
  const droppedUrls: NewsProblem[] = [];
  const seen = new Set<string>();

  envelope.output.items.forEach((input, index) => {
    const result = v.safeParse(NewsItemSchema, input);
    if (!result.success) {
      const issue = result.issues[0];
      const field = issue.path?.map((item) => String(item.key)).join('.') ?? null;
      rejected.push({
        index,
        id: idOf(input),
        problem: asProblemCode(issue.message, issue.input, field),
        field,
      });
      return;
    }
    const record = result.output;
    if (seen.has(record.id)) {
      rejected.push({ index, id: record.id, problem: 'duplicate-id', field: 'id' });
      return;
    }
    seen.add(record.id);

    const url = record.url === null ? null : safeUrl(record.url);
    if (record.url !== null && url === null) {
      droppedUrls.push({ index, id: record.id, problem: 'url-scheme', field: 'url' });
    }
    items.push({ ...record, url, feedIndex: index });
  });

  return { items, rejected, droppedUrls };
}

function idOf(input: unknown): string | null {
  if (typeof input !== 'object' || input === null || !('id' in input)) return null;
  const id = (input as { id: unknown }).id;
  return typeof id === 'string' ? id.slice(0, 100) : null;
}

const KNOWN_CODES: ReadonlySet<string> = new Set(NEWS_PROBLEM_CODES);

/** A missing key, by the top-level field it belongs to (`body` itself, or a key inside a block). */
const MISSING_CODES: Readonly<Record<string, NewsProblemCode>> = {
  id: 'id-format',
  title: 'title-missing',
  body: 'body-block',
  region: 'region',
};

/** Valibot's own messages (a missing key, a non-object) become the nearest problem code. */
function asProblemCode(message: string, input: unknown, field: string | null): NewsProblemCode {
  if (input === undefined && field === 'body') return 'body-missing';
  if (input === undefined) return MISSING_CODES[field?.split('.')[0] ?? ''] ?? 'field-missing';
  return KNOWN_CODES.has(message) ? (message as NewsProblemCode) : 'not-an-object';
}
