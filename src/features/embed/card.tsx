import type { ObservationFeed, Observation } from '../observations/observation';
import { provinceLabel } from '../observations/provinces';
import type { Lang } from '../../i18n/lang';
import { dashboardUrl } from './dashboard-link';
import { FeedCredit } from './feed-credit';
import { StationLink } from './station-link';
import type { WidgetText } from './widget-messages';

interface CardProps {
  readonly stations: readonly Observation[];
  readonly feed: ObservationFeed;
  readonly stale: boolean;
  readonly region: string | null;
  readonly lang: Lang;
  readonly t: WidgetText;
}

/** A compact list for a sidebar (about 300×400); long lists scroll inside the card. */
export function Card({ stations, feed, stale, region, lang, t }: CardProps) {
  return (
    <section className="embed-card" aria-labelledby="embed-card-title">
      <div className="embed-card-head">
        <h1 id="embed-card-title" className="embed-card-title">
          {region ? provinceLabel(region, lang) : t('cardTitle')}
        </h1>
        {/* Long lists scroll inside the card: the count says there is more below. */}
        <p className="embed-card-count">{t('count', { count: String(stations.length) })}</p>
      </div>
      {stations.length === 0 ? (
        <p className="embed-empty">{t('empty')}</p>
      ) : (
        <ul className="embed-card-list">
          {stations.map((station) => (
            <li key={station.stationId}>
              <StationLink className="embed-card-row" station={station} lang={lang} t={t} />
            </li>
          ))}
        </ul>
      )}
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
