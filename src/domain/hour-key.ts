/**
 * The hour in the URL (`at=2024052115`): the hour in Korea time as
 * YYYYMMDDHH, ten digits. Short enough to read and type, independent of the
 * reader's time zone, and stable across history refreshes (an index would
 * shift by one every hour).
 */
import type { ObservationHistory } from './history';

const KST_OFFSET_MS = 9 * 3_600_000;
const HOUR_KEY = /^\d{10}$/;

/** "2024-05-21T15:00:00+09:00" → "2024052115". */
export function hourKey(time: string): string {
  const kst = new Date(Date.parse(time) + KST_OFFSET_MS).toISOString();
  return kst.slice(0, 13).replace(/[-T]/g, '');
}

/** A well-formed `at=` value, or null. */
export function hourKeyFromInput(raw: string | null | undefined): string | null {
  const value = raw?.trim() ?? '';
  return HOUR_KEY.test(value) ? value : null;
}

/** The history hour a key names, or null when the history has no such hour (any more). */
export function hourIndexOf(history: ObservationHistory, key: string): number | null {
  const index = history.times.findIndex((time) => hourKey(time) === key);
  return index < 0 ? null : index;
}
