import { WindArrow } from '../../components/wind-arrow';
import type { Observation } from '../../domain/observation';
import { isCalm, windWord } from '../../domain/wind';
import { useI18n } from '../../i18n/i18n-context';
import { LOCALE } from '../../i18n/lang';

function formatNumber(value: number, lang: 'ko' | 'en', digits = 1): string {
  return new Intl.NumberFormat(LOCALE[lang], {
    maximumFractionDigits: digits,
    minimumFractionDigits: digits,
  }).format(value);
}

/**
 * Wind, humidity and last-hour rain, each only when the feed reported it:
 * a field the feed never has is left out, never shown as "—".
 */
export function WeatherValues({ station }: { station: Observation }) {
  const { t, lang } = useI18n();
  const { windDirection, windSpeed, humidity, precipitation1h } = station;
  return (
    <>
      {windSpeed !== null && (
        <div>
          <dt>{t('details.wind')}</dt>
          <dd className="station-details-wind">
            {windDirection !== null && !isCalm(windSpeed) ? (
              <>
                <WindArrow direction={windDirection} label={t('details.windArrow')} />
                {t('details.windValue', {
                  word: windWord(windDirection, lang),
                  speed: formatNumber(windSpeed, lang),
                })}
              </>
            ) : windDirection === null && !isCalm(windSpeed) ? (
              `${formatNumber(windSpeed, lang)} m/s`
            ) : (
              t('details.calm', { speed: formatNumber(windSpeed, lang) })
            )}
          </dd>
        </div>
      )}
      {humidity !== null && (
        <div>
          <dt>{t('details.humidity')}</dt>
          <dd>{formatNumber(humidity, lang, 0)}%</dd>
        </div>
      )}
      {precipitation1h !== null && (
        <div>
          <dt>{t('details.rain')}</dt>
          <dd>{formatNumber(precipitation1h, lang)} mm</dd>
        </div>
      )}
    </>
  );
}
