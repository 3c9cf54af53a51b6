/**
 * Wind, humidity and rain out of KMA's text. Missing values are the
 * sentinels -9, -9.0, -99, -99.0, -999 or an empty string; none of these
 * elements can be negative, so every negative number is "not observed",
 * never 0. Values outside the contract's ranges are dropped the same way
 * (and the dashboard's parser would drop them too).
 */
import {
  HUMIDITY_RANGE,
  PRECIPITATION_1H_RANGE,
  WIND_DIRECTION_RANGE,
  WIND_SPEED_RANGE,
} from '../domain/measurement-schema';
import { readNumber } from './measurement';

type Range = { readonly min: number; readonly max: number };

function readInRange(text: string | undefined, range: Range): number | null {
  const value = readNumber(text);
  return value !== null && value >= range.min && value <= range.max ? value : null;
}

export const readWindSpeed = (text: string | undefined) => readInRange(text, WIND_SPEED_RANGE);
export const readHumidity = (text: string | undefined) => readInRange(text, HUMIDITY_RANGE);
export const readRain = (text: string | undefined) => readInRange(text, PRECIPITATION_1H_RANGE);

/**
 * Wind direction in degrees (data.go.kr ASOS `wd`). With no wind the
 * direction is meaningless: a calm reading (speed 0) gives no direction.
 */
export function readWindDegrees(text: string | undefined, speed: number | null): number | null {
  if (speed === 0) return null;
  return readInRange(text, WIND_DIRECTION_RANGE);
}

/**
 * API Hub `kma_sfctm2` WD, the 16-point direction written in tens of degrees
 * (36 = north, 9 = east, 23 = south-west; 0 = calm). Read as degrees × 10.
 * Unverified against a live response: see docs/time-and-weather.md.
 */
export function readWindTensOfDegrees(
  text: string | undefined,
  speed: number | null,
): number | null {
  const tens = readNumber(text);
  if (tens === null || tens <= 0 || tens > 36 || speed === 0) return null;
  return tens * 10;
}
