import { formatKilometres } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-context';

/** A row's distance from the reader ("3.2 km"); the row's name reads it as "내 위치에서 3.2 km". */
export function DistanceLabel({ km }: { km: number }) {
  const { t, lang } = useI18n();
  const value = formatKilometres(km, lang);
  return (
    <span className="station-row-distance">
      <span aria-hidden="true">{t('distance.km', { km: value })}</span>
      <span className="visually-hidden">{t('distance.label', { km: value })}</span>
    </span>
  );
}
