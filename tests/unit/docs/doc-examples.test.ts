/**
 * The examples in the guides go through the real code: a producer who copies
 * one gets a feed the dashboard accepts, whole.
 */
import { describe, expect, it } from 'vitest';
import { parseObservationFeed } from '../../../src/domain/parse-feed';
import { parseNewsFeed } from '../../../src/features/news/parse-news';
import { WIDGET_OPTION_KEYS, isResizeMessage } from '../../../src/features/embed/protocol';
import { parseWidgetParams } from '../../../src/features/embed/parse-widget-params';
import { countJsonBlocks, markedJsonExamples, readDoc } from './markdown';

const feedContract = readDoc('docs/feed-contract.md');
const embedding = readDoc('docs/embedding.md');

describe('docs/feed-contract.md', () => {
  it('marks every JSON block as an example that is checked here', () => {
    const marked =
      markedJsonExamples(feedContract, 'observation-feed').length +
      markedJsonExamples(feedContract, 'news-feed').length;
    expect(marked).toBeGreaterThan(0);
    expect(marked).toBe(countJsonBlocks(feedContract));
  });

  it.each(markedJsonExamples(feedContract, 'observation-feed'))(
    'the observation feed example is accepted with every record',
    (example) => {
      const records = (example as { observations: unknown[] }).observations;
      const feed = parseObservationFeed(example);
      expect(feed.rejected).toEqual([]);
      expect(feed.observations).toHaveLength(records.length);
      // Records without coordinates are placed from the station catalog, as the guide says.
      expect(feed.unplacedCount).toBe(0);
    },
  );

  it.each(markedJsonExamples(feedContract, 'news-feed'))(
    'the news feed example is accepted with every item',
    (example) => {
      const items = (example as { items: unknown[] }).items;
      const news = parseNewsFeed(example);
      expect(news.rejected).toEqual([]);
      expect(news.droppedUrls).toEqual([]);
      expect(news.items).toHaveLength(items.length);
    },
  );
});

describe('docs/embedding.md', () => {
  it('documents every option the loader passes to the widget', () => {
    const rows = [...embedding.matchAll(/^\| `([a-z]+)` /gm)].map((m) => m[1]);
    expect(rows).toEqual(expect.arrayContaining([...WIDGET_OPTION_KEYS]));
  });

  it("the snippet's options are valid widget parameters", () => {
    const host = /<div data-nalssi-widget ([^>]*)><\/div>/.exec(embedding)?.[1] ?? '';
    const attributes = [...host.matchAll(/data-([a-z]+)="([^"]*)"/g)];
    expect(attributes.length).toBeGreaterThan(0);
    const warnings: string[] = [];
    parseWidgetParams(`?${new URLSearchParams(attributes.map((m) => [m[1]!, m[2]!]))}`, (text) =>
      warnings.push(text),
    );
    expect(warnings).toEqual([]);
  });

  it('the resize message example passes the guard the loader uses', () => {
    const example = /\{ type: '([^']+)', id: '[^']*', height: (\d+) \}/.exec(embedding);
    expect(example).not.toBeNull();
    expect(
      isResizeMessage({ type: example![1], id: 'nalssi-1', height: Number(example![2]) }),
    ).toBe(true);
  });
});
