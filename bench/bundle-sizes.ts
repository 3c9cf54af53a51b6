/**
 * JS sizes per HTML entry of the build: initial vs lazy, raw, gzip (level 9)
 * and brotli (q 11). Initial is "JavaScript before first draw": the entry
 * chunk, every chunk the HTML preloads, the chunks the first draw imports on
 * demand (the map with Leaflet, `FIRST_DRAW_MODULES` in budgets.ts), and
 * their static imports. Lazy is everything else reached through `import()`:
 * the first draw never waits for it.
 *
 * The chunk graph comes from Vite's `dist/.vite/manifest.json` when the build
 * writes one; otherwise from the HTML (entry script, modulepreload links) and
 * the import statements in the emitted chunks.
 *
 *   tsx bench/bundle-sizes.ts [dist]     prints the table, exits 1 over budget
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { BUNDLE_BUDGETS, FIRST_DRAW_MODULES } from './budgets';
import { loadSourceMap, sourceLabel } from './lib/source-map';

export interface FileSize {
  /** Path relative to dist/, with forward slashes. */
  readonly file: string;
  readonly raw: number;
  readonly gzip: number;
  readonly brotli: number;
}

export interface SizeTotals {
  readonly files: number;
  readonly raw: number;
  readonly gzip: number;
  readonly brotli: number;
}

export interface EntrySizes {
  readonly entry: string;
  readonly initial: readonly FileSize[];
  readonly lazy: readonly FileSize[];
  readonly initialTotal: SizeTotals;
  readonly lazyTotal: SizeTotals;
}

export interface BundleReport {
  readonly graph: 'manifest' | 'html';
  readonly entries: readonly EntrySizes[];
  /** Requested entries that are not in dist/ (e.g. embed.html before it exists). */
  readonly missing: readonly string[];
  /** JS in dist/ that no entry reaches. */
  readonly unreferenced: readonly FileSize[];
}

export const DEFAULT_ENTRIES = ['index.html', 'embed.html'] as const;

interface ChunkGraph {
  /** Entry HTML → its entry chunk(s) and the chunks its first draw imports (dist-relative). */
  readonly roots: (entry: string) => string[];
  readonly staticImports: (file: string) => string[];
  readonly dynamicImports: (file: string) => string[];
}

interface ManifestChunk {
  readonly file: string;
  readonly isEntry?: boolean;
  readonly imports?: readonly string[];
  readonly dynamicImports?: readonly string[];
}

function manifestGraph(manifest: Record<string, ManifestChunk>): ChunkGraph {
  const byFile = new Map(Object.values(manifest).map((chunk) => [chunk.file, chunk]));
  const files = (keys: readonly string[] | undefined) =>
    (keys ?? []).map((key) => manifest[key]?.file).filter((file) => file !== undefined);
  return {
    roots: (entry) =>
      manifest[entry] ? [manifest[entry].file, ...files(FIRST_DRAW_MODULES[entry] ?? [])] : [],
    staticImports: (file) => files(byFile.get(file)?.imports),
    dynamicImports: (file) => files(byFile.get(file)?.dynamicImports),
  };
}

/** Static `import … from "./x.js"`, `import "./x.js"`, `export … from "./x.js"` in emitted ESM. */
const STATIC_IMPORT =
  /(?:^|[^\w$.])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g;
