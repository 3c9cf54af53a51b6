// @vitest-environment node
// Reads dist/ (after `npm run build`): what the HTML starts downloading before the first paint.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cspHashSource } from '../../vite-plugins/vite-plugin-early-requests';
import { EARLY_REQUESTS_HASH } from '../e2e/support/csp';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

interface ManifestChunk {
  readonly file: string;
  readonly imports?: readonly string[];
  readonly css?: readonly string[];
}

function read(path: string): string {
  expect(existsSync(join(DIST, path)), `dist/${path} is missing: run \`npm run build\``).toBe(true);
  return readFileSync(join(DIST, path), 'utf8');
}

describe('index.html before the first paint', () => {
  it('preloads the feed, and nothing of the map (it comes right after the first paint)', () => {
    // What the tags request; the early-requests plan (JSON) names chunks only a linked article loads.
    const html = read('index.html').replace(
      /<script type="application\/json"[^>]*>[\s\S]*?<\/script>/g,
      '',
    );
    const manifest = JSON.parse(read('.vite/manifest.json')) as Record<string, ManifestChunk>;
    const entry = manifest['index.html']!;
    const mapKey = Object.keys(manifest).find((key) =>
      key.endsWith('src/features/station-map/station-map.tsx'),
    );
    expect(mapKey, 'the map chunk is in the manifest').toBeDefined();
    const map = manifest[mapKey!]!;

    expect(html).toMatch(/<link rel="preload" href="\.\/data\/observations\.json" as="fetch"/);
    // The map chunk and the chunk with Leaflet, its stylesheet and the base map's geometry.
    const entryImports = new Set((entry.imports ?? []).map((key) => manifest[key]!.file));
    const mapOnly = (map.imports ?? [])
      .map((key) => manifest[key]!.file)
      .filter((file) => !entryImports.has(file));
    for (const file of [map.file, ...mapOnly, ...(map.css ?? [])])
      expect(html, `${file} is not requested by the HTML`).not.toContain(file);
    expect(html).not.toMatch(/korea-(basemap|provinces)/);
  });

  it('preloads each chunk once', () => {
    const preloaded = [...read('index.html').matchAll(/<link\b[^>]*rel="modulepreload"[^>]*>/g)];
    const hrefs = preloaded.map(([tag]) => /href="([^"]+)"/.exec(tag)?.[1]);
    expect(new Set(hrefs).size).toBe(hrefs.length);
  });

  it('writes an early-requests plan whose files all exist, and the script that reads it', () => {
    const html = read('index.html');
    const plan =
      /<script type="application\/json" id="nalssi-early-requests">([^<]*)<\/script>/.exec(html);
    expect(plan, 'the plan is in the HTML').not.toBeNull();
    const { catalogs, article } = JSON.parse(plan![1]!) as {
      catalogs: Record<string, string[]>;
      article: { modules: string[]; styles: string[]; feed: string };
    };
    const files = [...Object.values(catalogs).flat(), ...article.modules, ...article.styles];
    expect(files.some((file) => /messages\.en-/.test(file))).toBe(true);
    expect(files.some((file) => /news-article-slot-/.test(file))).toBe(true);
    for (const file of files) expect(existsSync(join(DIST, file)), file).toBe(true);
    const script = inlineScripts(html);
    expect(script, 'one inline script, the early requests').toHaveLength(1);
    expect(script[0]).toContain('nalssi-early-requests');
    expect(html, 'no file of its own: it is in the page').not.toMatch(/early-requests-[^"]*\.js/);
  });

  it('allows that inline script, and only it, by its hash in the deployed and tested policy', () => {
    const [script] = inlineScripts(read('index.html'));
    const hash = cspHashSource(script ?? '');
    const fix = `The early-requests script is now ${hash}: put that in deploy/nginx/nalssi/csp.conf, tests/e2e/support/csp.ts and docs/deploying.md.`;
    expect(EARLY_REQUESTS_HASH, fix).toBe(hash);
    const deployed = readFileSync(
      new URL('../../deploy/nginx/nalssi/csp.conf', import.meta.url),
      'utf8',
    );
    expect(deployed, fix).toContain(`script-src 'self' ${hash};`);
    const guide = readFileSync(new URL('../../docs/deploying.md', import.meta.url), 'utf8');
    expect(guide.split(`script-src 'self' ${hash};`).length - 1, fix).toBe(2);
  });
});

/** The text of each inline `<script>` that runs (JSON data blocks are not scripts). */
function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter(([, attrs]) => !/\bsrc=/.test(attrs!) && !/type="application\/json"/.test(attrs!))
    .map(([, , text]) => text!);
}
