import './news.css';
import { formatObservedAt } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-context';
import { provinceLabel } from '../../domain/provinces';
import { contentLang } from './content-lang';
import { LinkedWeather, type LinkedStation } from './linked-weather';
import type { NewsItem } from './news-item';

interface NewsArticleProps {
  readonly item: NewsItem;
  readonly stations: readonly LinkedStation[];
  readonly onShowOnMap: (stationId: string) => void;
  readonly onShowHidden: (stationId: string) => void;
  /** The id of the heading, so that the surrounding frame can be labelled by it. */
  readonly headingId: string;
  /** The observations are still on their way (see `LinkedWeather`). */
  readonly weatherPending?: boolean;
}

/**
 * One article: title, subtitle, region and date (only a date the feed gave),
 * the linked station's live weather, the body with its headings, the source
 * and the original link. Every string is rendered as text.
 */
export function NewsArticle({
  item,
  stations,
  onShowOnMap,
  onShowHidden,
  headingId,
  weatherPending = false,
}: NewsArticleProps) {
  const { t, lang } = useI18n();
  const region = item.region
    ? [item.region.province && provinceLabel(item.region.province, lang), item.region.name]
        .filter(Boolean)
        .join(' ')
    : null;

  return (
    <article className="news-article" data-news-id={item.id}>
      <header className="news-article-header">
        <h2 id={headingId} tabIndex={-1} lang={contentLang(item.title)}>
          {item.title}
        </h2>
        {item.subtitle && (
          <p className="news-article-subtitle" lang={contentLang(item.subtitle)}>
            {item.subtitle}
          </p>
        )}
        {(region || item.publishedAt) && (
          <p className="news-article-meta">
            {region}
            {region && item.publishedAt && ' · '}
            {item.publishedAt && (
              <time dateTime={item.publishedAt}>{formatObservedAt(item.publishedAt, lang)}</time>
            )}
          </p>
        )}
      </header>
      <LinkedWeather
        stations={stations}
        onShowOnMap={onShowOnMap}
        onShowHidden={onShowHidden}
        pending={weatherPending}
      />
      <div
        className="news-article-body"
        lang={contentLang(item.body.map((block) => block.text).join(''))}
      >
        {item.body.map((block, index) =>
          block.type === 'heading' ? (
            <h3 key={index}>{block.text}</h3>
          ) : (
            <p key={index}>{block.text}</p>
          ),
        )}
      </div>
      {(item.source || item.url) && (
        <footer className="news-article-footer">
          {item.source && (
            <p className="news-article-source">{t('news.source', { source: item.source })}</p>
          )}
          {item.url && (
            <a href={item.url} target="_blank" rel="noopener noreferrer">
              {t('news.original')} <span className="visually-hidden">{t('news.newWindow')}</span>
            </a>
          )}
        </footer>
      )}
    </article>
  );
}
