import './news.css';
import { formatObservedAt } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-context';
import { contentLang } from './content-lang';
import type { NewsItem } from './news-item';

interface NewsHeadlinesProps {
  readonly items: readonly NewsItem[];
  readonly onOpen: (id: string) => void;
  /** Aria label of the list. */
  readonly label: string;
}

/** Headlines as buttons that open the article; the date only when the feed gives one. */
export function NewsHeadlines({ items, onOpen, label }: NewsHeadlinesProps) {
  const { lang } = useI18n();
  return (
    <ul className="news-headlines" aria-label={label}>
      {items.map((item) => (
        <li key={item.id}>
          <button
            type="button"
            className="news-headline"
            data-news-id={item.id}
            onClick={() => onOpen(item.id)}
          >
            <span className="news-headline-title" lang={contentLang(item.title)}>
              {item.title}
            </span>
            {(item.region || item.publishedAt) && (
              <span className="news-headline-meta">
                {[item.region?.name, item.publishedAt && formatObservedAt(item.publishedAt, lang)]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
            )}
          </button>
        </li>
      ))}
    </ul>
  );
}
