import { KOREA_TIME_ZONE, LOCALE, type Lang } from '../../i18n/lang';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The observation time, short enough for a one-line ticker: "5월 21일" for a
 * date alone (no invented time), "5월 21일 15:00" for a full time in KST.
 */
export function formatShortObservedAt(observedAt: string, lang: Lang): string {
  const dateOnly = DATE_ONLY.test(observedAt);
  const date = dateOnly ? new Date(`${observedAt}T12:00:00Z`) : new Date(observedAt);
  return new Intl.DateTimeFormat(LOCALE[lang], {
    timeZone: KOREA_TIME_ZONE,
    month: lang === 'ko' ? 'long' : 'short',
    day: 'numeric',
    ...(dateOnly ? {} : { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
  }).format(date);
}
