/**
 * A feed has one observation time. Sources can hold several times (a
 * `kma_sfctm3` period, an ASOS hour range) and repeat stations, so the feed
 * takes the newest time in the source and each station's reading at it;
 * everything else is reported as skipped rather than silently mixed in.
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
  const newest = readings.reduce<SourceReading | null>(
    (best, reading) => (best === null || time(reading) > time(best) ? reading : best),
    null,
  );
  if (!newest) return { observedAt: null, readings: [], skipped: [] };

  const kept: SourceReading[] = [];
  const skipped: Skip[] = [];
  const seen = new Set<string>();
  for (const reading of readings) {
    const subject = `station ${reading.stationId}`;
    if (time(reading) < time(newest)) {
      skipped.push({ subject, reason: 'older than the feed time', detail: reading.observedAt });
    } else if (seen.has(reading.stationId)) {
      // Same station, same time: the source repeated a record; the first one wins.
      skipped.push({ subject, reason: 'repeated in the source' });
    } else {
      seen.add(reading.stationId);
      kept.push(reading);
    }
  }
  return { observedAt: newest.observedAt, readings: kept, skipped };
}
