// @vitest-environment node
// Reads dist/ (after `npm run build`): which chunks V8 is told to compile while they download.
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readBundleSizes } from '../../bench/bundle-sizes';
import { COMPILE_HINT } from '../../vite-plugins/vite-plugin-compile-hints';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

const hinted = (file: string) => readFileSync(join(DIST, file), 'utf8').startsWith(COMPILE_HINT);

/** The chunks the early-requests plan fetches for a link to an article (dist-relative). */
function articleChunks(): string[] {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const plan = /<script type="application\/json" id="nalssi-early-requests">([^<]*)<\/script>/.exec(
    html,
  );
  expect(plan, 'the early-requests plan is in the HTML').not.toBeNull();
  const { article } = JSON.parse(plan![1]!) as { article: { modules: string[] } };
  return article.modules.map((href) => posix.normalize(href));
}

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

  it('marks the chunks of a linked article, which renders as soon as they arrive', () => {
    const article = articleChunks();
    expect(article.some((file) => /news-article-slot-/.test(file))).toBe(true);
    expect(article.filter((file) => !hinted(file))).toEqual([]);
  });

  it('leaves the other chunks loaded after the first draw to compile lazily', () => {
    const article = new Set(articleChunks());
    const lazy = dashboard()
      .lazy.map((file) => file.file)
      .filter((file) => !article.has(file));
    expect(lazy.length).toBeGreaterThan(5);
    expect(lazy.filter(hinted)).toEqual([]);
  });
});
