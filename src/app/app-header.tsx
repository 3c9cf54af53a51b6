import { memo } from 'react';
import { ExampleBanner } from '../components/example-banner';
import type { Observation, ObservationFeed } from '../domain/observation';
import { sourceLabel } from '../domain/source-label';
import { formatObservedAt } from '../i18n/format';
import { useI18n } from '../i18n/i18n-context';
import { EmbedButton } from './embed-button';
import { FeedAge } from './feed-age';
import { LanguageSwitch } from './language-switch';
import { ThemeSwitch } from './theme-switch';

interface AppHeaderProps {
  readonly feed: ObservationFeed | undefined;
  /** What the dashboard shows now: the Embed dialog can carry it over. */
  readonly shown: readonly Observation[];
  /** The feed is on its way: its line is kept free, so nothing below moves when it comes. */
  readonly feedPending?: boolean;
}

const NO_STATIONS: readonly Observation[] = [];

/**
 * Memoised: a chip or a keystroke re-renders the dashboard at once, and the
 * header's props change only in the deferred render that follows (formatting
 * the observed time is not free on a slow phone).
 */
export const AppHeader = memo(function AppHeader({
  feed,
  shown,
  feedPending = false,
}: AppHeaderProps) {
  const { t, lang } = useI18n();
  return (
    <header className="app-header">
      <div className="brand">
        <h1>{t('app.title')}</h1>
        <p className="brand-subtitle">{t('app.subtitle')}</p>
      </div>
      <ExampleBanner example={feed?.example ?? false} />
      {!feed && feedPending && <p className="observed" aria-hidden="true" />}
      {feed && (
        <p className="observed">
          <span className="observed-at">
            {t('feed.observedAt', { time: formatObservedAt(feed.observedAt, lang) })}
          </span>{' '}
          <FeedAge observedAt={feed.observedAt} />
          {/* The bundled sample is real but old: say so, or its date looks like a broken feed. */}
          {feed.sample && <span className="sample-badge">{t('feed.sampleBadge')}</span>}
          {feed.source && (
            <span className="attribution">
              {t('feed.attribution', { source: sourceLabel(feed.source, lang) })}
            </span>
          )}
        </p>
      )}
      <div className="header-tools">
        <EmbedButton stations={feed?.observations ?? NO_STATIONS} shown={shown} />
        <ThemeSwitch />
        <LanguageSwitch />
      </div>
    </header>
  );
});
