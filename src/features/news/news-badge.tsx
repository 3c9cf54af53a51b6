import './news.css';
import { useI18n } from '../../i18n/i18n-context';

/** The mark beside a station that has news; its accessible name says how many items. */
export function NewsBadge({ count }: { count: number }) {
  const { t } = useI18n();
  return (
    <span className="news-badge" role="img" aria-label={t('news.badgeLabel', { count })}>
      {t('news.badge')}
    </span>
  );
}
