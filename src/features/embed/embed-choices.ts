/**
 * What the reader picks in the "퍼가기 / Embed" dialog, and how it becomes
 * the widget's options. Pure, so every kind of selection is unit-tested.
 */
import type { ConditionKey } from '../../domain/conditions';
import type { Lang } from '../../i18n/lang';
import type { SnippetOptions } from './build-snippet';
import type { MapColoring } from '../../domain/map-coloring';
import {
  DEFAULT_WIDGET_PARAMS,
  MAX_STATIONS,
  type WidgetTheme,
  type WidgetView,
} from './parse-widget-params';

/** The dashboard's view when the dialog opened; the app passes it in (the dialog never reads the URL). */
export interface DashboardView {
  readonly sky: readonly ConditionKey[];
  readonly region: string | null;
  readonly search: string;
  /** The selected station, if any. */
  readonly station: string | null;
  /** The stations the dashboard shows now, in its order. */
  readonly shownIds: readonly string[];
  /** The dashboard map's colouring, carried into a map widget. */
  readonly coloring: MapColoring;
}

export const STATION_KINDS = ['shown', 'chosen', 'all'] as const;
export type StationKind = (typeof STATION_KINDS)[number];

export interface EmbedChoices {
  readonly view: WidgetView;
  readonly stationKind: StationKind;
  /** For `chosen`: station numbers in the widget's order. */
  readonly chosen: readonly string[];
  /** For `all`: the province and sky filter; `shown` takes the dashboard's. */
  readonly region: string | null;
  readonly sky: readonly ConditionKey[];
  readonly lang: Lang;
  readonly theme: WidgetTheme;
  readonly intervalSeconds: number;
  readonly coloring: MapColoring;
}

export type EmbedSelection =
  | {
      readonly ok: true;
      readonly options: SnippetOptions;
      /** The dashboard's search became a fixed list of the stations it found (the dialog says so). */
      readonly searchFixed: boolean;
    }
  | { readonly ok: false; readonly problem: 'nothing-shown' | 'too-many' | 'none-chosen' };

function hasFilter(dashboard: DashboardView): boolean {
  return dashboard.search.trim() !== '' || dashboard.region !== null || dashboard.sky.length > 0;
}

/** The selected station first, then the rest in their order. */
function selectedFirst(ids: readonly string[], selected: string | null): string[] {
  if (selected === null || !ids.includes(selected)) return [...ids];
  return [selected, ...ids.filter((id) => id !== selected)];
}

/**
 * Where the dialog starts: the stations shown now when the dashboard is
 * filtered; the selected station when one is selected; otherwise all.
 */
export function initialChoices(dashboard: DashboardView, lang: Lang): EmbedChoices {
  const stationKind: StationKind = hasFilter(dashboard)
    ? 'shown'
    : dashboard.station !== null
      ? 'chosen'
      : 'all';
  return {
    view: DEFAULT_WIDGET_PARAMS.view,
    stationKind,
    chosen: dashboard.station === null ? [] : [dashboard.station],
    region: dashboard.region,
    sky: dashboard.sky,
    lang,
    theme: DEFAULT_WIDGET_PARAMS.theme,
    intervalSeconds: DEFAULT_WIDGET_PARAMS.intervalSeconds,
    coloring: dashboard.coloring,
  };
}

/** The choices as widget options, or the reason they cannot make a widget. */
export function selectionOptions(choices: EmbedChoices, dashboard: DashboardView): EmbedSelection {
  const { view, lang, theme, intervalSeconds, coloring } = choices;
  const common = { view, lang, theme, intervalSeconds, coloring };
  switch (choices.stationKind) {
    case 'all':
      return {
        ok: true,
        searchFixed: false,
        options: { ...common, stations: [], region: choices.region, sky: choices.sky },
      };
    case 'chosen':
      if (choices.chosen.length === 0) return { ok: false, problem: 'none-chosen' };
      return {
        ok: true,
        searchFixed: false,
        options: { ...common, stations: choices.chosen, region: null, sky: [] },
      };
    case 'shown': {
      if (dashboard.search.trim() === '') {
        // Region and sky are widget parameters: the widget keeps applying them as the weather changes.
        const { region, sky } = dashboard;
        return { ok: true, searchFixed: false, options: { ...common, stations: [], region, sky } };
      }
      // A search is not a widget parameter: what it found becomes the list, exactly as shown now.
      if (dashboard.shownIds.length === 0) return { ok: false, problem: 'nothing-shown' };
      if (dashboard.shownIds.length > MAX_STATIONS) return { ok: false, problem: 'too-many' };
      const stations = selectedFirst(dashboard.shownIds, dashboard.station);
      return {
        ok: true,
        searchFixed: true,
        options: { ...common, stations, region: null, sky: [] },
      };
    }
  }
}
