/**
 * Draws the folder map of src/ from the real imports, as a Mermaid flowchart:
 *   npx tsx scripts/architecture.ts           print the diagram
 *   npx tsx scripts/architecture.ts --write   put it into docs/architecture.md
 * (`npm run docs:architecture` does the second.) A unit test regenerates it and
 * fails when the doc is stale, so the picture cannot drift from the code.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';

export const ROOT = path.resolve(import.meta.dirname, '..');
export const DOC_PATH = path.join(ROOT, 'docs/architecture.md');
export const START_MARKER = '<!-- architecture-diagram:start (npm run docs:architecture) -->';
export const END_MARKER = '<!-- architecture-diagram:end -->';

const SOURCE_FILE = /\.(ts|tsx)$/;
/** What an import specifier without an extension may name, in the bundler's order. */
const RESOLVE_SUFFIXES = ['', '.ts', '.tsx', '.d.ts', '/index.ts', '/index.tsx'];

function listSourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return listSourceFiles(full);
    return SOURCE_FILE.test(entry.name) ? [full] : [];
  });
}

function resolveRelative(fromFile: string, specifier: string): string {
  const base = path.resolve(path.dirname(fromFile), specifier);
  for (const suffix of RESOLVE_SUFFIXES) {
    const candidate = base + suffix;
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  // A broken import would draw a wrong picture; the build would fail on it too.
  throw new Error(`${path.relative(ROOT, fromFile)}: cannot resolve '${specifier}'`);
}

/**
 * The folder a file belongs to: each feature on its own, the entry files
 * together, and otherwise the top-level folder under src/.
 */
export function folderOf(srcDir: string, file: string): string {
  const parts = path.relative(srcDir, file).split(path.sep);
  if (parts.length === 1) return 'entries';
  if (parts[0] === 'features' && parts.length > 2) return `features/${parts[1]}`;
  return parts[0]!;
}

export interface FolderGraph {
  readonly folders: readonly string[];
  /** `from` imports something in `to`; sorted, without self-edges. */
  readonly edges: readonly (readonly [from: string, to: string])[];
}

/** Every relative import (static, type-only, re-export or dynamic) of every file under srcDir. */
export function scanFolderGraph(srcDir: string): FolderGraph {
  const folders = new Set<string>();
  const edges = new Set<string>();
  for (const file of listSourceFiles(srcDir)) {
    const from = folderOf(srcDir, file);
    folders.add(from);
    const { importedFiles } = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true);
    for (const { fileName } of importedFiles) {
      if (!fileName.startsWith('.')) continue; // packages are not folders of ours
      const to = folderOf(srcDir, resolveRelative(file, fileName));
      folders.add(to);
      if (to !== from) edges.add(`${from}\n${to}`);
    }
  }
  return {
    folders: [...folders].sort(),
    edges: [...edges].sort().map((edge) => edge.split('\n') as [string, string]),
  };
}

const nodeId = (folder: string) => folder.replace(/[^a-zA-Z0-9]/g, '_');

/** The graph as Mermaid text: features grouped in one box, nodes and edges in sorted order. */
export function toMermaid({ folders, edges }: FolderGraph): string {
  const features = folders.filter((folder) => folder.startsWith('features/'));
  const others = folders.filter((folder) => !folder.startsWith('features/'));
  const lines = ['flowchart TD'];
  for (const folder of others) lines.push(`  ${nodeId(folder)}["${folder}"]`);
  lines.push('  subgraph features');
  for (const folder of features) {
    lines.push(`    ${nodeId(folder)}["${folder.slice('features/'.length)}"]`);
  }
  lines.push('  end');
  for (const [from, to] of edges) lines.push(`  ${nodeId(from)} --> ${nodeId(to)}`);
  return lines.join('\n');
}

export function generateDiagram(srcDir = path.join(ROOT, 'src')): string {
  return toMermaid(scanFolderGraph(srcDir));
}

/** The doc with the block between the markers replaced by this diagram. */
export function withDiagram(doc: string, diagram: string): string {
  const start = doc.indexOf(START_MARKER);
  const end = doc.indexOf(END_MARKER);
  if (start < 0 || end < start) {
    throw new Error(`docs/architecture.md lacks the markers ${START_MARKER} … ${END_MARKER}`);
  }
  const block = `${START_MARKER}\n\n\`\`\`mermaid\n${diagram}\n\`\`\`\n\n`;
  return doc.slice(0, start) + block + doc.slice(end);
}

function main(): void {
  const diagram = generateDiagram();
  if (!process.argv.includes('--write')) {
    console.log(diagram);
    return;
  }
  fs.writeFileSync(DOC_PATH, withDiagram(fs.readFileSync(DOC_PATH, 'utf8'), diagram));
  console.log(`Updated ${path.relative(ROOT, DOC_PATH)}`);
}

// Run only as a command, not when the unit test imports the functions.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
