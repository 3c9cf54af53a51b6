import './news.css';
import { useI18n } from '../../i18n/i18n-context';

/** `?news=<id>` names no article in the feed: say so plainly, and offer the list. */
export function NewsArticleNotFound({
  id,
  headingId,
  onShowList,
}: {
  id: string;
  headingId: string;
  onShowList: () => void;
}) {
  const { t } = useI18n();
  return (
    <div className="news-not-found" role="alert">
      <h2 id={headingId} tabIndex={-1}>
        {t('news.notFoundTitle')}
      </h2>
      <p>{t('news.notFoundBody', { id })}</p>
      <button type="button" className="button" onClick={onShowList}>
        {t('news.toList')}
      </button>
    </div>
  );
}
