import './news.css';
import { useId } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import type { NewsItem } from './news-item';
import { NewsFeedStatus, type NewsFeedState } from './news-feed-status';
import { NewsHeadlines } from './news-headlines';

interface NewsPanelProps {
  /** Already in reading order (newest first, undated after). */
  readonly items: readonly NewsItem[];
  readonly status: NewsFeedState;
  /** The selected station's region, when a station is selected: the panel can narrow to it. */
  readonly region: { readonly label: string; readonly items: readonly NewsItem[] } | null;
  /** Whether to narrow to that region: the reader's choice, kept in the URL by the app. */
  readonly regionOnly: boolean;
  readonly onRegionOnlyChange: (regionOnly: boolean) => void;
  readonly onOpen: (id: string) => void;
  /** The address of the dashboard with an article open. */
  readonly hrefFor: (id: string) => string;
}

/** The list of news items, with the feed's state and an optional narrowing to one region. */
export function NewsPanel({
  items,
  status,
  region,
  regionOnly,
  onRegionOnlyChange,
  onOpen,
  hrefFor,
}: NewsPanelProps) {
  const { t } = useI18n();
  const headingId = useId();
  const narrowed = region !== null && regionOnly;
  const shown = narrowed ? region.items : items;

  return (
    <section className="news-panel" aria-labelledby={headingId}>
      <h2 id={headingId} className="news-panel-title">
        {t('news.title')}
      </h2>
      <NewsFeedStatus {...status} />
      {status.feed && (
        <>
          {region && (
            <label className="news-region-toggle">
              <input
                type="checkbox"
                checked={regionOnly}
                onChange={(event) => onRegionOnlyChange(event.target.checked)}
              />
              {t('news.regionOnly', { region: region.label })}
            </label>
          )}
          {shown.length === 0 ? (
            <p className="news-empty" role="status">
              {narrowed ? t('news.regionEmpty', { region: region.label }) : t('news.empty')}
            </p>
          ) : (
            <NewsHeadlines
              items={shown}
              onOpen={onOpen}
              hrefFor={hrefFor}
              label={t('news.title')}
              focusKind="news-headline"
            />
          )}
        </>
      )}
    </section>
  );
}
