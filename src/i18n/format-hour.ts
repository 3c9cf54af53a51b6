/**
 * An hour of the history in Korea time, whatever the reader's time zone:
 * "5월 21일 15:00" / "21 May, 15:00" beside the time control, "15시" / "15:00"
 * where the date is already clear (the high and low of a day).
 */
import { KOREA_TIME_ZONE, LOCALE, type Lang } from './lang';

const OPTIONS = {
  full: {
    timeZone: KOREA_TIME_ZONE,
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  },
  short: { timeZone: KOREA_TIME_ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

const formats = new Map<string, Intl.DateTimeFormat>();

function format(lang: Lang, kind: keyof typeof OPTIONS): Intl.DateTimeFormat {
  const key = `${lang}:${kind}`;
  let formatter = formats.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(LOCALE[lang], OPTIONS[kind]);
    formats.set(key, formatter);
  }
  return formatter;
}

/** "5월 21일 15:00" / "21 May, 15:00" (KST). */
export function formatHour(time: string, lang: Lang): string {
  return format(lang, 'full').format(new Date(time));
}

/** "15:00" (KST), for when the day is already said. */
export function formatHourShort(time: string, lang: Lang): string {
  return format(lang, 'short').format(new Date(time));
}
