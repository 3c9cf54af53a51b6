/**
 * The command end to end, through the `nalssi-ingest` bin shim, the way a
 * cron job or a systemd unit runs it.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import seed from '../../../public/data/observations.json';
import { fixturePath } from './fixtures';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const BIN = join(ROOT, 'bin', 'nalssi-ingest.js');

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function ingest(
  args: readonly string[],
  env: Record<string, string> = {},
  onStdout?: (text: string, stop: () => void) => void,
): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      onStdout?.(stdout, () => child.kill('SIGTERM'));
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const tempOut = async () =>
  join(await mkdtemp(join(tmpdir(), 'nalssi-cli-')), 'data', 'observations.json');

describe('nalssi-ingest', () => {
  it('turns the portal XML into the seed feed and prints a summary', async () => {
    const out = await tempOut();
    const run = await ingest([
      '--from',
      fixturePath('sfc-web-map-seed.xml'),
      '--format',
      'kma-xml',
      '--out',
      out,
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('observation time  2024-05-21T15:00:00+09:00 (KST)');
    expect(run.stdout).toContain('read              97 stations');
    expect(run.stdout).toContain(`written           97 → ${out}`);

    const written = JSON.parse(await readFile(out, 'utf8')) as typeof seed;
    const essentials = (feed: typeof seed) =>
      feed.observations.map(({ stationId, condition, temperature }) => [
        stationId,
        condition,
        temperature ?? null,
      ]);
    expect(essentials(written)).toEqual(essentials(seed));
  }, 30_000);

  it('fails with exit code 1, keeps the last good file and never prints the key', async () => {
    const out = await tempOut();
    const good = await ingest([
      '--from',
      fixturePath('sfc-web-map-seed.xml'),
      '--format',
      'kma-xml',
      '--out',
      out,
    ]);
    expect(good.code).toBe(0);
    const before = await readFile(out, 'utf8');

    const key = 'TOP-secret+key/==';
    // Port 9 is on fetch's blocked list: the request fails at once, with no network.
    const run = await ingest(
      [
        '--from',
        'http://127.0.0.1:9/sfc_web_map.xml?serviceKey=typed-in-key',
        '--format',
        'kma-xml',
        '--out',
        out,
      ],
      { KMA_AUTH_KEY: key },
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /nalssi-ingest failed; .* was left as it was\.\n {2}could not fetch http:\/\/127\.0\.0\.1:9\//,
    );
    for (const secret of [key, encodeURIComponent(key), 'typed-in-key']) {
      expect(run.stdout + run.stderr).not.toContain(secret);
    }
    expect(await readFile(out, 'utf8')).toBe(before);
  }, 30_000);

  it('exits with 2 and the usage on a bad argument', async () => {
    const run = await ingest(['--from', 'x', '--format', 'csv', '--out', 'y']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /^nalssi-ingest: --format must be one of .*\n\nUsage: nalssi-ingest/,
    );
  }, 30_000);

  it('with --every, keeps running until told to stop', async () => {
    const out = await tempOut();
    const run = await ingest(
      [
        '--from',
        fixturePath('sfc-web-map-seed.xml'),
        '--format',
        'kma-xml',
        '--out',
        out,
        '--every',
        '1m',
      ],
      {},
      (stdout, stop) => {
        if (stdout.includes('next run in 1 min')) stop();
      },
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('written           97');
    expect(JSON.parse(await readFile(out, 'utf8'))).toMatchObject({
      observedAt: '2024-05-21T15:00:00+09:00',
    });
  }, 30_000);

  it('with --every and --history, keeps the history file current from the first run', async () => {
    const out = await tempOut();
    const history = join(out, '..', 'history.json');
    const run = await ingest(
      [
        ...['--from', fixturePath('sfctm2-46col.euc-kr.txt'), '--format', 'kma-sfctm2'],
        ...['--out', out, '--history', history, '--keep-hours', '6', '--every', '1m'],
      ],
      {},
      (stdout, stop) => {
        if (stdout.includes('next run in 1 min')) stop();
      },
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('history           1 hour(s), 10 station(s)');
    expect(JSON.parse(await readFile(history, 'utf8'))).toMatchObject({
      times: ['2025-01-15T06:00:00+09:00'],
    });
  }, 30_000);
});
