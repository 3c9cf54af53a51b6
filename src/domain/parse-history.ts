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
import { stripInvisible } from '../utils/strip-invisible';
import { classifyCondition, type Condition } from './conditions';
import type {
  HistoryStationProblem,
  HistoryValueProblem,
  ObservationHistory,
  StationHistory,
} from './history';
import {
  CONDITION_COLUMN,
  HistoryEnvelopeSchema,
  NUMERIC_COLUMNS,
  OPTIONAL_COLUMNS,
  type ColumnRule,
} from './history-schema';
import { isStationId } from './station-id';

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

function historyBuilder(hours: number) {
  const stations = new Map<string, StationHistory>();
  const rejected: HistoryStationProblem[] = [];
  const droppedValues: HistoryValueProblem[] = [];
  // The same few sky words repeat across a day: classify each once.
  const conditions = new Map<string, Condition>();

  function readColumn<T, U>(
    stationId: string,
    field: string,
    column: unknown[],
    rule: ColumnRule<T>,
    convert: (value: T) => U,
  ): (U | null)[] {
    return column.map((cell, hourIndex) => {
      if (cell === null) return null;
      if (rule.accepts(cell)) return convert(cell);
      droppedValues.push({ stationId, field, hourIndex, problem: rule.problem });
      return null;
    });
  }

  function conditionOf(word: string): Condition {
    let condition = conditions.get(word);
    if (!condition) {
      condition = classifyCondition(stripInvisible(word));
      conditions.set(word, condition);
    }
    return condition;
  }

  function add(stationId: string, raw: unknown): void {
    const reject = (problem: HistoryStationProblem['problem'], field: string | null = null) => {
      rejected.push({ stationId: stripInvisible(stationId).slice(0, 16), problem, field });
    };
    if (!isStationId(stationId)) return reject('station-id-format');
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
      return reject('not-an-object');
    const record = raw as Record<string, unknown>;

    // Alignment first, for every column, so a station is either whole or out.
    const columns: Record<string, unknown[] | null> = {};
    for (const field of ['condition', 'temperature', ...OPTIONAL_COLUMNS]) {
      const column = record[field];
      if (column == null) {
        if (field === 'condition' || field === 'temperature')
          return reject('column-missing', field);
        columns[field] = null;
      } else if (!Array.isArray(column) || column.length !== hours) {
        return reject('column-misaligned', field);
      } else {
        columns[field] = column;
      }
    }

    const numeric = (field: keyof typeof NUMERIC_COLUMNS) => {
      const column = columns[field];
      return column ? readColumn(stationId, field, column, NUMERIC_COLUMNS[field], Number) : null;
    };
    stations.set(stationId, {
      condition: readColumn(
        stationId,
        'condition',
        columns.condition!,
        CONDITION_COLUMN,
        conditionOf,
      ),
      temperature: numeric('temperature')!,
      windDirection: numeric('windDirection'),
      windSpeed: numeric('windSpeed'),
      humidity: numeric('humidity'),
      precipitation1h: numeric('precipitation1h'),
    });
  }

  function finish() {
    return { stations: stations as ReadonlyMap<string, StationHistory>, rejected, droppedValues };
  }

  return { add, finish };
}
