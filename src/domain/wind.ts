/**
 * Wind direction in words and as an arrow. Directions are meteorological:
 * the direction the wind blows FROM (a north wind, 북풍, comes from 0°).
 */
import type { Lang } from '../i18n/lang';

/** The 16 compass points, clockwise from north, each 22.5° wide. */
export const WIND_POINTS = [
  { ko: '북', en: 'N' },
  { ko: '북북동', en: 'NNE' },
  { ko: '북동', en: 'NE' },
  { ko: '동북동', en: 'ENE' },
  { ko: '동', en: 'E' },
  { ko: '동남동', en: 'ESE' },
  { ko: '남동', en: 'SE' },
  { ko: '남남동', en: 'SSE' },
  { ko: '남', en: 'S' },
  { ko: '남남서', en: 'SSW' },
  { ko: '남서', en: 'SW' },
  { ko: '서남서', en: 'WSW' },
  { ko: '서', en: 'W' },
  { ko: '서북서', en: 'WNW' },
  { ko: '북서', en: 'NW' },
  { ko: '북북서', en: 'NNW' },
] as const;

/** Below this speed (m/s) the direction means little; KMA calls it 정온 (calm). */
export const CALM_BELOW_MS = 0.3;

/** 0–360 → its compass point index; 348.75° and up rounds back to north. */
function pointIndex(degrees: number): number {
  const normalised = ((degrees % 360) + 360) % 360;
  return Math.round(normalised / 22.5) % WIND_POINTS.length;
}

/** "북서" / "NW": the point the wind comes from. Add 풍 / "wind" in the sentence around it. */
export function windWord(degrees: number, lang: Lang): string {
  return WIND_POINTS[pointIndex(degrees)]![lang];
}

/**
 * Rotation in degrees, clockwise, for an arrow drawn pointing up (north):
 * the arrow shows where the wind goes, so a north wind (0°) points down (180°).
 */
export function windArrowRotation(degrees: number): number {
  return (((degrees + 180) % 360) + 360) % 360;
}

export function isCalm(speed: number): boolean {
  return speed < CALM_BELOW_MS;
}
