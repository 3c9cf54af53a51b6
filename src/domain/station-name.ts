import type { Lang } from '../i18n/lang';

interface Named {
  readonly nameKo: string;
  readonly nameEn: string | null;
}

/** The station's name in the reader's language; Korean when no English name is known. */
export function stationName(station: Named, lang: Lang): string {
  return lang === 'en' ? (station.nameEn ?? station.nameKo) : station.nameKo;
}
