export const LANGS = ['ko', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** Where the reader's last language choice is remembered on this device. */
export const LANG_PREFERENCE_KEY = 'nalssi:lang';

export function isLang(value: unknown): value is Lang {
  return value === 'ko' || value === 'en';
}

/** Every time on the page is shown in Korea time, whatever the reader's own time zone. */
export const KOREA_TIME_ZONE = 'Asia/Seoul';

/** BCP 47 locales for Intl: numbers, dates and collation follow the reader's language. */
export const LOCALE: Record<Lang, string> = { ko: 'ko-KR', en: 'en-GB' };
