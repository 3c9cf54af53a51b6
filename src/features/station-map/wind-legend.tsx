import { useI18n } from '../../i18n/i18n-context';
import { PHONE_QUERY, useMediaQuery } from '../../utils/use-media-query';
import { WIND_BANDS, NO_WIND_COLOR } from '../../domain/wind-scale';

/** The wind view's key: what the arrows point at, the speed colours, and what length means. */
export function WindLegend() {
  const { t } = useI18n();
  const phone = useMediaQuery(PHONE_QUERY);
  return (
    <details className="map-legend wind-legend" open={!phone}>
      <summary>{t('wind.legendTitle')}</summary>
      <p className="wind-legend-note">{t('wind.direction')}</p>
      <ul>
        {WIND_BANDS.map((band) => (
          <li key={band.key}>
            <span className="wind-swatch" style={{ background: band.color }} aria-hidden="true" />
            {t(`wind.band.${band.key}`)}
          </li>
        ))}
        <li>
          <span className="wind-swatch" style={{ background: NO_WIND_COLOR }} aria-hidden="true" />
          {t('wind.missing')}
        </li>
      </ul>
      <p className="wind-legend-note">{t('wind.length')}</p>
    </details>
  );
}
