/**
 * The paste-in snippet and the preview URL for the "퍼가기 / Embed" dialog,
 * from the dashboard's current filters. Pure. Values are escaped for an HTML
 * attribute: the snippet is shown as text, but portals paste it as HTML.
 */
import { conditionDefinition, type ConditionKey } from '../../domain/conditions';
import { DEFAULT_MAP_COLORING, type MapColoring } from '../../domain/map-coloring';
import type { Lang } from '../../i18n/lang';
import type { WidgetView } from './parse-widget-params';

export interface SnippetOptions {
  readonly view: WidgetView;
  readonly sky: readonly ConditionKey[];
  readonly region: string | null;
  readonly lang: Lang;
  /** The map view's colouring; only written for `view: 'map'`, where it means something. */
  readonly coloring?: MapColoring;
}

/** The widget options that differ from the defaults, as name/value pairs. */
export function widgetOptionPairs({
  view,
  sky,
  region,
  lang,
  coloring = DEFAULT_MAP_COLORING,
}: SnippetOptions): [string, string][] {
  const pairs: [string, string][] = [['view', view]];
  // Korean words, as portal editors write them (`맑음,구름조금`); the widget also accepts codes.
  if (sky.length > 0) pairs.push(['sky', sky.map((key) => conditionDefinition(key).ko).join(',')]);
  if (region) pairs.push(['region', region]);
  if (lang !== 'ko') pairs.push(['lang', lang]);
  if (view === 'map' && coloring !== DEFAULT_MAP_COLORING) pairs.push(['color', coloring]);
  return pairs;
}

function escapeAttribute(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

export function buildSnippet(options: SnippetOptions, loaderUrl: string): string {
  const attributes = widgetOptionPairs(options)
    .map(([name, value]) => ` data-${name}="${escapeAttribute(value)}"`)
    .join('');
  return (
    `<div data-nalssi-widget${attributes}></div>\n` +
    `<script async src="${escapeAttribute(loaderUrl)}"></script>`
  );
}

/** The widget page with the same options, for a live preview or a plain iframe. */
export function widgetPageUrl(options: SnippetOptions, embedPageUrl: string, wid?: string): string {
  const url = new URL(embedPageUrl);
  url.search = new URLSearchParams(widgetOptionPairs(options)).toString();
  if (wid) url.searchParams.set('wid', wid);
  return url.href;
}
