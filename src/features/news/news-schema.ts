/**
 * The news feed contract, as a schema. Every field is text: nothing from this
 * feed is ever rendered as HTML. Messages are problem codes, translated by
 * the UI. `url` is checked separately (see `safe-url.ts`) because a bad link
 * costs the item its link, not the whole item.
 */
import * as v from 'valibot';
import { stripInvisible } from '../../utils/strip-invisible';
import { STATION_ID_PATTERN } from '../../domain/station-id';

export const NEWS_PROBLEM_CODES = [
  'not-an-object',
  'field-missing',
  'id-format',
  'duplicate-id',
  'title-missing',
  'text-too-long',
  'body-missing',
  'body-block',
  'region',
  'station-ids',
  'published-at',
  'url-type',
  'url-scheme',
  'source',
] as const;
export type NewsProblemCode = (typeof NEWS_PROBLEM_CODES)[number];

/** Ids travel in the URL (`?news=<id>`): short, ASCII, no spaces. */
export const NEWS_ID = /^[0-9A-Za-z][0-9A-Za-z_-]{0,99}$/;

const text = (max: number, missing: NewsProblemCode) =>
  v.pipe(
    v.string(missing),
    v.transform(stripInvisible),
    v.nonEmpty(missing),
    v.maxLength(max, 'text-too-long'),
  );

/** Absent, null and blank all mean "not given" (null). */
const optionalText = (max: number, code: NewsProblemCode) =>
  v.pipe(
    v.nullish(v.pipe(v.string(code), v.transform(stripInvisible), v.maxLength(max, code)), null),
    v.transform((value) => value || null),
  );

const Block = v.object(
  {
    type: v.picklist(['paragraph', 'heading'], 'body-block'),
    text: text(20_000, 'body-block'),
  },
  'body-block',
);

/** `2024-05-21`, or a full ISO 8601 time with its offset (`…T09:30:00+09:00`, `…Z`). */
export const PUBLISHED_AT_PATTERN =
  /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/;

const PublishedAt = v.nullish(
  v.pipe(
    v.string('published-at'),
    v.trim(),
    v.regex(PUBLISHED_AT_PATTERN, 'published-at'),
    v.check((value) => !Number.isNaN(Date.parse(value)), 'published-at'),
  ),
  null,
);

const Region = v.nullish(
  v.object({ name: text(60, 'region'), province: optionalText(30, 'region') }, 'region'),
  null,
);

const StationIds = v.nullish(
  v.pipe(
    v.array(
      v.pipe(
        v.union([v.string(), v.pipe(v.number(), v.integer(), v.transform(String))], 'station-ids'),
        v.trim(),
        v.regex(STATION_ID_PATTERN, 'station-ids'),
      ),
      'station-ids',
    ),
    v.maxLength(50, 'station-ids'),
    v.transform((ids) => [...new Set(ids)]),
  ),
  [],
);

export const NewsItemSchema = v.object(
  {
    id: v.pipe(v.string('id-format'), v.trim(), v.regex(NEWS_ID, 'id-format')),
    title: text(300, 'title-missing'),
    subtitle: optionalText(500, 'text-too-long'),
    body: v.pipe(
      v.array(Block, 'body-missing'),
      v.minLength(1, 'body-missing'),
      v.maxLength(500, 'text-too-long'),
    ),
    region: Region,
    stationIds: StationIds,
    publishedAt: PublishedAt,
    /** Type only here; whether it may become a link is decided by `safeUrl`. */
    url: v.nullish(v.string('url-type'), null),
    source: optionalText(100, 'source'),
  },
  'not-an-object',
);
export type NewsItemRecord = v.InferOutput<typeof NewsItemSchema>;

/** The envelope. Items are checked one by one afterwards, so one bad item never sinks the feed. */
export const NewsFeedSchema = v.object({ items: v.array(v.unknown(), 'items') }, 'envelope');
