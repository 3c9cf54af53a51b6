/**
 * The wind view's speed scale: four bands whose edges follow the wording KMA
 * uses in forecasts (약한 바람 < 4 m/s, 약간 강한 바람 4–9, 강한 바람 9–14,
 * 매우 강한 바람 ≥ 14). Colours darken with speed and all carry a white
 * arrow at 3:1 or more; the arrow's length grows with speed too, so colour is
 * never the only cue.
 */
export interface WindBand {
  /** Lower edge in m/s (inclusive). */
  readonly from: number;
  readonly key: 'weak' | 'moderate' | 'strong' | 'veryStrong';
  readonly color: string;
}

export const WIND_BANDS: readonly WindBand[] = [
  { from: 0, key: 'weak', color: '#2f7d5b' },
  { from: 4, key: 'moderate', color: '#1f6f9c' },
  { from: 9, key: 'strong', color: '#8a4fb3' },
  { from: 14, key: 'veryStrong', color: '#b4233c' },
];

/** Grey for stations with no wind reported: they stay on the map, without an arrow. */
export const NO_WIND_COLOR = '#6b7280';

export function windBand(speed: number): WindBand {
  let band = WIND_BANDS[0]!;
  for (const candidate of WIND_BANDS) if (speed >= candidate.from) band = candidate;
  return band;
}

const SHORTEST_ARROW = 10;
const LONGEST_ARROW = 30;
/** Speeds at or above this get the longest arrow. */
const LONGEST_AT = 20;

/** Arrow length in CSS pixels: 10 px when calm, growing linearly to 30 px at 20 m/s. */
export function arrowLength(speed: number): number {
  const share = Math.min(Math.max(speed, 0), LONGEST_AT) / LONGEST_AT;
  return SHORTEST_ARROW + share * (LONGEST_ARROW - SHORTEST_ARROW);
}

/** The wind view is offered only when some station reports both direction and speed. */
export function hasWind(
  stations: readonly { windDirection: number | null; windSpeed: number | null }[],
): boolean {
  return stations.some((station) => station.windDirection !== null && station.windSpeed !== null);
}
