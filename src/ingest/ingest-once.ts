/**
 * One run: read the source, parse it, pick one time, build and check the
 * feed, write it atomically. Any failure throws before the write, so the
 * previous file stays in place.
 */
import { buildFeed } from './build-feed';
import { checkFeed } from './check-feed';
import { PARSERS, type Format } from './formats';
import { groupSkips } from './group-skips';
import { IngestError } from './ingest-error';
import { selectLatestPerStation } from './latest-per-station';
import { readSource } from './read-source';
import { serializeFeed } from './serialize-feed';
import type { CloudClasses, SkyBasis } from './sky-word';
import type { Skip } from './source-reading';
import { writeFileAtomic } from './write-atomic';
import { updateHistory, type HistoryUpdate } from './update-history';

export const DEFAULT_KEEP_HOURS = 24;

export interface IngestOptions {
  readonly from: string;
  readonly format: Format;
  readonly out: string;
  readonly cloudClasses: CloudClasses;
  /** `--history`: the rolling history file to merge this run into, or null. */
  readonly history?: string | null;
  /** `--keep-hours`: how many hours the history keeps (default 24). */
  readonly keepHours?: number;
  /** `--example`: mark both files as made-up data. */
  readonly example?: boolean;
}

export interface IngestDependencies {
  /** The access key (from KMA_AUTH_KEY); only sent to KMA hosts, never shown. */
  readonly key?: string;
  readonly fetch?: typeof fetch;
  /** Aborts a fetch in progress (Ctrl-C, service stop). */
  readonly signal?: AbortSignal;
}

export interface IngestReport {
  readonly format: Format;
  readonly source: string;
  readonly out: string;
  readonly observedAt: string;
  /** Records in the source (rows, elements, items), skipped ones included. */
  readonly read: number;
  /** Distinct stations among the records that could be read. */
  readonly stationsRead: number;
  readonly written: number;
  readonly unplaced: number;
  readonly skipped: readonly Skip[];
  readonly warnings: readonly string[];
  readonly skyBasis: Readonly<Record<SkyBasis, number>>;
  /** What the history became, when `--history` was given. */
  readonly history: HistoryUpdate | null;
}

export async function ingestOnce(
  options: IngestOptions,
  dependencies: IngestDependencies = {},
): Promise<IngestReport> {
  const source = await readSource(options.from, dependencies);
  const parsed = PARSERS[options.format](source.bytes);
  const selection = selectLatestPerStation(parsed.readings);
  const skipped = [...parsed.skipped, ...selection.skipped];
  if (selection.observedAt === null) {
    // An empty feed would blank the dashboard; the last good file is better.
    const why = skipped.length > 0 ? ` (${groupSkips(skipped).join('; ')})` : '';
    throw new IngestError(
      `${options.format}: no station could be read from ${source.label}${why}; nothing was written.`,
    );
  }
  const built = buildFeed(selection.readings, selection.observedAt, options.cloudClasses);
  const feed = options.example ? { ...built.feed, example: true as const } : built.feed;
  const checked = checkFeed(feed);
  // The history is merged and checked before anything is written: a broken
  // history file stops the run with both files left as they were.
  const history = options.history
    ? await updateHistory(options.history, feed, options.keepHours ?? DEFAULT_KEEP_HOURS)
    : null;
  await writeFileAtomic(options.out, serializeFeed(feed));
  if (history) await history.write();
  return {
    format: options.format,
    source: source.label,
    out: options.out,
    observedAt: selection.observedAt,
    read: parsed.recordCount,
    stationsRead: new Set(parsed.readings.map((reading) => reading.stationId)).size,
    written: checked.observations.length,
    unplaced: checked.unplacedCount,
    skipped,
    warnings: [...source.warnings, ...parsed.warnings, ...built.warnings],
    skyBasis: built.skyBasis,
    history: history?.update ?? null,
  };
}
