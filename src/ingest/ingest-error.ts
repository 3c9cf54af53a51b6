/**
 * The one error type the ingest command reports to its user. Anything thrown
 * as an `IngestError` is an expected failure (bad input, unreachable source,
 * invalid output) whose message is meant to be read; anything else is a bug.
 */
export class IngestError extends Error {
  override readonly name = 'IngestError';
}
