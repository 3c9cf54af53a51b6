/**
 * Unknown JSON in, typed observations out. Never throws for record-level
 * problems: a bad record is skipped and reported, the rest survive. Throws a
 * `FeedContractError` only when the payload is not the contract at all.
 */
import * as v from 'valibot';
import { classifyCondition } from './conditions';
import {
  ObservationFeedSchema,
  ObservationRecordSchema,
  PROBLEM_CODES,
  type ProblemCode,
} from './feed-schema';
import type { Observation, ObservationFeed, RecordProblem } from './observation';
import { findCatalogStation } from './station-catalog';

export class FeedContractError extends Error {
  override readonly name = 'FeedContractError';
  /** Which envelope field failed (`observedAt`, `observations`, …) or `envelope` for the whole. */
  readonly field: string;
  constructor(field: string) {
    super(`The payload is not an observation feed (${field}).`);
    this.field = field;
  }
}

export function parseObservationFeed(payload: unknown): ObservationFeed {
  // Arrays pass for objects in JS; the contract's top level is an object.
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    throw new FeedContractError('envelope');
  }
  const envelope = v.safeParse(ObservationFeedSchema, payload);
  if (!envelope.success) {
    const first = envelope.issues[0];
    throw new FeedContractError(first.path?.[0]?.key?.toString() ?? first.message);
  }
  const { observedAt, source, observations: records } = envelope.output;

  const observations: Observation[] = [];
  const rejected: RecordProblem[] = [];
  const seen = new Set<string>();
  let unplacedCount = 0;

  records.forEach((input, index) => {
    const result = v.safeParse(ObservationRecordSchema, input);
    if (!result.success) {
      const issue = result.issues[0];
      rejected.push({
        index,
        stationId: stationIdOf(input),
        problem: asProblemCode(issue.message, issue.input),
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

    observations.push({
      stationId: record.stationId,
      feedIndex: index,
      nameKo: record.name || catalog?.nameKo || record.stationId,
      nameEn: catalog?.nameEn ?? null,
      province: catalog?.province ?? null,
      condition: classifyCondition(record.condition),
      temperature: record.temperature ?? null,
      position,
    });
  });

  return { observedAt, source: source || null, observations, rejected, unplacedCount };
}

function stationIdOf(input: unknown): string | null {
  if (typeof input !== 'object' || input === null || !('stationId' in input)) return null;
  const id = (input as { stationId: unknown }).stationId;
  return typeof id === 'string' || typeof id === 'number' ? String(id).slice(0, 16) : null;
}

const KNOWN_CODES: ReadonlySet<string> = new Set(PROBLEM_CODES);

/** Valibot's own messages (a missing key, a non-object) become the nearest problem code. */
function asProblemCode(message: string, input: unknown): ProblemCode {
  if (KNOWN_CODES.has(message)) return message as ProblemCode;
  return input === undefined ? 'field-missing' : 'not-an-object';
}
