/**
 * Reading one measured value out of a source's text. KMA marks missing values
 * with negative sentinels (-9, -9.0, -99, -99.0, -999) or an empty string;
 * which of those can be a real value depends on the element, so each reader
 * applies the element's own valid range instead of one list of sentinels.
 */
import { TEMPERATURE_RANGE_C } from '../domain/feed-schema';

const DECIMAL = /^[+-]?\d+(\.\d+)?$/;

/** A plain decimal number, or null for empty, `-`, sentinels spelled as text, etc. */
export function readNumber(text: string | undefined): number | null {
  const trimmed = text?.trim() ?? '';
  return DECIMAL.test(trimmed) ? Number(trimmed) : null;
}

export type TemperatureReading =
  { readonly value: number } | { readonly value: null; readonly implausible?: number };

/**
 * Air temperature in °C. -9.0 °C is a real winter reading, so only -99 and
 * below count as the missing sentinel here (Korea's record low is about -33).
 * Anything else outside the contract's range is dropped and reported, because
 * one broken sensor must not make the whole feed fail validation.
 */
export function readTemperature(text: string | undefined): TemperatureReading {
  const value = readNumber(text);
  if (value === null || value <= -99) return { value: null };
  if (value < TEMPERATURE_RANGE_C.min || value > TEMPERATURE_RANGE_C.max) {
    return { value: null, implausible: value };
  }
  return { value };
}

/** The warning for a temperature `readTemperature` dropped as implausible, if it did. */
export function implausibleTemperatureWarning(
  stationId: string,
  reading: TemperatureReading,
): string | undefined {
  if (!('implausible' in reading) || reading.implausible === undefined) return undefined;
  return `station ${stationId}: temperature ${reading.implausible} °C is implausible; left out`;
}

/** Total cloud amount in tenths: 0–10, anything else (the -9 sentinel) is missing. */
export function readCloudTenths(text: string | undefined): number | null {
  const value = readNumber(text);
  return value !== null && value >= 0 && value <= 10 ? value : null;
}

/** A whole-number code within [min, max] (WMO ww, the IX indicator), else missing. */
export function readCode(text: string | undefined, min: number, max: number): number | null {
  const value = readNumber(text);
  return value !== null && Number.isInteger(value) && value >= min && value <= max ? value : null;
}
