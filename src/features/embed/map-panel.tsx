import { Suspense, useCallback, type ComponentType } from 'react';
import type { ObservationFeed, Observation } from '../observations/observation';
import type { Lang } from '../../i18n/lang';
import { dashboardUrl } from './dashboard-link';
import { FeedCredit } from './feed-credit';
import type { WidgetText } from './widget-messages';

/** What the app's lazily loaded map must accept; the embed feature never imports the map itself. */
export interface EmbedMapProps {
  readonly stations: readonly Observation[];
  readonly lang: Lang;
  readonly onSelect: (stationId: string) => void;
}

interface MapPanelProps {
  readonly stations: readonly Observation[];
  readonly feed: ObservationFeed;
  readonly stale: boolean;
  readonly lang: Lang;
  readonly t: WidgetText;
  readonly MapView: ComponentType<EmbedMapProps>;
}

/** The compact map: the dashboard's markers, no side panels; a station opens the dashboard. */
export function MapPanel({ stations, feed, stale, lang, t, MapView }: MapPanelProps) {
  const openStation = useCallback(
    (stationId: string) => {
      window.open(dashboardUrl(stationId, lang, window.location.href), '_blank', 'noopener');
    },
    [lang],
  );
  return (
    <section className="embed-map" aria-label={t('label')}>
      <div className="embed-map-frame">
        <Suspense fallback={<p className="embed-status">{t('mapLoading')}</p>}>
          <MapView stations={stations} lang={lang} onSelect={openStation} />
        </Suspense>
      </div>
      <footer className="embed-footer">
        <FeedCredit feed={feed} stale={stale} lang={lang} t={t} />
        <a
          className="embed-more"
          href={dashboardUrl(null, lang, window.location.href)}
          target="_blank"
          rel="noopener"
        >
          {t('openDashboard')}
          <span className="visually-hidden"> {t('newTab')}</span>
        </a>
      </footer>
    </section>
  );
}
