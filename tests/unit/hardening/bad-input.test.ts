/**
 * Every bad input listed in the README's Security section, end to end through the query
 * function (fetch → JSON → schema): feed-level problems become a `FeedError`
 * of the right kind, record-level problems skip one record and report it.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchObservationFeed } from '../../../src/data/observations-query';
import { FeedError } from '../../../src/lib/fetch-json';

const URL = 'https://example.test/data/observations.json';

function serve(body: string, init: ResponseInit = {}) {
  vi.stubGlobal('fetch', () => Promise.resolve(new Response(body, init)));
}

afterEach(() => vi.unstubAllGlobals());

async function feedErrorFor(body: string, init: ResponseInit = {}): Promise<FeedError> {
  serve(body, init);
  const error: unknown = await fetchObservationFeed(URL).catch((reason: unknown) => reason);
  expect(error).toBeInstanceOf(FeedError);
  expect((error as FeedError).url).toBe(URL);
  return error as FeedError;
}

const JSON_TYPE = { headers: { 'Content-Type': 'application/json' } };
const good = (records: string) => `{"observedAt":"2024-05-21","observations":[${records}]}`;

describe('feed-level problems: an error state naming the URL and the cause', () => {
  it.each([
    ['not JSON', 'observedAt: 2024-05-21', 'not-json', null],
    ['a truncated body', good('{"stationId":"90"').slice(0, 40), 'not-json', null],
    ['an HTML fallback page', '<!doctype html><div id="root"></div>', 'html', null],
    ['an empty body', '', 'empty', null],
    ['only whitespace', ' \n\t', 'empty', null],
    ['a JSON array', '[{"stationId":"90"}]', 'contract', 'envelope'],
    ['a JSON number', '97', 'contract', 'envelope'],
    ['a JSON string', '"observations"', 'contract', 'envelope'],
    ['null', 'null', 'contract', 'envelope'],
    ['no observedAt', '{"observations":[]}', 'contract', 'observedAt'],
    [
      'observations not a list',
      '{"observedAt":"2024-05-21","observations":{}}',
      'contract',
      'observations',
    ],
  ])('%s', async (_label, body, kind, detail) => {
    const error = await feedErrorFor(body, JSON_TYPE);
    expect(error.kind).toBe(kind);
    if (detail) expect(error.detail).toBe(detail);
  });

  it('rejects text/html even when the body is JSON (a proxy or host error page)', async () => {
    const error = await feedErrorFor(good(''), { headers: { 'Content-Type': 'text/html' } });
    expect(error.kind).toBe('html');
  });

  it.each([404, 500, 503])('HTTP %i', async (status) => {
    const error = await feedErrorFor('{}', { status });
    expect(error).toMatchObject({ kind: 'http', detail: String(status) });
  });

  it.each(['text/plain; charset=utf-8', 'application/octet-stream', 'application/feed+json', ''])(
    'accepts a JSON body served as %j',
    async (type) => {
      serve(good('{"stationId":"90","condition":"맑음"}'), { headers: { 'Content-Type': type } });
      const feed = await fetchObservationFeed(URL);
      expect(feed.observations.map((o) => o.nameKo)).toEqual(['속초']);
    },
  );
});

describe('record-level problems: the record is skipped and listed, the rest survive', () => {
  // Each body is one record in JSON text (so 1e999 and friends arrive as JSON.parse makes them).
  it.each([
    [
      'temperature "15.0℃"',
      '{"stationId":"90","condition":"맑음","temperature":"15.0℃"}',
      'temperature-type',
    ],
    [
      'temperature ""',
      '{"stationId":"90","condition":"맑음","temperature":""}',
      'temperature-type',
    ],
    [
      'temperature "NaN"',
      '{"stationId":"90","condition":"맑음","temperature":"NaN"}',
      'temperature-type',
    ],
    [
      'temperature 1e999',
      '{"stationId":"90","condition":"맑음","temperature":1e999}',
      'temperature-not-finite',
    ],
    [
      'temperature -1e999',
      '{"stationId":"90","condition":"맑음","temperature":-1e999}',
      'temperature-not-finite',
    ],
    [
      'temperature 60.5',
      '{"stationId":"90","condition":"맑음","temperature":60.5}',
      'temperature-range',
    ],
    [
      'temperature -61',
      '{"stationId":"90","condition":"맑음","temperature":-61}',
      'temperature-range',
    ],
    [
      'temperature true',
      '{"stationId":"90","condition":"맑음","temperature":true}',
      'temperature-type',
    ],
    [
      'lat 45 (north of Korea)',
      '{"stationId":"90","condition":"맑음","lat":45,"lon":127}',
      'lat-range',
    ],
    [
      'lon 139.7 (Tokyo)',
      '{"stationId":"90","condition":"맑음","lat":35.7,"lon":139.7}',
      'lon-range',
    ],
    ['lat 1e999', '{"stationId":"90","condition":"맑음","lat":1e999,"lon":127}', 'coordinate-type'],
    ['lat alone', '{"stationId":"90","condition":"맑음","lat":37.5}', 'coordinates-incomplete'],
    [
      'lat as text',
      '{"stationId":"90","condition":"맑음","lat":"37.5","lon":127}',
      'coordinate-type',
    ],
    ['no station number', '{"condition":"맑음"}', 'station-id-missing'],
    [
      'station number with markup',
      '{"stationId":"<b>90</b>","condition":"맑음"}',
      'station-id-format',
    ],
    ['no condition', '{"stationId":"90"}', 'condition-missing'],
    [
      'condition only zero-width',
      '{"stationId":"90","condition":"\\u200b\\u202e"}',
      'condition-missing',
    ],
    ['name a number', '{"stationId":"90","name":90,"condition":"맑음"}', 'name-type'],
    [
      'a 10,000-character name',
      `{"stationId":"90","name":"${'가'.repeat(10_000)}","condition":"맑음"}`,
      'name-too-long',
    ],
    ['a record that is a number', '7', 'not-an-object'],
  ])('%s', async (_label, record, problem) => {
    serve(good(`${record},{"stationId":"95","condition":"흐림","temperature":"15.0"}`));
    const feed = await fetchObservationFeed(URL);
    expect(feed.observations.map((o) => [o.nameKo, o.temperature])).toEqual([['철원', 15]]);
    expect(feed.rejected).toEqual([expect.objectContaining({ index: 0, problem })]);
  });

  it('keeps the first of two records for one station and reports the second', async () => {
    serve(good('{"stationId":"90","condition":"맑음"},{"stationId":90,"condition":"비"}'));
    const feed = await fetchObservationFeed(URL);
    expect(feed.observations.map((o) => o.condition.raw)).toEqual(['맑음']);
    expect(feed.rejected).toEqual([
      { index: 1, stationId: '90', problem: 'duplicate-station', field: 'stationId' },
    ]);
  });
});

describe('kept, shown as written (as text, never markup)', () => {
  it('keeps unknown words, markup and RTL-free names; strips zero-width and bidi controls', async () => {
    serve(
      good(
        [
          '{"stationId":"90","condition":"햇무리"}',
          '{"stationId":"95","name":"<script>window.__pwned=1</script>","condition":"<img src=x onerror=alert(1)>"}',
          '{"stationId":"98","name":"\\u202e동두천\\u200b","condition":"맑\\u200b음"}',
        ].join(','),
      ),
    );
    const feed = await fetchObservationFeed(URL);
    expect(feed.rejected).toEqual([]);
    expect(feed.observations.map((o) => [o.nameKo, o.condition])).toEqual([
      ['속초', { key: 'other', raw: '햇무리' }],
      ['<script>window.__pwned=1</script>', { key: 'other', raw: '<img src=x onerror=alert(1)>' }],
      ['동두천', { key: 'clear', raw: '맑음' }],
    ]);
  });
});