/** `import("./x.js")`; minifiers may quote with backticks. */
const DYNAMIC_IMPORT = /(?:^|[^\w$.])import\(\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]\s*\)/g;
const ENTRY_SCRIPT = /<script\b[^>]*\btype=["']module["'][^>]*\bsrc=["']([^"']+)["']/gi;
const MODULE_PRELOAD = /<link\b[^>]*\brel=["']modulepreload["'][^>]*\bhref=["']([^"']+)["']/gi;

function htmlGraph(dist: string): ChunkGraph {
  const scan = (file: string, pattern: RegExp) => {
    const code = readFileSync(join(dist, file), 'utf8');
    const found = [...code.matchAll(pattern)].map((match) =>
      posix.normalize(posix.join(posix.dirname(file), match[1]!)),
    );
    return found.filter((path) => existsSync(join(dist, path)));
  };
  return {
    roots: (entry) => {
      const html = readFileSync(join(dist, entry), 'utf8');
      const refs = [...html.matchAll(ENTRY_SCRIPT), ...html.matchAll(MODULE_PRELOAD)];
      return refs
        .map((match) => match[1]!)
        .filter((href) => !/^[a-z]+:|^\/\//i.test(href))
        .map((href) => posix.normalize(posix.join(posix.dirname(entry), href.split('?')[0]!)));
    },
    staticImports: (file) => scan(file, STATIC_IMPORT),
    dynamicImports: (file) => scan(file, DYNAMIC_IMPORT),
  };
}

/** The chunks an HTML entry preloads with `<link rel="modulepreload">` (dist-relative). */
function htmlModulePreloads(dist: string, entry: string): string[] {
  const html = readFileSync(join(dist, entry), 'utf8');
  return [...html.matchAll(MODULE_PRELOAD)]
    .map((match) => match[1]!)
    .filter((href) => !/^[a-z]+:|^\/\//i.test(href))
    .map((href) => posix.normalize(posix.join(posix.dirname(entry), href.split('?')[0]!)));
}

function closure(start: Iterable<string>, next: (file: string) => string[]): Set<string> {
  const seen = new Set<string>();
  const stack = [...start];
  while (stack.length > 0) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    stack.push(...next(file));
  }
  return seen;
}

function measureFile(dist: string, file: string, cache: Map<string, FileSize>): FileSize {
  const cached = cache.get(file);
  if (cached) return cached;
  const bytes = readFileSync(join(dist, file));
  const size = {
    file,
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }).length,
  };
  cache.set(file, size);
  return size;
}

function totals(files: readonly FileSize[]): SizeTotals {
  return files.reduce(
    (sum, file) => ({
      files: sum.files + 1,
      raw: sum.raw + file.raw,
      gzip: sum.gzip + file.gzip,
      brotli: sum.brotli + file.brotli,
    }),
    { files: 0, raw: 0, gzip: 0, brotli: 0 },
  );
}

function jsFilesIn(dist: string, folder = ''): string[] {
  return readdirSync(join(dist, folder), { withFileTypes: true }).flatMap((item) => {
    const path = folder ? `${folder}/${item.name}` : item.name;
    if (item.isDirectory()) return item.name.startsWith('.') ? [] : jsFilesIn(dist, path);
    return item.name.endsWith('.js') ? [path] : [];
  });
}

export function readBundleSizes(
  dist: string,
  entries: readonly string[] = DEFAULT_ENTRIES,
): BundleReport {
  if (!existsSync(join(dist, 'index.html'))) {
    throw new Error(
      `${join(dist, 'index.html')} is missing: run \`npm run build\` first to measure the bundle.`,
    );
  }
  const manifestPath = join(dist, '.vite', 'manifest.json');
  const useManifest = existsSync(manifestPath);
  const graph = useManifest
    ? manifestGraph(JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, ManifestChunk>)
    : htmlGraph(dist);
  const cache = new Map<string, FileSize>();
  const present = entries.filter((entry) => existsSync(join(dist, entry)));
  const reached = new Set<string>();

  const sized = present.map((entry) => {
    // A chunk the HTML preloads is fetched before the first draw, lazy or not.
    const roots = [...new Set([...graph.roots(entry), ...htmlModulePreloads(dist, entry)])];
    if (roots.length === 0) throw new Error(`No entry script found for ${entry} in ${dist}.`);
    const initial = closure(roots, graph.staticImports);
    const lazyRoots = [...initial].flatMap(graph.dynamicImports);
    const lazy = [
      ...closure(lazyRoots, (file) => [
        ...graph.staticImports(file),
        ...graph.dynamicImports(file),
      ]),
    ].filter((file) => !initial.has(file));
    for (const file of [...initial, ...lazy]) reached.add(file);
    const initialSizes = [...initial].sort().map((file) => measureFile(dist, file, cache));
    const lazySizes = lazy.sort().map((file) => measureFile(dist, file, cache));
    return {
      entry,
      initial: initialSizes,
      lazy: lazySizes,
      initialTotal: totals(initialSizes),
      lazyTotal: totals(lazySizes),
    };
  });

  return {
    graph: useManifest ? 'manifest' : 'html',
    entries: sized,
    missing: entries.filter((entry) => !present.includes(entry)),
    unreferenced: jsFilesIn(dist)
      .filter((file) => !reached.has(file))
      .map((file) => measureFile(dist, file, cache)),
  };
}

const kb = (bytes: number) => (bytes / 1000).toFixed(1);

export function bundleSizesMarkdown(report: BundleReport): string {
  const lines = [
    '| Entry | JS | Files | Raw KB | gzip KB | brotli KB | Budget (gzip) |',
    '| ----- | -- | ----: | -----: | ------: | --------: | ------------- |',
  ];
  for (const entry of report.entries) {
    const budget = BUNDLE_BUDGETS.find((candidate) => candidate.entry === entry.entry);
    const verdict = budget
      ? `≤ ${kb(budget.maxInitialGzipBytes)} ${entry.initialTotal.gzip <= budget.maxInitialGzipBytes ? 'ok' : '**over**'}`
      : '';
    for (const [kind, total, note] of [
      ['initial', entry.initialTotal, verdict],
      ['lazy', entry.lazyTotal, ''],
    ] as const) {
      lines.push(
        `| ${entry.entry} | ${kind} | ${total.files} | ${kb(total.raw)} | ${kb(total.gzip)} | ` +
          `${kb(total.brotli)} | ${note} |`,
      );
    }
  }
  for (const entry of report.missing) lines.push(`| ${entry} | (not built) | | | | | |`);
  return lines.join('\n');
}

export function chunkListMarkdown(report: BundleReport): string {
  const lines = [
    '| Chunk | Loaded by | Raw KB | gzip KB | brotli KB |',
    '| --- | --- | ---: | ---: | ---: |',
  ];
  for (const entry of report.entries) {
    for (const [kind, files] of [
      ['initial', entry.initial],
      ['lazy', entry.lazy],
    ] as const) {
      for (const file of files) {
        lines.push(
          `| ${file.file} | ${entry.entry} (${kind}) | ${kb(file.raw)} | ${kb(file.gzip)} | ${kb(file.brotli)} |`,
        );
      }
    }
  }
  for (const file of report.unreferenced) {
    lines.push(
      `| ${file.file} | nothing | ${kb(file.raw)} | ${kb(file.gzip)} | ${kb(file.brotli)} |`,
    );
  }
  return lines.join('\n');
}

/** For builds with source maps: the biggest original sources in each chunk, by minified size. */
export function chunkContentsMarkdown(dist: string, report: BundleReport, limit = 12): string {
  const files = new Set(report.entries.flatMap((entry) => [...entry.initial, ...entry.lazy]));
  const lines: string[] = [];
  for (const file of [...files].map((size) => size.file).sort()) {
    const lookup = loadSourceMap(join(dist, `${file}.map`));
    if (!lookup) continue;
    const totals = new Map<string, number>();
    for (const [source, size] of lookup.sizeBySource(readFileSync(join(dist, file), 'utf8'))) {
      const label = sourceLabel(source);
      totals.set(label, (totals.get(label) ?? 0) + size);
    }
    const top = [...totals].sort((a, b) => b[1] - a[1]).slice(0, limit);
    lines.push(`${file}: ${top.map(([label, size]) => `${label} ${kb(size)}`).join(', ')}`);
  }
  return lines.length > 0
    ? `Minified KB by original source (build with --sourcemap to see this):\n${lines.join('\n')}`
    : '';
}

function main(): void {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const dist = resolve(process.argv[2] ?? join(root, 'dist'));
  const report = readBundleSizes(dist);
  process.stdout.write(
    `Bundle sizes of ${relative(process.cwd(), dist) || '.'} (graph from ${report.graph})\n\n` +
      `${bundleSizesMarkdown(report)}\n\n${chunkListMarkdown(report)}\n\n` +
      `${chunkContentsMarkdown(dist, report)}\n`,
  );
  const over = BUNDLE_BUDGETS.filter((budget) => {
    const entry = report.entries.find((candidate) => candidate.entry === budget.entry);
    return entry && entry.initialTotal.gzip > budget.maxInitialGzipBytes;
  });
  if (over.length > 0) {
    process.stderr.write(`Over budget: ${over.map((budget) => budget.entry).join(', ')}\n`);
    process.exitCode = 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
