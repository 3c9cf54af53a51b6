/**
 * `--history FILE`: read the previous history (if any), merge this run's
 * feed into it, check the result with the dashboard's parser, and hand back
 * a writer. Nothing touches the disk until `write()`, which is atomic like
 * `--out`: a crash mid-write leaves the old file whole.
 */
import { readFile } from 'node:fs/promises';
import { parseHistory } from '../domain/parse-history';
import type { FeedDocument } from './build-feed';
import { readHistoryDocument, serializeHistory } from './history-document';
import { IngestError } from './ingest-error';
import { mergeHistory } from './merge-history';
import { writeFileAtomic } from './write-atomic';

export interface HistoryUpdate {
  readonly path: string;
  readonly hours: number;
  readonly stations: number;
  readonly firstHour: string | null;
  readonly lastHour: string | null;
  /** Hours of this run older than the window, not kept. */
  readonly ignoredHours: readonly string[];
}

async function readPrevious(path: string) {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  return readHistoryDocument(text, path);
}

export async function updateHistory(
  path: string,
  feed: FeedDocument,
  keepHours: number,
): Promise<{ update: HistoryUpdate; write: () => Promise<void> }> {
  const previous = await readPrevious(path);
  const { history, ignoredHours } = mergeHistory(previous, feed, keepHours);
  const text = serializeHistory(history);
  const check = parseHistory(JSON.parse(text));
  if (check.rejected.length > 0 || check.droppedValues.length > 0) {
    throw new IngestError(
      `--history: the merged history fails its own contract; nothing was written.`,
    );
  }
  return {
    update: {
      path,
      hours: history.times.length,
      stations: Object.keys(history.stations).length,
      firstHour: history.times[0] ?? null,
      lastHour: history.times.at(-1) ?? null,
      ignoredHours,
    },
    write: () => writeFileAtomic(path, text),
  };
}
