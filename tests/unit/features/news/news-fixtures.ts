/** Builders for raw news items (as a feed sends them) and typed ones (as the parser returns them). */
import type { NewsItem } from '../../../../src/features/news/news-item';

export function aNewsRecord(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'gumi-americas-delegation',
    title: '구미시, 미주지역 경제사절단 파견',
    subtitle: '미국 어바인, 새너제이, 레드먼드 등 산업도시 순방 및 협력사업 발굴',
    body: [
      { type: 'paragraph', text: '첫 문단.' },
      { type: 'heading', text: '소제목' },
      { type: 'paragraph', text: '둘째 문단.' },
    ],
    region: { name: '구미시', province: '경상북도' },
    stationIds: ['279'],
    publishedAt: null,
    url: null,
    source: null,
    ...overrides,
  };
}

let nextIndex = 0;

export function aNewsItem(overrides: Partial<NewsItem> = {}): NewsItem {
  const feedIndex = overrides.feedIndex ?? nextIndex++;
  return {
    id: `item-${feedIndex}`,
    feedIndex,
    title: `기사 ${feedIndex}`,
    subtitle: null,
    body: [{ type: 'paragraph', text: '본문' }],
    region: { name: '구미시', province: '경상북도' },
    stationIds: ['279'],
    publishedAt: null,
    url: null,
    source: null,
    ...overrides,
  };
}
