import { useI18n } from '../i18n/i18n-context';

/**
 * The map's place until Leaflet and the map code are here: the sea-coloured
 * frame and a loading line (the credits line is the dashboard's own, already
 * in place), so nothing moves when the map comes.
 */
export function MapPlaceholder() {
  const { t } = useI18n();
  return (
    <div className="station-map map-placeholder">
      <p className="map-loading">{t('map.loading')}</p>
    </div>
  );
}
