import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NewsHeadlines } from '../../../../src/features/news/news-headlines';
import { renderInLanguage } from '../../support/render';
import { aNewsItem } from './news-fixtures';

const ITEM = aNewsItem({
  id: 'gumi-americas-delegation',
  title: '구미시, 미주지역 경제사절단 파견',
});
const hrefFor = (id: string) => `/?station=279&news=${encodeURIComponent(id)}`;

function renderHeadlines(onOpen = vi.fn()) {
  renderInLanguage(
    <NewsHeadlines
      items={[ITEM]}
      onOpen={onOpen}
      hrefFor={hrefFor}
      label="관련 뉴스"
      focusKind="related-headline"
    />,
  );
  return { onOpen, link: screen.getByRole('link', { name: /구미시, 미주지역 경제사절단 파견/ }) };
}

/**
 * Click the link and report whether the click was left to the browser
 * (default not prevented). jsdom cannot navigate, so after looking, a
 * listener on the document cancels the navigation a real browser would do.
 */
function clickLeftToBrowser(link: HTMLElement, init: MouseEventInit = {}): boolean {
  let prevented: boolean | null = null;
  const look = (event: Event) => {
    prevented = event.defaultPrevented;
    event.preventDefault();
  };
  document.addEventListener('click', look);
  try {
    fireEvent.click(link, init);
  } finally {
    document.removeEventListener('click', look);
  }
  if (prevented === null) throw new Error('the click did not reach the document');
  return !prevented;
}

describe('NewsHeadlines', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('is a link to the dashboard with that article open, keeping the styling hooks', () => {
    const { link } = renderHeadlines();
    expect(link.tagName).toBe('A');
    expect(link).toHaveAttribute('href', '/?station=279&news=gumi-americas-delegation');
    expect(link).toHaveClass('news-headline');
    expect(link).toHaveAttribute('data-news-id', 'gumi-americas-delegation');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('opens the article in place on a plain click, instead of loading the page again', () => {
    const { link, onOpen } = renderHeadlines();
    expect(clickLeftToBrowser(link, { button: 0 })).toBe(false);
    expect(onOpen).toHaveBeenCalledExactlyOnceWith('gumi-americas-delegation');
  });

  it('opens it from the keyboard too (Enter on the focused link)', async () => {
    const { link, onOpen } = renderHeadlines();
    link.focus();
    const look = (event: Event) => event.preventDefault();
    document.addEventListener('click', look);
    try {
      await userEvent.keyboard('{Enter}');
    } finally {
      document.removeEventListener('click', look);
    }
    expect(onOpen).toHaveBeenCalledExactlyOnceWith('gumi-americas-delegation');
  });

  it.each([
    ['ctrl', { ctrlKey: true }],
    ['meta (⌘)', { metaKey: true }],
    ['shift', { shiftKey: true }],
    ['alt', { altKey: true }],
    ['middle button', { button: 1 }],
  ])('leaves a %s click to the browser (new tab, window, download)', (_, init) => {
    const { link, onOpen } = renderHeadlines();
    expect(clickLeftToBrowser(link, init)).toBe(true);
    expect(onOpen).not.toHaveBeenCalled();
  });

  it('does nothing when a handler before it has already cancelled the click', () => {
    const { link, onOpen } = renderHeadlines();
    const cancel = (event: Event) => event.preventDefault();
    document.addEventListener('click', cancel, { capture: true });
    try {
      fireEvent.click(link);
    } finally {
      document.removeEventListener('click', cancel, { capture: true });
    }
    expect(onOpen).not.toHaveBeenCalled();
  });
});
