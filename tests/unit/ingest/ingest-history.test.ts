/** `--history` through a real ingest run: files on disk, the dashboard's parser as the judge. */
import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseHistory } from '../../../src/domain/parse-history';
import { ingestOnce, type IngestOptions } from '../../../src/ingest/ingest-once';
import { sfctm2Header, sfctm2Row } from './sfctm2-rows';

/** Renames to let through before one fails (null = none fails). */
const failRename = vi.hoisted(() => ({ after: null as number | null }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const original = await importOriginal<typeof import('node:fs/promises')>();
  return {
    ...original,
    // The crash point of an atomic write: the new content is on disk in the
    // temporary file, the rename over the target has not happened.
    rename: async (...args: Parameters<typeof original.rename>) => {
      if (failRename.after !== null && failRename.after-- === 0) {
        failRename.after = null;
        throw Object.assign(new Error('simulated crash before rename'), { code: 'EIO' });
      }
      return original.rename(...args);
    },
  };
});

afterEach(() => {
  failRename.after = null;
});

async function workspace() {
  const directory = await mkdtemp(join(tmpdir(), 'nalssi-history-'));
  return {
    directory,
    out: join(directory, 'observations.json'),
    history: join(directory, 'history.json'),
    source: join(directory, 'source.txt'),
  };
}

async function runHour(
  files: Awaited<ReturnType<typeof workspace>>,
  time: string,
  temperature: string,
  extra: Partial<IngestOptions> = {},
) {
  await writeFile(
    files.source,
    [sfctm2Header(), sfctm2Row({ TM: time, STN: '108', TA: temperature, IX: '3' })].join('\n'),
  );
  return ingestOnce({
    from: files.source,
    format: 'kma-sfctm2',
    out: files.out,
    cloudClasses: 4,
    history: files.history,
    keepHours: 24,
    ...extra,
  });
}

const historyOn = async (path: string) => parseHistory(JSON.parse(await readFile(path, 'utf8')));

describe('ingest --history', () => {
  it('creates the history on the first run and adds an hour per run', async () => {
    const files = await workspace();
    await runHour(files, '202405211300', '18.0');
    const report = await runHour(files, '202405211400', '19.0');
    const history = await historyOn(files.history);
    expect(history.times).toEqual(['2024-05-21T13:00:00+09:00', '2024-05-21T14:00:00+09:00']);
    expect(history.stations.get('108')?.temperature).toEqual([18, 19]);
    expect(report.history).toMatchObject({ hours: 2, stations: 1 });
  });

  it('keeps the old history whole when the process dies mid-write, and goes on from it', async () => {
    const files = await workspace();
    await runHour(files, '202405211300', '18.0');
    const before = await readFile(files.history, 'utf8');

    failRename.after = 1; // the feed's rename goes through, the history's does not
    await expect(runHour(files, '202405211400', '19.0')).rejects.toThrow(/simulated crash/);
    expect(await readFile(files.history, 'utf8')).toBe(before);
    expect((await historyOn(files.history)).times).toEqual(['2024-05-21T13:00:00+09:00']);
    // No half-written temporary file is left beside it.
    expect((await readdir(files.directory)).sort()).toEqual([
      'history.json',
      'observations.json',
      'source.txt',
    ]);

    await runHour(files, '202405211500', '20.0');
    const history = await historyOn(files.history);
    expect(history.times).toEqual(['2024-05-21T13:00:00+09:00', '2024-05-21T15:00:00+09:00']);
    expect(history.stations.get('108')?.temperature).toEqual([18, 20]);
  });

  it('refuses to overwrite a history file it cannot read, writing nothing', async () => {
    const files = await workspace();
    await writeFile(files.history, '{"times": "not a list", "stations": {}}');
    await expect(runHour(files, '202405211300', '18.0')).rejects.toThrow(
      /not a history feed \(times\)/,
    );
    expect(await readdir(files.directory)).toEqual(['history.json', 'source.txt']);
  });

  it('honours --keep-hours', async () => {
    const files = await workspace();
    for (const hour of ['10', '11', '12', '13']) {
      await runHour(files, `20240521${hour}00`, '18.0', { keepHours: 2 });
    }
    expect((await historyOn(files.history)).times).toEqual([
      '2024-05-21T12:00:00+09:00',
      '2024-05-21T13:00:00+09:00',
    ]);
  });
});
