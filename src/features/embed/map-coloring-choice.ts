/**
 * The map widget's colourings the dialog offers (`color=`). The `map-layers`
 * branch owns the parameter itself (src/domain/map-coloring.ts and its parse
 * in parse-widget-params.ts); this constant stands in for its
 * MAP_COLORING_KEYS until the two meet, so the dialog can already write it.
 */
export const WIDGET_MAP_COLORINGS = ['sky', 'temperature'] as const;
export type WidgetMapColoring = (typeof WIDGET_MAP_COLORINGS)[number];
export const DEFAULT_WIDGET_MAP_COLORING: WidgetMapColoring = 'sky';
