/** One station as the map draws it: projected position, colours, glyph and label texts (made in `station-points.ts`). */
export interface StationPoint {
  readonly id: string;
  readonly lat: number;
  readonly lon: number;
  /** Web Mercator pixel position at zoom 0 (multiply by 2^zoom for any zoom). */
  readonly x0: number;
  readonly y0: number;
  readonly color: string;
  /** Colour of the glyph on the marker (white on the sky colours; dark on pale temperature steps). */
  readonly ink: string;
  /** The ring around the marker, or null for the theme's marker outline. */
  readonly outline: string | null;
  /** SVG path data (24×24 box) drawn in `ink` on the marker. */
  readonly glyph: string;
  /** Short label (temperature), or null to draw none. */
  readonly label: string | null;
  /**
   * Name and sky word for the longer label shown when zoomed in. Kept as
   * parts: joining them for 10,000 stations up front would cost memory for
   * labels that only the few stations in a zoomed-in view ever show.
   */
  readonly name: string;
  readonly conditionText: string;
  /** True when the station has news: a small mark on the marker's upper right. */
  readonly badge?: boolean;
  /** A late station (its own time > 90 min behind the feed's newest): drawn faded. */
  readonly muted?: boolean;
}
