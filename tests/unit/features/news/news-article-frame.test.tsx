import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { NewsArticleFrame } from '../../../../src/features/news/news-article-frame';
import { renderInLanguage } from '../../support/render';

const frame = (articleKey: string) => (
  <NewsArticleFrame articleKey={articleKey} headingId={`h-${articleKey}`} onClose={() => {}}>
    <h2 id={`h-${articleKey}`} tabIndex={-1}>
      {articleKey}
    </h2>
  </NewsArticleFrame>
);

describe('NewsArticleFrame', () => {
  const original = Element.prototype.scrollTo;
  afterEach(() => {
    Element.prototype.scrollTo = original;
  });

  it('moves focus to the heading and the frame to its top in the next frame, not in the render', async () => {
    // jsdom does not scroll: record what the frame asks for.
    const scrolls: unknown[] = [];
    Element.prototype.scrollTo = function (options?: ScrollToOptions | number) {
      scrolls.push(options);
    } as typeof Element.prototype.scrollTo;

    const { rerender } = renderInLanguage(frame('a'));
    const first = screen.getByRole('heading', { name: 'a' });
    // Not yet: doing it here would lay the page out inside the task that rendered it.
    expect(first).not.toHaveFocus();
    expect(scrolls).toEqual([]);
    await waitFor(() => expect(first).toHaveFocus());
    expect(scrolls).toEqual([{ top: 0 }]);

    // React keeps the heading element, which still has focus from 'a': wait for the frame's scroll.
    rerender(frame('b'));
    await waitFor(() => expect(scrolls).toEqual([{ top: 0 }, { top: 0 }]));
    expect(screen.getByRole('heading', { name: 'b' })).toHaveFocus();
  });
});
