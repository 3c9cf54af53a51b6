/**
 * The widget's few words, in both languages. Kept apart from the dashboard's
 * catalog so the widget downloads a few hundred bytes of text, not all of it.
 */
import type { Lang } from '../../i18n/lang';
import { fillMessage } from '../../i18n/fill-message';

const ko = {
  label: '날씨 관측소',
  titleAll: '전국 날씨',
  titleRegion: '{region} 날씨',
  titleOne: '{name} 날씨',
  titleMany: '{name} 외 {count}곳 날씨',
  count: '{count}개 관측소',
  pause: '자동 넘김 멈춤',
  play: '자동 넘김 재생',
  next: '다음 관측소',
  attribution: '{source} 제공',
  observed: '관측 {time}',
  loading: '관측 자료를 불러오는 중…',
  error: '관측 자료를 불러올 수 없습니다.',
  feedUrl: '자료 주소:',
  retry: '다시 시도',
  stale: '최신 자료를 불러오지 못해 이전 자료를 표시합니다.',
  empty: '조건에 맞는 관측소가 없습니다.',
  newTab: '(새 창)',
  openDashboard: '날씨에서 전체 보기',
  noTemperature: '기온 정보 없음',
  mapLoading: '지도를 불러오는 중…',
  mapError: '지도를 불러올 수 없습니다.',
} as const;

export type WidgetMessageKey = keyof typeof ko;
export type WidgetText = (key: WidgetMessageKey, params?: Record<string, string>) => string;

const en: Record<WidgetMessageKey, string> = {
  label: 'Station weather',
  titleAll: 'Korea weather',
  titleRegion: '{region} weather',
  titleOne: '{name} weather',
  titleMany: '{name} and {count} more',
  count: '{count} {count, plural, one {station} other {stations}}',
  pause: 'Pause rotation',
  play: 'Play rotation',
  next: 'Next station',
  attribution: 'Data: {source}',
  observed: 'Observed {time}',
  loading: 'Loading observations…',
  error: 'Observations could not be loaded.',
  feedUrl: 'Feed:',
  retry: 'Try again',
  stale: 'Could not refresh; showing earlier data.',
  empty: 'No station matches.',
  newTab: '(opens in a new tab)',
  openDashboard: 'Open the full map in Nalssi',
  noTemperature: 'no temperature reported',
  mapLoading: 'Loading the map…',
  mapError: 'The map could not be loaded.',
};

const CATALOGS: Record<Lang, Record<WidgetMessageKey, string>> = { ko, en };

export function widgetText(lang: Lang): WidgetText {
  const catalog = CATALOGS[lang];
  return (key, params) => (params ? fillMessage(catalog[key], params, lang) : catalog[key]);
}
