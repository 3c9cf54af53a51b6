/**
 * Sources can hold several times (a `kma_sfctm3` period, an ASOS hour range)
 * and repeat stations. The feed keeps each station's newest reading with its
 * own time, so a station that stopped reporting an hour or three ago stays
 * on the page, marked late by the dashboard, instead of vanishing. The
 * feed's time is the newest time in the source. Older readings of a station
 * are reported as skipped rather than silently dropped.
 */
import type { Skip, SourceReading } from './source-reading';

export interface Selection {
  /** The newest observation time in the source, or null when there are no readings. */
  readonly observedAt: string | null;
  readonly readings: readonly SourceReading[];
  readonly skipped: readonly Skip[];
}

export function selectLatestPerStation(readings: readonly SourceReading[]): Selection {
  const time = (reading: SourceReading) => Date.parse(reading.observedAt);
  const newestOf = new Map<string, SourceReading>();
  for (const reading of readings) {
    const best = newestOf.get(reading.stationId);
    // Same station, same time: the source repeated a record; the first one wins.
    if (!best || time(reading) > time(best)) newestOf.set(reading.stationId, reading);
  }
  if (newestOf.size === 0) return { observedAt: null, readings: [], skipped: [] };

  // Stations in the order the source first names them (a period lists the
  // oldest hour first, so a late station keeps its place instead of leading).
  const kept = [...newestOf.values()];
  const skipped: Skip[] = [];
  for (const reading of readings) {
    const subject = `station ${reading.stationId}`;
    const best = newestOf.get(reading.stationId);
    if (reading === best) continue;
    if (best && time(reading) < time(best)) {
      skipped.push({
        subject,
        reason: 'older than the station’s newest',
        detail: reading.observedAt,
      });
    } else skipped.push({ subject, reason: 'repeated in the source' });
  }
  const newest = kept.reduce((a, b) => (time(b) > time(a) ? b : a));
  return { observedAt: newest.observedAt, readings: kept, skipped };
}
