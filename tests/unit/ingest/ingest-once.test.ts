import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseObservationFeed } from '../../../src/domain/parse-feed';
import { IngestError } from '../../../src/ingest/ingest-error';
import { ingestOnce } from '../../../src/ingest/ingest-once';
import { formatSummary } from '../../../src/ingest/summary';
import { fixture, fixturePath } from './fixtures';

const outFile = async () =>
  join(await mkdtemp(join(tmpdir(), 'nalssi-ingest-')), 'observations.json');

describe('one ingest run', () => {
  it('refuses KMA’s XML given as kma-sfctm2, naming the format it is, and writes nothing', async () => {
    const out = await outFile();
    await expect(
      ingestOnce({
        from: fixturePath('sfc-web-map-seed.xml'),
        format: 'kma-sfctm2',
        out,
        cloudClasses: 4,
      }),
    ).rejects.toThrow(/try --format kma-xml/);
    await expect(readFile(out, 'utf8')).rejects.toThrow(/ENOENT/);
  });

  it('writes a feed the dashboard accepts, and reports it', async () => {
    const out = await outFile();
    const report = await ingestOnce({
      from: fixturePath('sfctm2-46col.euc-kr.txt'),
      format: 'kma-sfctm2',
      out,
      cloudClasses: 4,
    });
    const feed = parseObservationFeed(JSON.parse(await readFile(out, 'utf8')));
    expect(feed.observedAt).toBe('2025-01-15T06:00:00+09:00');
    expect(feed.rejected).toEqual([]);
    expect(feed.observations).toHaveLength(10);
    expect(report).toMatchObject({ read: 10, stationsRead: 10, written: 10, unplaced: 1 });
    expect(formatSummary(report)).toBe(
      [
        `nalssi-ingest: kma-sfctm2 from ${fixturePath('sfctm2-46col.euc-kr.txt')}`,
        '  observation time  2025-01-15T06:00:00+09:00 (KST)',
        '  read              10 stations',
        `  written           10 → ${out} (1 without coordinates)`,
        '  sky words         present weather 4, cloud amount 5, not observed 1',
        '  skipped           0',
        '  warnings          1',
        '    - station 116 is not in the station catalog; kept without coordinates',
      ].join('\n'),
    );
  });

  it('groups skipped records by reason in the summary', async () => {
    const report = await ingestOnce({
      from: fixturePath('asos-hourly.json'),
      format: 'asos-hourly-json',
      out: await outFile(),
      cloudClasses: 4,
    });
    expect(formatSummary(report)).toContain(
      '  read              3 records (1 station)\n' + '  written           1',
    );
    expect(formatSummary(report)).toContain(
      '    - older than the station’s newest ×2: station 108 (2024-05-21T13:00:00+09:00), station 108 (2024-05-21T14:00:00+09:00)',
    );
  });

  it('fetches through the given fetch, and the key never reaches the file', async () => {
    const out = await outFile();
    const fetch = (async () =>
      new Response(Buffer.from(fixture('sfc-web-map-seed.xml')))) as typeof globalThis.fetch;
    const report = await ingestOnce(
      {
        from: 'https://apihub.kma.go.kr/api/sfc_web_map.xml',
        format: 'kma-xml',
        out,
        cloudClasses: 4,
      },
      { key: 'K3Y-never-written', fetch },
    );
    expect(report.written).toBe(97);
    expect(report.source).toBe('https://apihub.kma.go.kr/api/sfc_web_map.xml?authKey=***');
    expect(await readFile(out, 'utf8')).not.toContain('K3Y-never-written');
  });

  it.each([
    ['sfc-web-map-malformed.xml', 'kma-xml'],
    ['sfctm2-truncated.txt', 'kma-sfctm2'],
    ['asos-hourly-gateway-error.xml', 'asos-hourly-json'],
    ['asos-hourly-empty.json', 'asos-hourly-json'],
  ] as const)('keeps the last good file when %s fails', async (name, format) => {
    const out = await outFile();
    await writeFile(out, 'last good feed');
    await expect(
      ingestOnce({ from: fixturePath(name), format, out, cloudClasses: 4 }),
    ).rejects.toThrow(IngestError);
    expect(await readFile(out, 'utf8')).toBe('last good feed');
  });

  it('refuses to write an empty feed, and says what was skipped', async () => {
    const out = await outFile();
    const text = join(await mkdtemp(join(tmpdir(), 'nalssi-src-')), 'short.txt');
    await writeFile(text, '202501150600 90 27 2.1\n');
    await expect(
      ingestOnce({ from: text, format: 'kma-sfctm2', out, cloudClasses: 4 }),
    ).rejects.toThrow(/the rows have 4 columns; known layouts have 46 or 45/);
  });
});
