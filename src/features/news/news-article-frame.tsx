import './news.css';
import { useEffect, useRef, type ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { CloseButton } from '../../components/close-button';
import { useCloseOnEscape } from '../../components/use-close-on-escape';

interface NewsArticleFrameProps {
  /** Changes when another article (or state) is shown: focus moves to its heading. */
  readonly articleKey: string;
  readonly headingId: string;
  readonly onClose: () => void;
  readonly children: ReactNode;
}

/** The reading panel over the map (full screen on phones), closed by its button or Escape. */
export function NewsArticleFrame({
  articleKey,
  headingId,
  onClose,
  children,
}: NewsArticleFrameProps) {
  const { t } = useI18n();
  const rootRef = useRef<HTMLElement>(null);

  useCloseOnEscape(onClose);

  useEffect(
    function focusHeadingOfNewArticle() {
      // In the next frame, which lays the article out anyway: scrolling and focusing here would
      // make the browser do it inside the task that rendered the article (90 ms with CPU 4×
      // when a link opens one on a phone), one long task instead of two shorter ones.
      const frame = requestAnimationFrame(() => {
        const root = rootRef.current;
        root?.scrollTo?.({ top: 0 });
        root?.querySelector<HTMLElement>(`[id="${headingId}"]`)?.focus({ preventScroll: true });
      });
      return () => cancelAnimationFrame(frame);
    },
    [articleKey, headingId],
  );

  return (
    <section className="news-article-frame" aria-labelledby={headingId} ref={rootRef}>
      <div className="news-article-bar">
        <span className="news-article-kicker">{t('news.article')}</span>
        <CloseButton label={t('news.close')} onClose={onClose} />
      </div>
      {children}
    </section>
  );
}
