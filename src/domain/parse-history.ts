/**
 * Unknown JSON in, a typed history out. A broken envelope (no `times`, times
 * out of order, more than 48 hours…) throws a `HistoryContractError` for the
 * whole file. A station whose columns cannot be lined up with `times` is left
 * out and reported; a single bad value is read as "not observed" and reported.
 * That mirrors the observation feed: records (here stations) are dropped one
 * by one, values field by field, never the file for one bad station.
 */
import * as v from 'valibot';
import { yieldToMain } from '../lib/yield-to-main';
import type { ObservationHistory } from './history';
import { historyBuilder } from './history-builder';
import { HistoryEnvelopeSchema } from './history-schema';

export class HistoryContractError extends Error {
  override readonly name = 'HistoryContractError';
  /** Which envelope field failed (`times`, `stations`, …) or `envelope` for the whole. */
  readonly field: string;
  constructor(field: string) {
    super(`The payload is not a history feed (${field}).`);
    this.field = field;
  }
}

/** Stations per chunk for the page: 500 stations × 24 h × 6 columns ≈ 72,000 cells. */
export const HISTORY_CHUNK_SIZE = 500;

export function parseHistory(payload: unknown): ObservationHistory {
  const { entries, builder } = start(payload);
  for (const [id, raw] of entries) builder.add(id, raw);
  return builder.finish();
}

export async function parseHistoryInChunks(
  payload: unknown,
  { chunkSize = HISTORY_CHUNK_SIZE, signal }: { chunkSize?: number; signal?: AbortSignal } = {},
): Promise<ObservationHistory> {
  const { entries, builder } = start(payload);
  for (let first = 0; first < entries.length; first += chunkSize) {
    if (first > 0) {
      await yieldToMain();
      signal?.throwIfAborted();
    }
    for (const [id, raw] of entries.slice(first, first + chunkSize)) builder.add(id, raw);
  }
  return builder.finish();
}

function start(payload: unknown) {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    throw new HistoryContractError('envelope');
  }
  const envelope = v.safeParse(HistoryEnvelopeSchema, payload);
  if (!envelope.success) {
    const first = envelope.issues[0];
    throw new HistoryContractError(first.path?.[0]?.key?.toString() ?? first.message);
  }
  const { source, times, stations, example } = envelope.output;
  const builder = historyBuilder(times.length);
  return {
    entries: Object.entries(stations),
    builder: {
      add: builder.add,
      finish: (): ObservationHistory => ({
        source: source || null,
        times,
        example,
        ...builder.finish(),
      }),
    },
  };
}
