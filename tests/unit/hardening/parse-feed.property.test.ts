/**
 * Properties of the observation parser over generated input: it never throws
 * except `FeedContractError` for a bad envelope, it keeps every valid record
 * in feed order, and it reports every invalid record with its index.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROBLEM_CODES } from '../../../src/domain/feed-schema';
import {
  FeedContractError,
  parseObservationFeed,
  parseObservationFeedInChunks,
} from '../../../src/domain/parse-feed';

const RUNS = { numRuns: 150 };
// Generous: generated payloads are cheap, but the suite runs beside busy workers.
const SLOW = 20_000;

/** The nasty parts: markup, bidi overrides, zero-width and control characters. */
const HOSTILE = [
  '',
  '<',
  '"\'&>',
  '\u202E',
  '\u200B',
  '\u2066',
  '\uFEFF',
  '\0',
  '<script>',
  '<img src=x onerror=alert(1)>',
  'javascript:',
  '맑음',
];

/**
 * Any Unicode text with a hostile piece in the middle, cut to `maxLength`
 * code units (the unit the length limits count).
 */
const hostileText = (maxLength: number) =>
  fc
    .tuple(
      fc.string({ unit: 'binary', maxLength: 20 }),
      fc.constantFrom(...HOSTILE),
      fc.string({ unit: 'binary', maxLength: 20 }),
    )
    .map((parts) => parts.join('').slice(0, maxLength));

const stationId = fc.stringMatching(/^[0-9A-Za-z_-]{1,16}$/);

/** A record the contract accepts. `stationId` is supplied so callers control uniqueness. */
const validRecord = (id: string) =>
  fc
    .record(
      {
        stationId: fc.constant(id),
        // ≤ 12 units of ≤ 5 code units each stays within the 60-character limit.
        name: fc.oneof(hostileText(12), fc.constant(null)),
        condition: fc.oneof(
          fc.constantFrom('맑음', '구름조금', 'overcast', '햇무리', '<b>비</b>'),
          hostileText(39).map((text) => `x${text}`),
        ),
        temperature: fc.oneof(
          fc.double({ min: -60, max: 60, noNaN: true }),
          fc.integer({ min: -60, max: 60 }).map((n) => `${n}.0`),
          fc.constant(null),
        ),
        position: fc.option(
          fc.record({
            lat: fc.double({ min: 32, max: 39.5, noNaN: true }),
            lon: fc.double({ min: 124, max: 132, noNaN: true }),
          }),
        ),
      },
      { requiredKeys: ['stationId', 'condition'] },
    )
    .map(({ position, ...record }) => ({ ...record, ...(position ?? {}) }));

/** Records the contract rejects, each for one reason. */
const invalidRecord = fc.oneof(
  fc.constantFrom(null, 42, 'record', true, [], [{ stationId: '90' }]),
  fc.constant({ condition: '맑음' }),
  fc.constant({ stationId: '90;drop', condition: '맑음' }),
  fc.constant({ stationId: '90', condition: '' }),
  fc.constant({ stationId: '90', condition: '\u200B\u202E' }),
  fc.constant({ stationId: '90', condition: '맑음', name: 'x'.repeat(10_000) }),
  fc.constant({ stationId: '90', condition: '맑음', name: 5 }),
  fc.constantFrom('15.0℃', '', 'NaN', 'Infinity', '1e999', true, {}).map((temperature) => ({
    stationId: '90',
    condition: '맑음',
    temperature,
  })),
  fc
    .oneof(
      fc.double({ min: 60.0001, noNaN: true }),
      fc.double({ max: -60.0001, noNaN: true }),
      fc.constant(Number.NaN),
    )
    .map((temperature) => ({ stationId: '90', condition: '맑음', temperature })),
  fc
    .constantFrom([40.1, 127], [37.5, 139.7], [0, 0], [127, 37.5], [37.5, null])
    .map(([lat, lon]) => ({ stationId: '90', condition: '맑음', lat, lon })),
);

const envelope = (observations: unknown) => ({
  observedAt: '2024-05-21',
  source: '기상청',
  observations,
});

