/**
 * Unknown JSON in, typed observations out. Never throws for record-level
 * problems: a bad record is skipped and reported, the rest survive. Throws a
 * `FeedContractError` only when the payload is not the contract at all.
 *
 * Two drivers share one set of rules: `parseObservationFeed` (synchronous,
 * for tests and ingest) and `parseObservationFeedInChunks` (the page's query
 * function), which yields to the browser between chunks so that a
 * 20,000-record feed never blocks input for one long task.
 */
import * as v from 'valibot';
import { yieldToMain } from '../lib/yield-to-main';
import { classifyCondition } from './conditions';
import {
  ObservationFeedSchema,
  ObservationRecordSchema,
  PROBLEM_CODES,
  type ProblemCode,
} from './feed-schema';
import { readMeasurements } from './measurement-schema';
import type { Observation, ObservationFeed, RecordProblem, ValueProblem } from './observation';
import { findCatalogStation } from './station-catalog';
import { stripInvisible } from '../utils/strip-invisible';

export class FeedContractError extends Error {
  override readonly name = 'FeedContractError';
  /** Which envelope field failed (`observedAt`, `observations`, …) or `envelope` for the whole. */
  readonly field: string;
  constructor(field: string) {
    super(`The payload is not an observation feed (${field}).`);
    this.field = field;
  }
}

/** ≈ 5–10 ms of validation on a laptop, still well under 50 ms on a slow phone. */
export const PARSE_CHUNK_SIZE = 1000;

export function parseObservationFeed(payload: unknown): ObservationFeed {
  const { records, builder } = start(payload);
  records.forEach((input, index) => builder.add(input, index));
  return builder.finish();
}

export async function parseObservationFeedInChunks(
  payload: unknown,
  { chunkSize = PARSE_CHUNK_SIZE, signal }: { chunkSize?: number; signal?: AbortSignal } = {},
): Promise<ObservationFeed> {
  const { records, builder } = start(payload);
  for (let first = 0; first < records.length; first += chunkSize) {
    if (first > 0) {
      await yieldToMain();
      signal?.throwIfAborted();
    }
    const end = Math.min(first + chunkSize, records.length);
    for (let index = first; index < end; index += 1) builder.add(records[index], index);
  }
  return builder.finish();
}

function start(payload: unknown) {
  // Arrays pass for objects in JS; the contract's top level is an object.
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    throw new FeedContractError('envelope');
  }
  const envelope = v.safeParse(ObservationFeedSchema, payload);
  if (!envelope.success) {
    const first = envelope.issues[0];
    throw new FeedContractError(first.path?.[0]?.key?.toString() ?? first.message);
  }
  const { observedAt, source, observations: records, example } = envelope.output;
  return { records, builder: feedBuilder(observedAt, source || null, example) };
}

/** Accumulates records in feed order; `add` never throws. */
function feedBuilder(observedAt: string, source: string | null, example: boolean) {
  const observations: Observation[] = [];
  const rejected: RecordProblem[] = [];
  const droppedValues: ValueProblem[] = [];
  const seen = new Set<string>();
  let unplacedCount = 0;

  function add(input: unknown, index: number): void {
    const result = v.safeParse(ObservationRecordSchema, input);
    if (!result.success) {
      const issue = result.issues[0];
      rejected.push({
        index,
        stationId: stationIdOf(input),
        problem: asProblemCode(issue),
        field: issue.path?.map((item) => String(item.key)).join('.') ?? null,
      });
      return;
    }
    const record = result.output;
    // Duplicates: the first record for a station wins; later ones are reported.
    if (seen.has(record.stationId)) {
      rejected.push({
        index,
        stationId: record.stationId,
        problem: 'duplicate-station',
        field: 'stationId',
      });
      return;
    }
    seen.add(record.stationId);

    const catalog = findCatalogStation(record.stationId);
    const position =
      record.lat != null && record.lon != null
        ? { lat: record.lat, lon: record.lon }
        : catalog
          ? { lat: catalog.lat, lon: catalog.lon }
          : null;
    if (!position) unplacedCount += 1;

    const measurements = readMeasurements(record);
    for (const { field, problem } of measurements.dropped) {
      droppedValues.push({ index, stationId: record.stationId, field, problem });
    }

    observations.push({
      stationId: record.stationId,
      feedIndex: index,
      nameKo: record.name || catalog?.nameKo || record.stationId,
      nameEn: catalog?.nameEn ?? null,
      province: catalog?.province ?? null,
      condition: classifyCondition(record.condition),
      temperature: record.temperature ?? null,
      position,
      ...measurements.values,
    });
  }

  function finish(): ObservationFeed {
    return { observedAt, source, observations, rejected, droppedValues, unplacedCount, example };
  }

  return { add, finish };
}

/** The station number of a rejected record, for the details view: short and visible text only. */
function stationIdOf(input: unknown): string | null {
  if (typeof input !== 'object' || input === null || !('stationId' in input)) return null;
  const id = (input as { stationId: unknown }).stationId;
  if (typeof id !== 'string' && typeof id !== 'number') return null;
  return stripInvisible(String(id)).slice(0, 16) || null;
}

const KNOWN_CODES: ReadonlySet<string> = new Set(PROBLEM_CODES);
const MISSING_CODES: Readonly<Record<string, ProblemCode>> = {
  stationId: 'station-id-missing',
  condition: 'condition-missing',
};

/**
 * Valibot's issue → our problem code. A missing key comes back from the
 * object schema itself, carrying the object's message (`not-an-object`),
 * so it is recognised by its path and named after the field.
 */
function asProblemCode(issue: v.BaseIssue<unknown>): ProblemCode {
  const key = issue.path?.[0]?.key;
  if (issue.type === 'object' && key !== undefined)
    return MISSING_CODES[String(key)] ?? 'field-missing';
  if (KNOWN_CODES.has(issue.message)) return issue.message as ProblemCode;
  return issue.input === undefined ? 'field-missing' : 'not-an-object';
}
