/**
 * The published news feed schema and the validator the app runs must tell
 * the same story: these checks fail when one changes without the other.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  NEWS_ID,
  NewsItemSchema,
  PUBLISHED_AT_PATTERN,
} from '../../../../src/features/news/news-schema';
import { STATION_ID_PATTERN } from '../../../../src/domain/station-id';

interface ItemSchema {
  required: string[];
  properties: Record<string, { pattern?: string; items?: { pattern?: string } }>;
}

const schema = JSON.parse(
  readFileSync(resolve(process.cwd(), 'public/schemas/news-feed.schema.json'), 'utf8'),
) as { required: string[]; $defs: { item: ItemSchema } };
const item = schema.$defs.item;

describe('the published news feed schema', () => {
  it('lists exactly the item fields the validator reads', () => {
    expect(Object.keys(item.properties).sort()).toEqual(Object.keys(NewsItemSchema.entries).sort());
    expect(schema.required).toEqual(['items']);
    expect([...item.required].sort()).toEqual(['body', 'id', 'title']);
  });

  it('uses the validator’s own patterns', () => {
    expect(item.properties.id?.pattern).toBe(NEWS_ID.source);
    expect(item.properties.publishedAt?.pattern).toBe(PUBLISHED_AT_PATTERN.source);
    expect(item.properties.stationIds?.items?.pattern).toBe(STATION_ID_PATTERN.source);
  });
});
