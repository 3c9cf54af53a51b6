/**
 * Numbers and times through Intl, in the reader's language, always in Korea
 * time (KST) whatever the reader's own time zone.
 */
import { KOREA_TIME_ZONE, LOCALE, type Lang } from './lang';
import type { Translate } from './translate';

const temperatureFormats = new Map<Lang, Intl.NumberFormat>();
/**
 * Formatted temperatures, per language. Observations repeat the same few
 * hundred values (one decimal, −60…60 ℃), so 10,000 stations share their
 * label strings instead of formatting and holding 10,000 copies.
 */
const temperatureLabels = new Map<Lang, Map<number, string>>();
const MAX_CACHED_TEMPERATURES = 4000;

/** `15.0℃`; null (not reported) is the caller's "—", never 0. */
export function formatTemperature(celsius: number, lang: Lang): string {
  let labels = temperatureLabels.get(lang);
  if (!labels) {
    labels = new Map();
    temperatureLabels.set(lang, labels);
  }
  let label = labels.get(celsius);
  if (label === undefined) {
    label = `${temperatureFormat(lang).format(celsius)}℃`;
    if (labels.size >= MAX_CACHED_TEMPERATURES) labels.clear();
    labels.set(celsius, label);
  }
  return label;
}

function temperatureFormat(lang: Lang): Intl.NumberFormat {
  let format = temperatureFormats.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(LOCALE[lang], {
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
      // -0.04 rounds to 0.0, not "-0.0".
      signDisplay: 'negative',
    });
    temperatureFormats.set(lang, format);
  }
  return format;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The observation time exactly as given: a date alone stays a date (no
 * invented time); a full time is shown in KST.
 */
export function formatObservedAt(observedAt: string, lang: Lang): string {
  if (DATE_ONLY.test(observedAt)) {
    const [year, month, day] = observedAt.split('-').map(Number) as [number, number, number];
    // Noon UTC keeps the calendar date the same in KST.
    const date = new Date(Date.UTC(year, month - 1, day, 12));
    return withWeekdayBound(dateTimeFormat(lang, 'date').formatToParts(date));
  }
  return `${dateTimeFormat(lang, 'time').format(new Date(observedAt))} KST`;
}

/**
 * The parts joined with a no-break space on each side of the weekday, so a
 * narrow box never leaves "(화)" or "Tue," alone on a line.
 */
function withWeekdayBound(parts: readonly Intl.DateTimeFormatPart[]): string {
  return parts
    .map((part, index) => {
      const besideWeekday =
        parts[index - 1]?.type === 'weekday' || parts[index + 1]?.type === 'weekday';
      return part.type === 'literal' && besideWeekday
        ? part.value.replace(/ /g, '\u00a0')
        : part.value;
    })
    .join('');
}

const DATE_TIME_OPTIONS: Record<'date' | 'time', Intl.DateTimeFormatOptions> = {
  date: {
    timeZone: KOREA_TIME_ZONE,
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    weekday: 'short',
  },
  time: {
    timeZone: KOREA_TIME_ZONE,
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    // h23, not hour12:false: ko-KR would otherwise show midnight as 24:30.
    hourCycle: 'h23',
    // No timeZoneName: Intl calls Korea time "GMT+9"; " KST" is added by hand.
  },
};
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

/** Building a time-zone-aware formatter costs far more than using one: keep them. */
function dateTimeFormat(lang: Lang, kind: 'date' | 'time'): Intl.DateTimeFormat {
  const key = `${lang}:${kind}`;
  let format = dateTimeFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALE[lang], DATE_TIME_OPTIONS[kind]);
    dateTimeFormats.set(key, format);
  }
  return format;
}

/** When the observation was taken, as a timestamp (date alone = start of that day in KST). */
export function observedAtTime(observedAt: string): number {
  return DATE_ONLY.test(observedAt)
    ? Date.parse(`${observedAt}T00:00:00+09:00`)
    : Date.parse(observedAt);
}

const DAYS_PER_MONTH = 30.44;
const DAYS_PER_YEAR = 365.25;

/**
 * "3분", "2시간", "5일", "3개월", "2년": coarse on purpose, one scale for every
 * place that shows an age (the exact time is shown beside it). Months and
 * years are rounded, so a feed 685 days old is "2년", as a reader would say.
 */
export function formatAge(milliseconds: number, t: Translate): string {
  const minutes = Math.floor(Math.max(0, milliseconds) / 60_000);
  if (minutes < 1) return t('age.justNow');
  if (minutes < 60) return t('age.minutes', { n: minutes });
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return t('age.hours', { n: hours });
  const days = Math.floor(hours / 24);
  if (days < 60) return t('age.days', { n: days });
  if (days < 365) return t('age.months', { n: Math.round(days / DAYS_PER_MONTH) });
  const years = Math.round(days / DAYS_PER_YEAR);
  return years <= 1 ? t('age.oneYear') : t('age.years', { n: years });
}

const distanceFormats = new Map<Lang, Intl.NumberFormat>();

/** "3.2" (km, one decimal under 100 km, whole kilometres beyond): the list's distance column. */
export function formatKilometres(km: number, lang: Lang): string {
  let format = distanceFormats.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: 1 });
    distanceFormats.set(lang, format);
  }
  return format.format(km < 100 ? Math.round(km * 10) / 10 : Math.round(km));
}
