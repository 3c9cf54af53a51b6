/**
 * The history file as the ingest reads and writes it: the history feed
 * contract (domain/history-schema.ts) in its raw JSON form, one station per
 * line so a diff reads station by station.
 */
import { parseHistory, HistoryContractError } from '../domain/parse-history';
import { IngestError } from './ingest-error';

export interface HistoryColumns {
  condition: (string | null)[];
  temperature: (number | null)[];
  windDirection?: (number | null)[];
  windSpeed?: (number | null)[];
  humidity?: (number | null)[];
  precipitation1h?: (number | null)[];
}

export interface HistoryDocument {
  readonly source: string;
  readonly example?: true;
  readonly times: readonly string[];
  readonly stations: Readonly<Record<string, HistoryColumns>>;
}

/**
 * An existing history file, checked with the dashboard's own parser. A file
 * the dashboard would reject (or partly drop) stops the run rather than
 * being overwritten: hours of history are not thrown away silently.
 */
export function readHistoryDocument(text: string, path: string): HistoryDocument {
  let payload: unknown;
  try {
    payload = JSON.parse(text);
  } catch {
    throw new IngestError(
      `--history: ${path} is not JSON; move it away to start a new history. Nothing was written.`,
    );
  }
  try {
    const parsed = parseHistory(payload);
    if (parsed.rejected.length > 0 || parsed.droppedValues.length > 0) {
      throw new IngestError(
        `--history: ${path} has ${parsed.rejected.length} broken station(s) and ${parsed.droppedValues.length} bad value(s); fix or move it. Nothing was written.`,
      );
    }
  } catch (error) {
    if (error instanceof HistoryContractError) {
      throw new IngestError(
        `--history: ${path} is not a history feed (${error.field}); move it away to start a new history. Nothing was written.`,
      );
    }
    throw error;
  }
  return payload as HistoryDocument;
}

export function serializeHistory(history: HistoryDocument): string {
  const stations = Object.entries(history.stations).map(
    ([id, columns]) => `    ${JSON.stringify(id)}: ${JSON.stringify(columns)}`,
  );
  return [
    '{',
    `  "source": ${JSON.stringify(history.source)},`,
    ...(history.example ? ['  "example": true,'] : []),
    `  "times": ${JSON.stringify(history.times)},`,
    stations.length === 0 ? '  "stations": {}' : `  "stations": {\n${stations.join(',\n')}\n  }`,
    '}',
    '',
  ].join('\n');
}
