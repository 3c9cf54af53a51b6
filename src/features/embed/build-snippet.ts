/**
 * The paste-in snippet, the plain-iframe alternative and the preview URL for
 * the "퍼가기 / Embed" dialog, from the widget's options. Pure. Values are
 * escaped for an HTML attribute: the code is shown as text, but portals
 * paste it as HTML.
 */
import { conditionDefinition, type ConditionKey } from '../../domain/conditions';
import type { Lang } from '../../i18n/lang';
import { DEFAULT_MAP_COLORING, type MapColoring } from '../../domain/map-coloring';
import { DEFAULT_WIDGET_PARAMS, type WidgetTheme, type WidgetView } from './parse-widget-params';
import { INITIAL_HEIGHTS } from './protocol';

export interface SnippetOptions {
  readonly view: WidgetView;
  readonly sky: readonly ConditionKey[];
  readonly region: string | null;
  readonly lang: Lang;
  /** Station numbers in order; empty or absent = not a list. */
  readonly stations?: readonly string[];
  readonly theme?: WidgetTheme;
  /** The ticker's seconds per station; only written for `view: 'ticker'`. */
  readonly intervalSeconds?: number;
  /** The map view's colouring; only written for `view: 'map'`, where it means something. */
  readonly coloring?: MapColoring;
}

/** The widget options that differ from the defaults, as name/value pairs. */
export function widgetOptionPairs({
  view,
  sky,
  region,
  lang,
  stations = [],
  theme = DEFAULT_WIDGET_PARAMS.theme,
  intervalSeconds = DEFAULT_WIDGET_PARAMS.intervalSeconds,
  coloring = DEFAULT_MAP_COLORING,
}: SnippetOptions): [string, string][] {
  const pairs: [string, string][] = [['view', view]];
  if (stations.length > 0) pairs.push(['stations', stations.join(',')]);
  // Korean words, as portal editors write them (`맑음,구름조금`); the widget also accepts codes.
  if (sky.length > 0) pairs.push(['sky', sky.map((key) => conditionDefinition(key).ko).join(',')]);
  if (region) pairs.push(['region', region]);
  if (lang !== 'ko') pairs.push(['lang', lang]);
  if (theme !== DEFAULT_WIDGET_PARAMS.theme) pairs.push(['theme', theme]);
  if (view === 'ticker' && intervalSeconds !== DEFAULT_WIDGET_PARAMS.intervalSeconds) {
    pairs.push(['interval', String(intervalSeconds)]);
  }
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

/** The loader snippet; `title` becomes the iframe's accessible name (`data-title`). */
export function buildSnippet(options: SnippetOptions, loaderUrl: string, title?: string): string {
  const pairs = widgetOptionPairs(options);
  if (title) pairs.push(['title', title]);
  const attributes = pairs
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

/** The same permissions as the loader's iframe: see docs/embedding.md, "Plain iframe". */
export const WIDGET_SANDBOX =
  'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox';

/**
 * A plain iframe for portals that run no third-party script. It cannot
 * resize itself, so it gets the view's usual height (a card's list scrolls).
 */
export function buildIframeSnippet(
  options: SnippetOptions,
  embedPageUrl: string,
  title: string,
): string {
  const width = options.view === 'card' ? '300' : '100%';
  const attributes: [string, string][] = [
    ['src', widgetPageUrl(options, embedPageUrl)],
    ['title', title],
    ['width', width],
    ['height', String(INITIAL_HEIGHTS[options.view])],
    ['loading', 'lazy'],
    ['sandbox', WIDGET_SANDBOX],
    ['allow', ''],
    ['referrerpolicy', 'no-referrer'],
    ['style', 'border: 0'],
  ];
  const lines = attributes.map(([name, value]) => `  ${name}="${escapeAttribute(value)}"`);
  return `<iframe\n${lines.join('\n')}\n></iframe>`;
}
