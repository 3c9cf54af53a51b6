import { ExampleBanner } from '../components/example-banner';
import type { ObservationFeed } from '../domain/observation';
import { sourceLabel } from '../domain/source-label';
import { formatObservedAt } from '../i18n/format';
import { useI18n } from '../i18n/i18n-context';
import { EmbedButton } from './embed-button';
import { FeedAge } from './feed-age';
import { LanguageSwitch } from './language-switch';
import { ThemeSwitch } from './theme-switch';

export function AppHeader({ feed }: { feed: ObservationFeed | undefined }) {
  const { t, lang } = useI18n();
  return (
    <header className="app-header">
      <div className="brand">
        <h1>{t('app.title')}</h1>
        <p className="brand-subtitle">{t('app.subtitle')}</p>
      </div>
      <ExampleBanner example={feed?.example ?? false} />
      {feed && (
        <p className="observed">
          <span className="observed-at">
            {t('feed.observedAt', { time: formatObservedAt(feed.observedAt, lang) })}
          </span>{' '}
          <FeedAge observedAt={feed.observedAt} />
          {feed.source && (
            <span className="attribution">
              {t('feed.attribution', { source: sourceLabel(feed.source, lang) })}
            </span>
          )}
        </p>
      )}
      <div className="header-tools">
        <EmbedButton />
        <ThemeSwitch />
        <LanguageSwitch />
      </div>
    </header>
  );
}
