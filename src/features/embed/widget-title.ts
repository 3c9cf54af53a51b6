/**
 * The widget's title, from what it was asked to show: "구미 외 3곳 날씨" for
 * a station list, "강원 날씨" for a province, "전국 날씨" otherwise. Pure, and
 * shared by the dialog (the iframe's `title`) and the widget (its heading),
 * so the two always agree. The sky filter does not change the title: it
 * narrows the stations, not the place.
 */
import { provinceShortLabel } from '../../domain/provinces';
import { stationName } from '../../domain/station-name';
import type { Lang } from '../../i18n/lang';
import { widgetText } from './widget-messages';

interface Named {
  readonly stationId: string;
  readonly nameKo: string;
  readonly nameEn: string | null;
}

export interface TitleSelection {
  /** Station numbers in the widget's order; empty = not a list. */
  readonly stations: readonly string[];
  readonly region: string | null;
}

export function widgetTitle(
  { stations, region }: TitleSelection,
  known: readonly Named[],
  lang: Lang,
): string {
  const t = widgetText(lang);
  if (stations.length > 0) {
    const byId = new Map(known.map((station) => [station.stationId, station]));
    // Named after the first listed station the feed knows; a number alone would mean nothing.
    const first = stations.map((id) => byId.get(id)).find((station) => station !== undefined);
    if (first) {
      const name = stationName(first, lang);
      if (stations.length === 1) return t('titleOne', { name });
      return t('titleMany', { name, count: String(stations.length - 1) });
    }
  }
  if (region) return t('titleRegion', { region: provinceShortLabel(region, lang) });
  return t('titleAll');
}
