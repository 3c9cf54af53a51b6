/**
 * The ingest checks what it wrote with the very parser the dashboard uses.
 * The dashboard would quietly drop a bad record; the ingest must not produce
 * one, so any rejection here fails the run and the last good file stays.
 */
import { FeedContractError, parseObservationFeed } from '../domain/parse-feed';
import type { ObservationFeed } from '../domain/observation';
import type { FeedDocument } from './build-feed';
import { IngestError } from './ingest-error';

export function checkFeed(feed: FeedDocument): ObservationFeed {
  let parsed: ObservationFeed;
  try {
    // Round-trip through JSON so the check sees exactly the bytes a browser will.
    parsed = parseObservationFeed(JSON.parse(JSON.stringify(feed)));
  } catch (error) {
    if (error instanceof FeedContractError) {
      throw new IngestError(
        `the feed fails the contract at "${error.field}"; nothing was written.`,
      );
    }
    throw error;
  }
  if (parsed.rejected.length > 0) {
    const problems = parsed.rejected
      .slice(0, 5)
      .map(
        (problem) =>
          `station ${problem.stationId ?? '?'}: ${problem.problem} (${problem.field ?? '-'})`,
      )
      .join('; ');
    throw new IngestError(
      `the feed would lose ${parsed.rejected.length} record(s) in the dashboard: ${problems}; nothing was written.`,
    );
  }
  if (parsed.droppedValues.length > 0) {
    const values = parsed.droppedValues
      .slice(0, 5)
      .map((drop) => `station ${drop.stationId}: ${drop.problem}`)
      .join('; ');
    throw new IngestError(
      `the feed would lose ${parsed.droppedValues.length} value(s) in the dashboard: ${values}; nothing was written.`,
    );
  }
  return parsed;
}
