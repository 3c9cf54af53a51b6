import type { Rolldown } from 'vite';
import { describe, expect, it } from 'vitest';
import {
  COMPILE_HINT,
  compileHints,
  hintedChunks,
  type HintedModules,
} from '../../../vite-plugins/vite-plugin-compile-hints.ts';

/** A chunk as the bundler hands it over: only the fields the plugin reads. */
function chunk(fileName: string, module: string | null, imports: string[] = []) {
  return {
    type: 'chunk',
    fileName,
    facadeModuleId: module && `/project/${module}`,
    imports,
    code: `export const file = '${fileName}';\n`,
  } as unknown as Rolldown.OutputChunk;
}

/**
 * index.html → main, which imports react statically and loads the map, the
 * list and an article on demand.
 */
function sampleBundle(): Rolldown.OutputBundle {
  const items = [
    chunk('main.js', 'index.html', ['react.js']),
    chunk('react.js', null),
    chunk('map.js', 'src/map.tsx', ['leaflet.js', 'react.js']),
    chunk('leaflet.js', null),
    chunk('list.js', 'src/list.tsx', ['react.js', 'virtual.js']),
    chunk('virtual.js', null),
    chunk('article.js', 'src/article.tsx', ['react.js', 'escape.js']),
    chunk('escape.js', null),
  ];
  const bundle: Rolldown.OutputBundle = Object.fromEntries(
    items.map((item) => [item.fileName, item]),
  );
  bundle['map.js.map'] = {
    type: 'asset',
    fileName: 'map.js.map',
    source: JSON.stringify({ version: 3, mappings: 'AAAA;AACA', sources: ['src/map.tsx'] }),
  } as unknown as Rolldown.OutputAsset;
  return bundle;
}

const HINTED: HintedModules = {
  firstDraw: { 'index.html': ['src/map.tsx'] },
  runOnArrival: ['src/article.tsx'],
};

function runPlugin(bundle: Rolldown.OutputBundle, modules = HINTED): void {
  const hook = compileHints(modules).generateBundle as {
    handler: (this: unknown, options: unknown, bundle: Rolldown.OutputBundle) => void;
  };
  const context = {
    error(message: string): never {
      throw new Error(message);
    },
  };
  hook.handler.call(context, {}, bundle);
}

const code = (bundle: Rolldown.OutputBundle, file: string) =>
  (bundle[file] as Rolldown.OutputChunk).code;

describe('hintedChunks', () => {
  it('is the entry, the first-draw modules and the run-on-arrival ones with all they import statically', () => {
    const { chunks, missing } = hintedChunks(sampleBundle(), HINTED);
    expect([...chunks].map((item) => item.fileName).sort()).toEqual([
      'article.js',
      'escape.js',
      'leaflet.js',
      'main.js',
      'map.js',
      'react.js',
    ]);
    expect(missing).toEqual([]);
  });

  it('names a module no chunk was built for', () => {
    const { missing } = hintedChunks(sampleBundle(), {
      firstDraw: { 'index.html': ['src/map.tsx', 'src/renamed.tsx'] },
      runOnArrival: ['src/gone.tsx'],
    });
    expect(missing).toEqual(['src/renamed.tsx', 'src/gone.tsx']);
  });
});

describe('compileHints', () => {
  it('puts the hint on the first line of those chunks only', () => {
    const bundle = sampleBundle();
    runPlugin(bundle);
    for (const file of ['main.js', 'react.js', 'map.js', 'leaflet.js', 'article.js', 'escape.js'])
      expect(code(bundle, file).startsWith(COMPILE_HINT), file).toBe(true);
    for (const file of ['list.js', 'virtual.js'])
      expect(code(bundle, file).startsWith('export const file'), file).toBe(true);
  });

  it('keeps the code below it and moves the source map down by the one line it adds', () => {
    const bundle = sampleBundle();
    runPlugin(bundle);
    expect(code(bundle, 'map.js')).toBe(`${COMPILE_HINT}export const file = 'map.js';\n`);
    const map = JSON.parse((bundle['map.js.map'] as Rolldown.OutputAsset).source as string) as {
      mappings: string;
      sources: string[];
    };
    expect(map.mappings).toBe(';AAAA;AACA');
    expect(map.sources).toEqual(['src/map.tsx']);
  });

  it('hints a chunk once, however many entries reach it', () => {
    const bundle = sampleBundle();
    runPlugin(bundle);
    runPlugin(bundle);
    expect(code(bundle, 'react.js').split(COMPILE_HINT)).toHaveLength(2);
  });

  it('fails the build when a module is missing, instead of leaving it unhinted', () => {
    const modules = { firstDraw: { 'index.html': ['src/gone.tsx'] }, runOnArrival: [] };
    expect(() => runPlugin(sampleBundle(), modules)).toThrow(/no chunk for src\/gone\.tsx/);
  });
});
