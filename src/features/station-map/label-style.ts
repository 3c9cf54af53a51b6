/**
 * How big markers and labels are at a zoom, and what a label says. Out at
 * the whole country (zoom 6 on a phone) only the principal places carry a
 * label, in a smaller type, on smaller markers: there is room for a city's
 * name, not for every station's. From zoom 7.5 the sky word joins the label,
 * and from 8.5 type and markers reach their full size.
 */
export interface LabelStyle {
  readonly font: string;
  /** Line box of one label, CSS pixels. */
  readonly height: number;
  /** Radius of a principal place's marker (and of every marker from zoom 8.5). */
  readonly markerRadius: number;
  /**
   * Radius of the other stations' markers: smaller when zoomed out, so that
   * they keep their sky colour without crowding the principal places' labels
   * out. Below 5 px they are plain discs, without a glyph.
   */
  readonly minorRadius: number;
  /** Whether the label names the sky ("서울 맑음 19.2°C") or not ("서울 19.2°C"). */
  readonly withSky: boolean;
  /** Whether stations outside the principal places may be labelled at all. */
  readonly allStations: boolean;
}

const FAMILY = 'system-ui, "Noto Sans CJK KR", sans-serif';

/** From the country view in (zoom 6 on a phone, 7 on a laptop) to the streets. */
const STYLES: readonly (LabelStyle & { readonly belowZoom: number })[] = [
  {
    belowZoom: 6.5,
    font: `600 11px ${FAMILY}`,
    height: 13,
    markerRadius: 6,
    minorRadius: 3,
    withSky: false,
    allStations: false,
  },
  {
    belowZoom: 7.5,
    font: `600 12px ${FAMILY}`,
    height: 14,
    markerRadius: 8,
    minorRadius: 4.5,
    withSky: false,
    allStations: true,
  },
  {
    belowZoom: 8.5,
    font: `600 12px ${FAMILY}`,
    height: 14,
    markerRadius: 9,
    minorRadius: 7,
    withSky: true,
    allStations: true,
  },
  {
    belowZoom: Infinity,
    font: `600 13px ${FAMILY}`,
    height: 16,
    markerRadius: 10,
    minorRadius: 10,
    withSky: true,
    allStations: true,
  },
];

export function labelStyle(zoom: number): LabelStyle {
  return STYLES.find((style) => zoom < style.belowZoom)!;
}

/** Space between a marker's edge and its label: close enough that the two read as one. */
export const LABEL_GAP = 3;

/** "name temperature", or "name sky temperature"; the temperature is "—" when none was observed. */
export function labelText(
  station: { readonly name: string; readonly conditionText: string; readonly label: string | null },
  withSky: boolean,
): string {
  const temperature = station.label ?? '—';
  return withSky
    ? `${station.name} ${station.conditionText} ${temperature}`
    : `${station.name} ${temperature}`;
}

/** The same label in two lines, name over the rest, for where one line does not fit. */
export function labelLines(
  station: { readonly name: string; readonly conditionText: string; readonly label: string | null },
  withSky: boolean,
): [string, string] {
  const temperature = station.label ?? '—';
  return [station.name, withSky ? `${station.conditionText} ${temperature}` : temperature];
}
