import { formatAge, observedAtTime } from '../i18n/format';
import { useI18n } from '../i18n/i18n-context';
import { useNow } from '../utils/use-now';

/** "(3시간 전)": its own minute tick, so only this text re-renders as the feed ages. */
export function FeedAge({ observedAt }: { observedAt: string }) {
  const { t } = useI18n();
  const now = useNow();
  return (
    <span className="observed-age">
      ({t('feed.age', { age: formatAge(now - observedAtTime(observedAt), t) })})
    </span>
  );
}
