import type { Lang } from '../../i18n/lang';

/**
 * The full dashboard at one station, resolved relative to the widget's own
 * page (`embed.html` and `index.html` are deployed side by side).
 */
export function dashboardUrl(stationId: string | null, lang: Lang, base: string): string {
  const url = new URL('index.html', base);
  if (stationId !== null) url.searchParams.set('station', stationId);
  if (lang !== 'ko') url.searchParams.set('lang', lang);
  return url.href;
}
