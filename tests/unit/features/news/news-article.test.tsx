import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { NewsArticle } from '../../../../src/features/news/news-article';
import { NewsArticleNotFound } from '../../../../src/features/news/news-article-missing';
import type { LinkedStation } from '../../../../src/features/news/linked-weather';
import type { NewsItem } from '../../../../src/features/news/news-item';
import { parseNewsFeed } from '../../../../src/features/news/parse-news';
import { renderInLanguage } from '../../support/render';
import { loadSampleFeed, stationById } from '../../support/sample-feed';
import { aNewsItem } from './news-fixtures';

const seedArticle = (): NewsItem =>
  parseNewsFeed(JSON.parse(readFileSync(resolve(process.cwd(), 'public/data/news.json'), 'utf8')))
    .items[0]!;

const gumi = (hidden = false): LinkedStation => ({
  stationId: '279',
  observation: stationById(loadSampleFeed(), '279'),
  hidden,
});

function renderArticle(
  item: NewsItem,
  stations: readonly LinkedStation[] = [gumi()],
  lang: 'ko' | 'en' = 'ko',
) {
  const onShowOnMap = vi.fn();
  const onShowHidden = vi.fn();
  const view = renderInLanguage(
    <NewsArticle
      item={item}
      stations={stations}
      onShowOnMap={onShowOnMap}
      onShowHidden={onShowHidden}
      headingId="article-heading"
    />,
    lang,
  );
  return { ...view, onShowOnMap, onShowHidden };
}

describe('NewsArticle', () => {
  it('shows the seed article: title, subtitle, headings and paragraphs in order', () => {
    const item = seedArticle();
    const { container } = renderArticle(item);
    expect(
      screen.getByRole('heading', { level: 2, name: '구미시, 미주지역 경제사절단 파견' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText('미국 어바인, 새너제이, 레드먼드 등 산업도시 순방 및 협력사업 발굴'),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      '지역기업을 위한 새로운 협력모델 발굴 추진',
      '구미시, 글로벌 밸류체인 구축을 위해 광폭 행보',
    ]);
    const blocks = container.querySelectorAll('.news-article-body > *');
    expect([...blocks].map((block) => block.textContent)).toEqual(
      item.body.map((block) => block.text),
    );
    expect(screen.getByText('경상북도 구미시')).toBeInTheDocument();
  });

  it('shows no date, no source and no link when the feed gives none', () => {
    const { container } = renderArticle(seedArticle());
    expect(container.querySelector('time')).toBeNull();
    expect(screen.queryByText(/출처/)).toBeNull();
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('shows the source, the date and a safe external link when given', () => {
    renderArticle(
      aNewsItem({
        source: '구미시',
        publishedAt: '2024-05-21',
        url: 'https://www.gumi.go.kr/news/1',
      }),
    );
    expect(screen.getByText('출처: 구미시')).toBeInTheDocument();
    expect(screen.getByText(/2024년 5월 21일/)).toBeInTheDocument();
    const link = screen.getByRole('link', { name: /원문 보기/ });
    expect(link).toHaveAttribute('href', 'https://www.gumi.go.kr/news/1');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('shows the linked station’s live weather and "지도에서 보기" selects it', async () => {
    const { onShowOnMap } = renderArticle(seedArticle());
    const weather = screen.getByRole('list', { name: '이 지역 날씨' });
    expect(within(weather).getByText('구미 · 구름조금 · 19.2℃')).toBeInTheDocument();
    await userEvent.click(within(weather).getByRole('button', { name: '지도에서 보기' }));
    expect(onShowOnMap).toHaveBeenCalledWith('279');
  });

  it('follows the observation when it changes', () => {
    const item = seedArticle();
    const { rerender } = renderArticle(item);
    const warmer = { ...gumi().observation!, temperature: 21.5 };
    rerender(
      <NewsArticle
        item={item}
        stations={[{ stationId: '279', observation: warmer, hidden: false }]}
        onShowOnMap={vi.fn()}
        onShowHidden={vi.fn()}
        headingId="article-heading"
      />,
    );
    expect(screen.getByText('구미 · 구름조금 · 21.5℃')).toBeInTheDocument();
  });

  it('says when the filter hides the station, with one click to show it', async () => {
    const { onShowHidden } = renderArticle(seedArticle(), [gumi(true)]);
    expect(screen.getByText(/현재 필터에 맞지 않아/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '지도에서 보기' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: '필터 해제하고 지도에서 보기' }));
    expect(onShowHidden).toHaveBeenCalledWith('279');
  });

  it('says so when the observations have no record for the station', () => {
    renderArticle(seedArticle(), [{ stationId: '279', observation: null, hidden: false }]);
    expect(screen.getByText('지점 279의 관측 자료가 없습니다.')).toBeInTheDocument();
  });

  it('says the weather is loading, not missing, while the observations are on their way', () => {
    renderInLanguage(
      <NewsArticle
        item={seedArticle()}
        stations={[{ stationId: '279', observation: null, hidden: false }]}
        onShowOnMap={vi.fn()}
        onShowHidden={vi.fn()}
        headingId="article-heading"
        weatherPending
      />,
      'ko',
    );
    expect(screen.getByText('관측 자료를 불러오는 중…')).toBeInTheDocument();
    expect(screen.queryByText(/관측 자료가 없습니다/)).toBeNull();
    // The button's place is kept, but there is nothing to press yet.
    expect(screen.queryByRole('button', { name: '지도에서 보기' })).toBeNull();
  });

  it('renders HTML and script in the feed as text, never as markup', () => {
    const { container } = renderArticle(
      aNewsItem({
        title: '<img src=x onerror=alert(1)>',
        subtitle: '<b>굵게</b>',
        body: [{ type: 'paragraph', text: '<script>alert("x")</script>' }],
        source: '<a href="javascript:alert(1)">출처</a>',
      }),
    );
    expect(container.querySelector('img, script, b, a')).toBeNull();
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(
      '<img src=x onerror=alert(1)>',
    );
    expect(screen.getByText('<script>alert("x")</script>')).toBeInTheDocument();
  });

  it('speaks English when the reader does', () => {
    renderArticle(seedArticle(), [gumi()], 'en');
    expect(screen.getByText('Gumi · Partly cloudy · 19.2℃')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Show on map' })).toBeInTheDocument();
  });
});

describe('NewsArticleNotFound', () => {
  it('says the article cannot be found and offers the list', async () => {
    const onShowList = vi.fn();
    renderInLanguage(
      <NewsArticleNotFound id="no-such-article" headingId="h" onShowList={onShowList} />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('기사를 찾을 수 없습니다');
    expect(screen.getByRole('alert')).toHaveTextContent('no-such-article');
    await userEvent.click(screen.getByRole('button', { name: '뉴스 목록 보기' }));
    expect(onShowList).toHaveBeenCalled();
  });
});
