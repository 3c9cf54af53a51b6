/**
 * The example data set is built by the real ingest from the made-up day; the
 * committed files must be exactly what a rebuild gives, and must say they
 * are an example.
 */
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildExample, EXAMPLE_DIR } from '../../../scripts/build-example';
import { parseHistory } from '../../../src/domain/parse-history';
import { parseObservationFeed } from '../../../src/domain/parse-feed';
import { isLate } from '../../../src/domain/station-time';

const committed = (name: string) => readFile(join(EXAMPLE_DIR, name), 'utf8');

describe('the example data set', () => {
  it('is byte for byte what the ingest builds from the fixtures', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'nalssi-example-'));
    const built = await buildExample(directory);
    expect(await readFile(built.out, 'utf8')).toBe(await committed('observations.json'));
    expect(await readFile(built.history, 'utf8')).toBe(await committed('history.json'));
  }, 30_000);

  it('says it is an example, has a late station and the new fields', async () => {
    const feed = parseObservationFeed(JSON.parse(await committed('observations.json')));
    expect(feed.example).toBe(true);
    expect(feed.rejected).toEqual([]);
    expect(feed.droppedValues).toEqual([]);
    const late = feed.observations.filter((observation) => isLate(observation, feed));
    expect(late.map((observation) => observation.stationId)).toEqual(['184']);
    expect(feed.observations.every((observation) => observation.windSpeed !== null)).toBe(true);
  });

  it('has a day of history with the gap, the rain and the sentinels left out', async () => {
    const history = parseHistory(JSON.parse(await committed('history.json')));
    expect(history.example).toBe(true);
    expect(history.times).toHaveLength(22);
    expect(history.times).not.toContain('2024-05-21T02:00:00+09:00');
    const seoul = history.stations.get('108')!;
    expect(seoul.temperature[history.times.indexOf('2024-05-21T06:00:00+09:00')]).toBeNull();
    const busan = history.stations.get('159')!;
    expect(busan.condition.at(-1)?.key).toBe('rain');
    expect(busan.precipitation1h?.at(-1)).toBeGreaterThan(0);
    expect(history.stations.get('184')!.temperature.at(-1)).toBeNull();
  });
});
