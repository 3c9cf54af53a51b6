// @vitest-environment node
// (reads the build output from disk)
/**
 * The dashboard's messages come in two parts (src/i18n/catalogs.ts): what the
 * first view says ships before the first draw, the rest comes after it. Code
 * that runs before the first draw must use only first-view messages, or it
 * shows a key instead of words until the deferred part arrives. This reads
 * the chunks fetched before the first draw and fails on any deferred key,
 * written out or as the start of a template (`wind.band.${…}`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readBundleSizes } from '../../bench/bundle-sizes';
import { koDeferred } from '../../src/i18n/messages.ko.deferred';

const DIST = fileURLToPath(new URL('../../dist', import.meta.url));
const DEFERRED_KEYS = Object.keys(koDeferred);

/** Deferred keys a chunk's code names, whole or by a template prefix. */
function deferredKeysIn(code: string): string[] {
  const quoted = DEFERRED_KEYS.filter((key) =>
    ['"', "'", '`'].some((quote) => code.includes(`${quote}${key}${quote}`)),
  );
  const prefixes = [...code.matchAll(/`([\w.-]+)\.\$\{/g)].map((match) => `${match[1]}.`);
  const templated = DEFERRED_KEYS.filter((key) => prefixes.some((p) => key.startsWith(p)));
  return [...new Set([...quoted, ...templated])];
}

describe('messages before the first draw', () => {
  it('has a build to read', () => {
    expect(existsSync(join(DIST, 'index.html')), 'run `npm run build` first').toBe(true);
  });

  it('finds deferred keys in code (the check itself)', () => {
    expect(deferredKeysIn('t("time.now")')).toEqual(['time.now']);
    expect(deferredKeysIn('t(`wind.band.${e}`)')).toContain('wind.band.weak');
    expect(deferredKeysIn('t("feed.retry")')).toEqual([]);
  });

  it('the dashboard fetches before the first draw names no deferred message', () => {
    const dashboard = readBundleSizes(DIST).entries.find((entry) => entry.entry === 'index.html');
    expect(dashboard?.initial.length, 'no first-draw chunks found').toBeGreaterThan(0);
    const found = dashboard!.initial.flatMap(({ file }) =>
      deferredKeysIn(readFileSync(join(DIST, file), 'utf8')).map((key) => `${file}: ${key}`),
    );
    expect(
      found,
      'Move these keys to src/i18n/messages.ko.ts and messages.en.ts, or the code that uses them behind the first draw.',
    ).toEqual([]);
  });
});
