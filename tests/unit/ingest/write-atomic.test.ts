import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../../src/ingest/write-atomic';

describe('atomic write', () => {
  it('replaces the file and leaves no temporary file behind', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'nalssi-write-'));
    const path = join(directory, 'observations.json');
    await writeFile(path, 'old');
    await writeFileAtomic(path, 'new');
    expect(await readFile(path, 'utf8')).toBe('new');
    expect(await readdir(directory)).toEqual(['observations.json']);
  });

  it('creates missing directories', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'nalssi-write-'));
    const path = join(directory, 'public', 'data', 'observations.json');
    await writeFileAtomic(path, '{}');
    expect(await readFile(path, 'utf8')).toBe('{}');
  });

  it('keeps the old file and cleans up when the rename fails', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'nalssi-write-'));
    // A directory where the file should be: the rename fails after the temp file exists.
    const path = join(directory, 'observations.json');
    await writeFileAtomic(join(path, 'keep.txt'), 'old');
    await expect(writeFileAtomic(path, 'new')).rejects.toThrow();
    expect(await readdir(directory)).toEqual(['observations.json']);
    expect(await readFile(join(path, 'keep.txt'), 'utf8')).toBe('old');
  });
});
