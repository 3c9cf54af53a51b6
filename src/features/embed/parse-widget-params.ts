/**
 * The widget's URL parameters (set by the loader from `data-*` attributes,
 * or written by hand in a plain iframe). Pure: a bad value is reported
 * through `warn` and replaced by its default, so the widget always renders.
 */
import { conditionKeyFromInput, type ConditionKey } from '../../domain/conditions';
import {
  DEFAULT_MAP_COLORING,
  MAP_COLORING_KEYS,
  type MapColoring,
} from '../../domain/map-coloring';
import { provinceFromInput } from '../../domain/provinces';
import { LANGS, type Lang } from '../../i18n/lang';
import { WIDGET_ID_PATTERN } from './protocol';
import { STATION_ID_PATTERN as STATION_ID } from '../../domain/station-id';

export const WIDGET_VIEWS = ['ticker', 'card', 'map'] as const;
export type WidgetView = (typeof WIDGET_VIEWS)[number];

export const WIDGET_THEMES = ['auto', 'light', 'dark'] as const;
export type WidgetTheme = (typeof WIDGET_THEMES)[number];

/** Seconds between ticker steps: fast enough to roll, slow enough to read (WCAG 2.2.2 pause aside). */
export const INTERVAL_SECONDS = { min: 2, max: 60, fallback: 4 } as const;
export const MAX_STATIONS = 100;

export interface WidgetParams {
  readonly view: WidgetView;
  /** Empty = every condition. */
  readonly sky: readonly ConditionKey[];
  /** Station numbers in the order to show them; empty = the feed's stations in feed order. */
  readonly stations: readonly string[];
  /** 시·도 (Korean name) or null for the whole country. */
  readonly region: string | null;
  readonly lang: Lang;
  readonly theme: WidgetTheme;
  readonly intervalSeconds: number;
  /** The map view's marker colours (`color=temperature`); ignored by the ticker and card. */
  readonly coloring: MapColoring;
  /** The loader's id for this iframe; null when embedded without the loader. */
  readonly wid: string | null;
}

export const DEFAULT_WIDGET_PARAMS: WidgetParams = {
  view: 'ticker',
  sky: [],
  stations: [],
  region: null,
  lang: 'ko',
  theme: 'auto',
  intervalSeconds: INTERVAL_SECONDS.fallback,
  coloring: DEFAULT_MAP_COLORING,
  wid: null,
};

/** Long enough for every condition word; stops pathological inputs from reaching the console. */
const MAX_PARAM_LENGTH = 1000;

type Warn = (message: string) => void;

const defaultWarn: Warn = (message) => console.warn(message);

/** Quote a user value for a warning, shortened so a huge parameter cannot flood the console. */
function quote(value: string): string {
  return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
}

function listItems(raw: string): string[] {
  return raw
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

function oneOf<T extends string>(
  name: string,
  raw: string | null,
  allowed: readonly T[],
  fallback: T,
  warn: Warn,
): T {
  if (raw === null) return fallback;
  if ((allowed as readonly string[]).includes(raw)) return raw as T;
  warn(`[nalssi] ${name}=${quote(raw)} is not one of ${allowed.join('|')}; using ${fallback}.`);
  return fallback;
}

function parseSky(raw: string, warn: Warn): ConditionKey[] {
  const keys: ConditionKey[] = [];
  for (const item of listItems(raw)) {
    const key = conditionKeyFromInput(item);
    if (key === null) warn(`[nalssi] sky: unknown condition ${quote(item)} ignored.`);
    else if (!keys.includes(key)) keys.push(key);
  }
  return keys;
}

function parseStations(raw: string, warn: Warn): string[] {
  const ids: string[] = [];
  for (const item of listItems(raw)) {
    if (!STATION_ID.test(item)) warn(`[nalssi] stations: ${quote(item)} is not a station number.`);
    else if (!ids.includes(item)) ids.push(item);
  }
  if (ids.length > MAX_STATIONS) {
    warn(`[nalssi] stations: only the first ${MAX_STATIONS} are used.`);
    return ids.slice(0, MAX_STATIONS);
  }
  return ids;
}

function parseInterval(raw: string, warn: Warn): number {
  const seconds = Number(raw);
  if (!Number.isFinite(seconds)) {
    warn(
      `[nalssi] interval=${quote(raw)} is not a number of seconds; using ${INTERVAL_SECONDS.fallback}.`,
    );
    return INTERVAL_SECONDS.fallback;
  }
  const clamped = Math.min(INTERVAL_SECONDS.max, Math.max(INTERVAL_SECONDS.min, seconds));
  if (clamped !== seconds) {
    warn(
      `[nalssi] interval=${raw} is outside ${INTERVAL_SECONDS.min}…${INTERVAL_SECONDS.max} s; using ${clamped}.`,
    );
  }
  return clamped;
}

export function parseWidgetParams(search: string, warn: Warn = defaultWarn): WidgetParams {
  const params = new URLSearchParams(search);
  /** A parameter's value, or null when absent or blank (blank means "default", silently). */
  const read = (name: string): string | null => {
    const value = params.get(name)?.trim();
    if (!value) return null;
    if (value.length > MAX_PARAM_LENGTH) {
      warn(`[nalssi] ${name} is longer than ${MAX_PARAM_LENGTH} characters; ignored.`);
      return null;
    }
    return value;
  };

  const regionRaw = read('region');
  const region = regionRaw === null ? null : provinceFromInput(regionRaw);
  if (regionRaw !== null && region === null) {
    warn(`[nalssi] region=${quote(regionRaw)} is not a province; showing the whole country.`);
  }

  const widRaw = read('wid');
  const wid = widRaw !== null && WIDGET_ID_PATTERN.test(widRaw) ? widRaw : null;
  if (widRaw !== null && wid === null)
    warn(`[nalssi] wid=${quote(widRaw)} is malformed; not resizing.`);

  const skyRaw = read('sky');
  const stationsRaw = read('stations');
  const intervalRaw = read('interval');
  return {
    view: oneOf('view', read('view'), WIDGET_VIEWS, DEFAULT_WIDGET_PARAMS.view, warn),
    sky: skyRaw === null ? [] : parseSky(skyRaw, warn),
    stations: stationsRaw === null ? [] : parseStations(stationsRaw, warn),
    region,
    lang: oneOf('lang', read('lang'), LANGS, DEFAULT_WIDGET_PARAMS.lang, warn),
    theme: oneOf('theme', read('theme'), WIDGET_THEMES, DEFAULT_WIDGET_PARAMS.theme, warn),
    intervalSeconds:
      intervalRaw === null ? INTERVAL_SECONDS.fallback : parseInterval(intervalRaw, warn),
    coloring: oneOf(
      'color',
      read('color')?.toLowerCase() ?? null,
      MAP_COLORING_KEYS,
      DEFAULT_WIDGET_PARAMS.coloring,
      warn,
    ),
    wid,
  };
}
