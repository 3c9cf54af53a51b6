/**
 * One run's snapshot into the rolling history. Pure: the file handling is in
 * ingest-once. The rules, each for a reason:
 *
 * - Each station's values go to the hour of its own observation time
 *   (floored to the hour, in KST), so a late station fills the hour it was
 *   observed, not the current one.
 * - One entry per hour: a run that repeats an hour (the ingest runs every
 *   10 minutes, the data change hourly) replaces that station's values; the
 *   newer run wins.
 * - The window ends at the newest hour known (this run's or the file's) and
 *   spans `keepHours`. Hours before it are dropped. A clock that jumps back
 *   (a source re-serving an older hour) therefore rewrites that hour if it is
 *   still in the window and never deletes the newer hours; one that jumps
 *   forward moves the window on, as real time would.
 * - Hours with no observation at all are not listed (gaps stay gaps: the
 *   times are ascending but need not be consecutive).
 */
import type { FeedDocument, FeedRecord } from './build-feed';
import type { HistoryColumns, HistoryDocument } from './history-document';
import { kstIso } from './kst-time';

const HOUR_MS = 3_600_000;
const KST_OFFSET_MS = 9 * HOUR_MS;
const OPTIONAL = ['windDirection', 'windSpeed', 'humidity', 'precipitation1h'] as const;

interface StationHour {
  readonly condition: string | null;
  readonly temperature: number | null;
  readonly windDirection: number | null;
  readonly windSpeed: number | null;
  readonly humidity: number | null;
  readonly precipitation1h: number | null;
}

export interface MergeResult {
  readonly history: HistoryDocument;
  /** Hours of this run that fell before the window and were not kept. */
  readonly ignoredHours: readonly string[];
}

/** The start of the KST hour holding `time`, in ms. */
export function hourStart(time: string): number {
  const ms = Date.parse(time);
  return Math.floor((ms + KST_OFFSET_MS) / HOUR_MS) * HOUR_MS - KST_OFFSET_MS;
}

function hourLabel(start: number): string {
  const kst = new Date(start + KST_OFFSET_MS);
  return kstIso({
    year: kst.getUTCFullYear(),
    month: kst.getUTCMonth() + 1,
    day: kst.getUTCDate(),
    hour: kst.getUTCHours(),
    minute: 0,
  })!;
}

export function mergeHistory(
  previous: HistoryDocument | null,
  feed: FeedDocument,
  keepHours: number,
): MergeResult {
  // hour start → station → values
  const hours = new Map<number, Map<string, StationHour>>();
  const hourOf = (start: number) => {
    let stations = hours.get(start);
    if (!stations) hours.set(start, (stations = new Map()));
    return stations;
  };

  if (previous) {
    previous.times.forEach((time, index) => {
      const stations = hourOf(hourStart(time));
      for (const [id, columns] of Object.entries(previous.stations)) {
        const values = valuesAt(columns, index);
        if (values) stations.set(id, values);
      }
    });
  }
  const runHours = new Set<number>();
  for (const record of feed.observations) {
    const start = hourStart(record.observedAt ?? feed.observedAt);
    runHours.add(start);
    hourOf(start).set(record.stationId, fromRecord(record));
  }

  const newest = Math.max(...hours.keys());
  const oldestKept = newest - (keepHours - 1) * HOUR_MS;
  const kept = [...hours.keys()]
    .filter((start) => start >= oldestKept && (hours.get(start)?.size ?? 0) > 0)
    .sort((a, b) => a - b);
  const ignoredHours = [...runHours].filter((start) => start < oldestKept).map(hourLabel);

  const ids = new Set<string>();
  for (const start of kept) for (const id of hours.get(start)!.keys()) ids.add(id);
  const stations: Record<string, HistoryColumns> = {};
  for (const id of [...ids].sort(byStationNumber)) {
    const series = kept.map((start) => hours.get(start)!.get(id) ?? null);
    if (series.every((hour) => hour === null)) continue;
    stations[id] = columnsOf(series);
  }
  return {
    history: {
      source: feed.source,
      ...(feed.example ? { example: true as const } : {}),
      times: kept.map(hourLabel),
      stations,
    },
    ignoredHours,
  };
}

/** Numeric station numbers in number order (KMA's order), others after them. */
function byStationNumber(a: string, b: string): number {
  const numeric = /^\d+$/;
  if (numeric.test(a) && numeric.test(b)) return Number(a) - Number(b);
  if (numeric.test(a) !== numeric.test(b)) return numeric.test(a) ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

function valuesAt(columns: HistoryColumns, index: number): StationHour | null {
  const values: StationHour = {
    condition: columns.condition[index] ?? null,
    temperature: columns.temperature[index] ?? null,
    windDirection: columns.windDirection?.[index] ?? null,
    windSpeed: columns.windSpeed?.[index] ?? null,
    humidity: columns.humidity?.[index] ?? null,
    precipitation1h: columns.precipitation1h?.[index] ?? null,
  };
  return Object.values(values).every((value) => value === null) ? null : values;
}

function fromRecord(record: FeedRecord): StationHour {
  return {
    // "-" is the feed's word for "sky not observed"; the history says that with null.
    condition: record.condition === '-' ? null : record.condition,
    temperature: record.temperature ?? null,
    windDirection: record.windDirection ?? null,
    windSpeed: record.windSpeed ?? null,
    humidity: record.humidity ?? null,
    precipitation1h: record.precipitation1h ?? null,
  };
}

/** Columns for one station; optional ones only when the station observed them at all. */
function columnsOf(series: readonly (StationHour | null)[]): HistoryColumns {
  const columns: HistoryColumns = {
    condition: series.map((hour) => hour?.condition ?? null),
    temperature: series.map((hour) => hour?.temperature ?? null),
  };
  for (const field of OPTIONAL) {
    const column = series.map((hour) => hour?.[field] ?? null);
    if (column.some((value) => value !== null)) columns[field] = column;
  }
  return columns;
}
