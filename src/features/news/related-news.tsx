import { useId } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import type { NewsItem } from './news-item';
import { NewsHeadlines } from './news-headlines';

/** "관련 뉴스" in a station's details: the headlines linked to that station. */
export function RelatedNews({
  items,
  onOpen,
  hrefFor,
}: {
  items: readonly NewsItem[];
  onOpen: (id: string) => void;
  hrefFor: (id: string) => string;
}) {
  const { t } = useI18n();
  const headingId = useId();
  if (items.length === 0) return null;
  return (
    <section className="related-news" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('news.related')}</h3>
      <NewsHeadlines
        items={items}
        onOpen={onOpen}
        hrefFor={hrefFor}
        label={t('news.related')}
        focusKind="related-headline"
      />
    </section>
  );
}
