/** The made-up day (tests/fixtures/kma-day) through the real ingest, in both measured formats. */
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseObservationFeed } from '../../../src/domain/parse-feed';
import { parseHistory } from '../../../src/domain/parse-history';
import { behindNewest, isLate } from '../../../src/domain/station-time';
import { ingestOnce } from '../../../src/ingest/ingest-once';

const DAY = fileURLToPath(new URL('../../fixtures/kma-day/', import.meta.url));

async function runDayFile(name: string, format: 'kma-sfctm2' | 'asos-hourly-json') {
  const directory = await mkdtemp(join(tmpdir(), 'nalssi-day-'));
  const out = join(directory, 'observations.json');
  const history = join(directory, 'history.json');
  await ingestOnce({ from: join(DAY, name), format, out, cloudClasses: 4, history });
  return {
    feed: parseObservationFeed(JSON.parse(await readFile(out, 'utf8'))),
    history: parseHistory(JSON.parse(await readFile(history, 'utf8'))),
  };
}

describe('the made-up day, ASOS hourly JSON (a whole day in one answer)', () => {
  it('keeps each station’s newest hour; 제주 stopped at 12:00 and is 3 hours late', async () => {
    const { feed } = await runDayFile('asos-hourly-day.json', 'asos-hourly-json');
    expect(feed.observedAt).toBe('2024-05-21T15:00:00+09:00');
    const jeju = feed.observations.find((station) => station.stationId === '184')!;
    expect(jeju.observedAt).toBe('2024-05-21T12:00:00+09:00');
    expect(isLate(jeju, feed)).toBe(true);
    expect(behindNewest(jeju, feed)).toBe(3 * 3_600_000);
    const busan = feed.observations.find((station) => station.stationId === '159')!;
    expect(busan.precipitation1h).toBeGreaterThan(0);
    expect(busan.windDirection).toBeGreaterThan(0);
  });

  it('reads a dry hour’s empty rn as not observed, not 0 mm', async () => {
    const { feed } = await runDayFile('asos-hourly-day.json', 'asos-hourly-json');
    const seoul = feed.observations.find((station) => station.stationId === '108')!;
    expect(seoul.precipitation1h).toBeNull();
    expect(seoul.humidity).not.toBeNull();
  });
});

describe('the made-up day, kma_sfctm3 answers', () => {
  it('a run at 09:00 leaves 인천’s missing wind out and 춘천’s missing humidity out', async () => {
    const { feed } = await runDayFile('sfctm3-2024052108.txt', 'kma-sfctm2');
    const chuncheon = feed.observations.find((station) => station.stationId === '101')!;
    expect(chuncheon.humidity).toBeNull();
    const { feed: nine } = await runDayFile('sfctm3-2024052109.txt', 'kma-sfctm2');
    const incheon = nine.observations.find((station) => station.stationId === '112')!;
    expect(incheon).toMatchObject({ windSpeed: null, windDirection: null });
    expect(incheon.temperature).not.toBeNull();
  });

  it('a run at 06:00 has 서울 without a temperature, never 0 or −99', async () => {
    const { feed, history } = await runDayFile('sfctm3-2024052106.txt', 'kma-sfctm2');
    expect(
      feed.observations.find((station) => station.stationId === '108')?.temperature,
    ).toBeNull();
    expect(history.stations.get('108')?.temperature).toEqual([null]);
  });
});
