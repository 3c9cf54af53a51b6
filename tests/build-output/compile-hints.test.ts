// @vitest-environment node
// Reads dist/ (after `npm run build`): which chunks V8 is told to compile while they download.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readBundleSizes } from '../../bench/bundle-sizes';
import { COMPILE_HINT } from '../../vite-plugins/vite-plugin-compile-hints';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

const hinted = (file: string) => readFileSync(join(DIST, file), 'utf8').startsWith(COMPILE_HINT);

describe('compile hints in the dashboard build', () => {
  it('has a build to read', () => {
    expect(existsSync(join(DIST, 'index.html')), 'run `npm run build` first').toBe(true);
  });

  // The same chunks the bundle budget counts as "JavaScript before first draw".
  const dashboard = () => readBundleSizes(DIST).entries.find((e) => e.entry === 'index.html')!;

  it('marks every chunk loaded before the first draw', () => {
    const initial = dashboard().initial.map((file) => file.file);
    expect(initial.length).toBeGreaterThan(5);
    expect(initial.filter((file) => !hinted(file))).toEqual([]);
  });

  it('leaves the chunks loaded after the first draw to compile lazily', () => {
    const lazy = dashboard().lazy.map((file) => file.file);
    expect(lazy.length).toBeGreaterThan(5);
    expect(lazy.filter(hinted)).toEqual([]);
  });
});
