/**
 * The environment variables the docs name are the ones the code reads, and
 * the other way round: a renamed or new variable fails here until the docs say so.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { KEY_ENV } from '../../../src/ingest/auth-key';
import { ROOT, listDocs, readDoc } from './markdown';

const allDocs = listDocs().map(readDoc).join('\n');
const unique = (names: Iterable<string>) => [...new Set(names)].sort();

/** The build-time variables the app reads (src/config/env.ts hands Vite's env to readConfig). */
const configSource = ['src/config/env.ts', 'src/config/read-config.ts']
  .map((file) => fs.readFileSync(path.join(ROOT, file), 'utf8'))
  .join('\n');
const appVariables = unique(
  [...configSource.matchAll(/env\.(VITE_[A-Z0-9_]+)/g)].map((m) => m[1]!),
);

describe('environment variables in README.md and docs/', () => {
  it('the app reads some (the scan itself works)', () => {
    expect(appVariables).toContain('VITE_OBSERVATIONS_URL');
  });

  it('every VITE_ variable named in the docs is read by src/config', () => {
    const named = unique([...allDocs.matchAll(/\bVITE_[A-Z0-9_]+/g)].map((m) => m[0]));
    expect(named).toEqual(appVariables);
  });

  it("every variable src/config reads is in the README's configuration table", () => {
    const table = readDoc('README.md').split('## Configuration')[1]?.split('\n## ')[0] ?? '';
    const rows = unique([...table.matchAll(/^\| `(VITE_[A-Z0-9_]+)`/gm)].map((m) => m[1]!));
    expect(rows).toEqual(appVariables);
  });

  it("the ingest command's key variable is the one the guides name", () => {
    expect(readDoc('docs/live-data.md')).toContain(KEY_ENV);
    expect(readDoc('README.md')).toContain(KEY_ENV);
  });

  it('CHROMIUM_PATH, as the README names it, is what the tools read', () => {
    const chromium = fs.readFileSync(path.join(ROOT, 'scripts/chromium.ts'), 'utf8');
    expect(readDoc('README.md')).toContain('CHROMIUM_PATH');
    expect(chromium).toContain('process.env.CHROMIUM_PATH');
  });

  it('.env.example gives the feed URL as the relative default the docs promise', () => {
    const example = fs.readFileSync(path.join(ROOT, '.env.example'), 'utf8');
    // Relative, so a dashboard deployed under a sub-path (GitHub Pages) finds its feed.
    expect(example).toMatch(/^VITE_OBSERVATIONS_URL=data\/observations\.json$/m);
    expect(configSource).toContain('data/observations.json');
  });
});