describe('parseObservationFeed over generated input', () => {
  it(
    'never throws anything but FeedContractError, whatever the payload',
    () => {
      const payload = fc.oneof(
        fc.anything(),
        fc.jsonValue(),
        fc.record(
          {
            observedAt: fc.oneof(
              fc.constantFrom('2024-05-21', '2024-05-21T15:00+09:00'),
              fc.anything(),
            ),
            source: fc.anything(),
            observations: fc.oneof(fc.array(fc.anything()), fc.anything()),
          },
          { requiredKeys: [] },
        ),
      );
      fc.assert(
        fc.property(payload, (input) => {
          try {
            parseObservationFeed(input);
          } catch (error) {
            expect(error).toBeInstanceOf(FeedContractError);
          }
        }),
        RUNS,
      );
    },
    SLOW,
  );

  it(
    'accounts for every record of a good envelope: accepted or reported, once, in order',
    () => {
      fc.assert(
        fc.property(fc.array(fc.oneof(fc.anything(), fc.jsonValue())), (records) => {
          const feed = parseObservationFeed(envelope(records));
          const indices = [
            ...feed.observations.map((o) => o.feedIndex),
            ...feed.rejected.map((r) => r.index),
          ].sort((a, b) => a - b);
          expect(indices).toEqual(records.map((_, index) => index));
          expect(feed.rejected.map((r) => r.index)).toEqual(
            [...feed.rejected.map((r) => r.index)].sort((a, b) => a - b),
          );
          for (const problem of feed.rejected) expect(PROBLEM_CODES).toContain(problem.problem);
        }),
        RUNS,
      );
    },
    SLOW,
  );

  it(
    'keeps every valid record in order and reports every invalid one with its index',
    () => {
      const mixed = fc
        .uniqueArray(stationId, { maxLength: 30 })
        .chain((ids) =>
          fc.tuple(
            fc.tuple(...ids.map(validRecord)),
            fc.array(fc.tuple(fc.nat(ids.length), invalidRecord), { maxLength: 20 }),
          ),
        );
      fc.assert(
        fc.property(mixed, ([valid, inserts]) => {
          // Splice the invalid records in at generated places, remembering where each lands.
          const records: unknown[] = [...valid];
          const invalidAt = new Set<unknown>();
          for (const [at, record] of inserts) {
            const boxed = { record };
            records.splice(Math.min(at, records.length), 0, boxed);
            invalidAt.add(boxed);
          }
          const expectedInvalid = records.flatMap((r, index) => (invalidAt.has(r) ? [index] : []));
          const payload = records.map((r) =>
            invalidAt.has(r) ? (r as { record: unknown }).record : r,
          );

          const feed = parseObservationFeed(envelope(payload));
          expect(feed.observations.map((o) => o.stationId)).toEqual(valid.map((r) => r.stationId));
          expect(feed.rejected.map((r) => r.index)).toEqual(expectedInvalid);
        }),
        { numRuns: 60 },
      );
    },
    SLOW,
  );

  it(
    'keeps the first record of each station and reports every later one as a duplicate',
    () => {
      const records = fc.array(
        fc.constantFrom('1', '2', '3').chain((id) => validRecord(id)),
        { maxLength: 20 },
      );
      fc.assert(
        fc.property(records, (list) => {
          const feed = parseObservationFeed(envelope(list));
          const firstIndex = new Map<string, number>();
          list.forEach((r, index) => {
            if (!firstIndex.has(r.stationId)) firstIndex.set(r.stationId, index);
          });
          expect(feed.observations.map((o) => o.feedIndex)).toEqual([...firstIndex.values()]);
          for (const problem of feed.rejected) {
            expect(problem.problem).toBe('duplicate-station');
            expect(problem.index).toBeGreaterThan(firstIndex.get(problem.stationId!)!);
          }
        }),
        RUNS,
      );
    },
    SLOW,
  );

  it(
    'gives the same result in chunks as in one go',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.oneof(invalidRecord, stationId.chain(validRecord)), { maxLength: 40 }),
          fc.integer({ min: 1, max: 7 }),
          async (records, chunkSize) => {
            const payload = envelope(records);
            const chunked = await parseObservationFeedInChunks(payload, { chunkSize });
            expect(chunked).toEqual(parseObservationFeed(payload));
          },
        ),
        { numRuns: 100 },
      );
    },
    SLOW,
  );
});
