// @vitest-environment node
// Reads dist/ (after `npm run build`): the HTML must start every download the first draw needs.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

interface ManifestChunk {
  readonly file: string;
  readonly src?: string;
  readonly imports?: readonly string[];
}

describe('index.html preloads the first draw', () => {
  it('preloads the map chunk and every chunk it imports, so none waits for another', () => {
    expect(existsSync(join(DIST, 'index.html')), 'run `npm run build` first').toBe(true);
    const html = readFileSync(join(DIST, 'index.html'), 'utf8');
    const manifest = JSON.parse(readFileSync(join(DIST, '.vite/manifest.json'), 'utf8')) as Record<
      string,
      ManifestChunk
    >;
    const mapKey = Object.keys(manifest).find((key) =>
      key.endsWith('src/features/station-map/station-map.tsx'),
    );
    expect(mapKey, 'the map chunk is in the manifest').toBeDefined();

    const needed = new Set<string>();
    const visit = (key: string) => {
      const chunk = manifest[key]!;
      if (needed.has(chunk.file)) return;
      needed.add(chunk.file);
      for (const imported of chunk.imports ?? []) visit(imported);
    };
    visit(mapKey!);

    const preloaded = [...html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*>/g)].map(
      ([tag]) => /href="\.\/([^"]+)"/.exec(tag)?.[1],
    );
    for (const file of needed) expect(preloaded, `${file} is preloaded`).toContain(file);
    // Each once: a second tag for the same file is a wasted request slot in some browsers.
    expect(new Set(preloaded).size).toBe(preloaded.length);
  });
});
