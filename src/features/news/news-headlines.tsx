import './news.css';
import { useCallback, useRef, type MouseEvent } from 'react';
import { focusIfReachable, useFocusTarget } from '../../components/focus-targets';
import { formatObservedAt } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-context';
import { contentLang } from './content-lang';
import type { NewsItem } from './news-item';

interface NewsHeadlinesProps {
  readonly items: readonly NewsItem[];
  /** Opens the article in the app (the URL state changes; focus follows). */
  readonly onOpen: (id: string) => void;
  /** The dashboard's address with that article open, for the link's href. */
  readonly hrefFor: (id: string) => string;
  /** Aria label of the list. */
  readonly label: string;
  /** Under which name the app can send focus back to a headline here. */
  readonly focusKind: 'news-headline' | 'related-headline';
}

/**
 * A click the browser should handle itself: a new tab or window, a download,
 * a middle click, or one a handler further in has already taken.
 */
function leaveToBrowser(event: MouseEvent): boolean {
  return (
    event.defaultPrevented ||
    event.button !== 0 ||
    event.metaKey ||
    event.ctrlKey ||
    event.shiftKey ||
    event.altKey
  );
}

/**
 * Headlines as links to the article: a plain click opens it in place, a
 * modified click (new tab, copy link…) is the browser's. The date only when
 * the feed gives one.
 */
export function NewsHeadlines({ items, onOpen, hrefFor, label, focusKind }: NewsHeadlinesProps) {
  const { lang } = useI18n();
  const listRef = useRef<HTMLUListElement>(null);
  const focusHeadline = useCallback(
    (id: string | null) =>
      focusIfReachable(
        id === null
          ? null
          : listRef.current?.querySelector<HTMLElement>(`[data-news-id="${CSS.escape(id)}"]`),
      ),
    [],
  );
  useFocusTarget(focusKind, focusHeadline);
  return (
    <ul className="news-headlines" aria-label={label} ref={listRef}>
      {items.map((item) => (
        <li key={item.id}>
          <a
            className="news-headline"
            href={hrefFor(item.id)}
            data-news-id={item.id}
            onClick={(event) => {
              if (leaveToBrowser(event)) return;
              event.preventDefault();
              onOpen(item.id);
            }}
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
          </a>
        </li>
      ))}
    </ul>
  );
}
