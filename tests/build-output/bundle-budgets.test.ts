// @vitest-environment node
// (reads the build output from disk; sizes are deterministic, so they are asserted — times never are)
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BUNDLE_BUDGETS } from '../../bench/budgets';
import { readBundleSizes, type BundleReport } from '../../bench/bundle-sizes';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DIST = join(ROOT, 'dist');

let report: BundleReport | undefined;
/** Measured once, on first use, so a missing build fails each budget with the same message. */
function bundle(): BundleReport {
  report ??= readBundleSizes(DIST);
  return report;
}

describe('bundle budgets (initial JS, gzip)', () => {
  it('has a build to measure', () => {
    expect(
      existsSync(join(DIST, 'index.html')),
      'dist/index.html is missing: run `npm run build` before this test (the budgets measure the build output).',
    ).toBe(true);
  });

  for (const budget of BUNDLE_BUDGETS) {
    const kb = budget.maxInitialGzipBytes / 1000;
    // An entry that does not exist in the source yet (embed.html) has nothing to measure.
    const inSource = existsSync(join(ROOT, budget.entry));
    const name = `${budget.label}: ${budget.entry} ≤ ${kb} KB${inSource ? '' : ` (no ${budget.entry} in the project yet)`}`;

    it.skipIf(!inSource)(name, () => {
      const sizes = bundle();
      const entry = sizes.entries.find((candidate) => candidate.entry === budget.entry);
      expect(
        entry,
        `dist/${budget.entry} is missing but ${budget.entry} exists: the build is stale, run \`npm run build\`.`,
      ).toBeDefined();
      expect(entry!.initialTotal.files, 'no entry script found').toBeGreaterThan(0);
      const files = entry!.initial.map(
        (file) => `${file.file} ${(file.gzip / 1000).toFixed(1)} KB`,
      );
      expect(
        entry!.initialTotal.gzip,
        `${budget.entry} initial JS is ${(entry!.initialTotal.gzip / 1000).toFixed(1)} KB gzip ` +
          `(budget ${kb} KB): ${files.join(', ')}. Move heavy parts behind import().`,
      ).toBeLessThanOrEqual(budget.maxInitialGzipBytes);
    });
  }
});
