import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { NewsFeedState } from '../../../../src/features/news/news-feed-status';
import { NewsPanel } from '../../../../src/features/news/news-panel';
import { FeedError } from '../../../../src/lib/fetch-json';
import { renderInLanguage } from '../../support/render';
import { aNewsItem } from './news-fixtures';

const status = (overrides: Partial<NewsFeedState> = {}): NewsFeedState => ({
  feed: { items: [], rejected: [], droppedUrls: [] },
  error: null,
  isLoading: false,
  url: 'data/news.json',
  onRetry: vi.fn(),
  retrying: false,
  ...overrides,
});

const hrefFor = (id: string) => `/?news=${id}`;

/** The props every test leaves alone. */
const plain = {
  region: null,
  regionOnly: false,
  onRegionOnlyChange: vi.fn(),
  onOpen: vi.fn(),
  hrefFor,
};

describe('NewsPanel', () => {
  it('lists headlines as links and opens the one clicked', async () => {
    const onOpen = vi.fn();
    const items = [aNewsItem({ id: 'a', title: '가' }), aNewsItem({ id: 'b', title: '나' })];
    renderInLanguage(<NewsPanel {...plain} items={items} status={status()} onOpen={onOpen} />);
    expect(screen.getAllByRole('link').map((link) => link.textContent)).toEqual([
      expect.stringContaining('가'),
      expect.stringContaining('나'),
    ]);
    expect(screen.getByRole('link', { name: /나/ })).toHaveAttribute('href', '/?news=b');
    await userEvent.click(screen.getByRole('link', { name: /나/ }));
    expect(onOpen).toHaveBeenCalledWith('b');
  });

  it('narrows to the selected station’s region when asked, and asks the app to keep the choice', async () => {
    const here = aNewsItem({ id: 'here', title: '구미 소식' });
    const there = aNewsItem({ id: 'there', title: '속초 소식', stationIds: ['90'] });
    const onRegionOnlyChange = vi.fn();
    const props = {
      ...plain,
      items: [here, there],
      status: status(),
      region: { label: '경상북도', items: [here] },
      onRegionOnlyChange,
    };
    const { rerender } = renderInLanguage(<NewsPanel {...props} regionOnly={false} />);
    const checkbox = screen.getByRole('checkbox', { name: '경상북도 소식만 보기' });
    expect(checkbox).not.toBeChecked();
    expect(screen.getByText('속초 소식')).toBeInTheDocument();
    await userEvent.click(checkbox);
    expect(onRegionOnlyChange).toHaveBeenCalledWith(true);

    // The choice comes back from the URL state.
    rerender(<NewsPanel {...props} regionOnly />);
    expect(screen.getByRole('checkbox', { name: '경상북도 소식만 보기' })).toBeChecked();
    expect(screen.queryByText('속초 소식')).toBeNull();
    expect(screen.getByText('구미 소식')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('checkbox', { name: '경상북도 소식만 보기' }));
    expect(onRegionOnlyChange).toHaveBeenLastCalledWith(false);
  });

  it('ignores the narrowing while no station is selected', () => {
    const items = [aNewsItem({ title: '구미 소식' }), aNewsItem({ title: '속초 소식' })];
    renderInLanguage(<NewsPanel {...plain} items={items} status={status()} regionOnly />);
    expect(screen.queryByRole('checkbox')).toBeNull();
    expect(screen.getAllByRole('link')).toHaveLength(2);
  });

  it('says what went wrong when the feed fails, with a retry', async () => {
    const onRetry = vi.fn();
    renderInLanguage(
      <NewsPanel
        {...plain}
        items={[]}
        status={status({
          feed: undefined,
          error: new FeedError('http', 'data/news.json', '500'),
          onRetry,
        })}
      />,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('뉴스를 불러올 수 없습니다');
    expect(alert).toHaveTextContent('HTTP 500');
    expect(alert).toHaveTextContent('날씨 정보는 그대로 볼 수 있습니다');
    await userEvent.click(screen.getByRole('button', { name: '다시 시도' }));
    expect(onRetry).toHaveBeenCalled();
  });

  it('counts skipped items and dropped links', () => {
    renderInLanguage(
      <NewsPanel
        {...plain}
        items={[aNewsItem()]}
        status={status({
          feed: {
            items: [aNewsItem()],
            rejected: [{ index: 1, id: 'x', problem: 'body-missing', field: 'body' }],
            droppedUrls: [{ index: 0, id: 'y', problem: 'url-scheme', field: 'url' }],
          },
        })}
      />,
    );
    expect(screen.getByText(/뉴스 1건이 형식 오류로 제외/)).toBeInTheDocument();
    expect(screen.getByText(/안전하지 않은 링크 1개/)).toBeInTheDocument();
  });
});
