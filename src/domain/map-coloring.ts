/**
 * What the map's marker colours mean. A list: each view is one entry here
 * plus its legend and words. Wind is offered only when the feed has wind.
 */
import { conditionDefinition } from './conditions';
import type { Observation } from './observation';
import { temperaturePaint } from './temperature-scale';
import { hasWind, NO_WIND_COLOR, windBand } from './wind-scale';

export interface MapColoringDefinition {
  /** Stable code, used in the URL (`color=`) and the widget's parameters. */
  readonly key: string;
  /** Whether the view has anything to show for these stations (e.g. any temperature at all). */
  readonly isAvailable: (stations: readonly Observation[]) => boolean;
  /**
   * True: the switch leaves the view out when it has nothing to show (wind, which
   * most feeds never carry). False: offered but disabled (temperature).
   */
  readonly hiddenWhenUnavailable: boolean;
}

export const MAP_COLORINGS = [
  { key: 'sky', isAvailable: () => true, hiddenWhenUnavailable: false },
  {
    key: 'temperature',
    isAvailable: (stations) => stations.some((station) => station.temperature !== null),
    hiddenWhenUnavailable: false,
  },
  { key: 'wind', isAvailable: hasWind, hiddenWhenUnavailable: true },
] as const satisfies readonly MapColoringDefinition[];

export type MapColoring = (typeof MAP_COLORINGS)[number]['key'];

export const DEFAULT_MAP_COLORING: MapColoring = 'sky';

export const MAP_COLORING_KEYS: readonly MapColoring[] = MAP_COLORINGS.map(({ key }) => key);

/** A `color=` value, or null when it names no colouring. */
export function mapColoringFromInput(raw: string | null | undefined): MapColoring | null {
  const value = raw?.trim().toLowerCase();
  return MAP_COLORING_KEYS.find((key) => key === value) ?? null;
}

export function isMapColoringAvailable(
  coloring: MapColoring,
  stations: readonly Observation[],
): boolean {
  const definition: MapColoringDefinition | undefined = MAP_COLORINGS.find(
    ({ key }) => key === coloring,
  );
  return definition?.isAvailable(stations) ?? false;
}

export interface MarkerPaint {
  readonly color: string;
  /** The glyph's colour on that fill. */
  readonly ink: string;
  /** The ring around the disc; null = the theme's marker outline. */
  readonly outline: string | null;
}

/** A marker's fill, glyph colour and ring in the given view. */
export function markerPaint(station: Observation, coloring: MapColoring): MarkerPaint {
  if (coloring === 'temperature') {
    const { color, ink } = temperaturePaint(station.temperature);
    // Pale steps vanish on the light land unless ringed in their dark ink, and
    // dark steps on the dark land unless ringed in white: the ink does both.
    return { color, ink, outline: ink };
  }
  if (coloring === 'wind') {
    // The wind layer draws the arrow; the disc under it is coloured by the speed band.
    const color = station.windSpeed === null ? NO_WIND_COLOR : windBand(station.windSpeed).color;
    return { color, ink: '#ffffff', outline: null };
  }
  // Every sky colour is dark enough for a white glyph and the theme's ring (see conditions.ts).
  return { color: conditionDefinition(station.condition.key).color, ink: '#ffffff', outline: null };
}
