/**
 * Just enough of source maps (v3) to say which original file a (line,
 * column) of a built chunk came from: react-dom, leaflet, the base map, a
 * module in src/. Used by bench/trace.ts on builds made with `--sourcemap`.
 */
import { existsSync, readFileSync } from 'node:fs';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Map([...BASE64].map((char, index) => [char, index]));

/** One line's segments as [generatedColumn, sourceIndex] (−1 when unmapped), by column. */
type LineSegments = [column: number, source: number][];

function decodeMappings(mappings: string): LineSegments[] {
  const lines: LineSegments[] = [];
  let source = 0;
  for (const line of mappings.split(';')) {
    const segments: LineSegments = [];
    let column = 0;
    for (const segment of line.split(',')) {
      if (!segment) continue;
      const fields: number[] = [];
      let value = 0;
      let shift = 0;
      for (const char of segment) {
        const digit = DIGIT.get(char) ?? 0;
        value += (digit & 31) << shift;
        if (digit & 32) {
          shift += 5;
        } else {
          fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      column += fields[0] ?? 0;
      if (fields.length >= 4) source += fields[1]!;
      segments.push([column, fields.length >= 4 ? source : -1]);
    }
    lines.push(segments);
  }
  return lines;
}

export interface SourceLookup {
  /** The original source of a 0-based (line, column) in the generated file, or null. */
  sourceAt(line: number, column: number): string | null;
  /** Generated characters per original source, given the generated code. */
  sizeBySource(code: string): Map<string, number>;
}

export function loadSourceMap(path: string): SourceLookup | null {
  if (!existsSync(path)) return null;
  const map = JSON.parse(readFileSync(path, 'utf8')) as { sources: string[]; mappings: string };
  const lines = decodeMappings(map.mappings);
  return {
    sourceAt(line, column) {
      const segments = lines[line];
      if (!segments || segments.length === 0) return null;
      let low = 0;
      let high = segments.length - 1;
      while (low < high) {
        const middle = (low + high + 1) >> 1;
        if (segments[middle]![0] <= column) low = middle;
        else high = middle - 1;
      }
      const index = segments[low]![1];
      return index >= 0 ? (map.sources[index] ?? null) : null;
    },
    sizeBySource(code) {
      const sizes = new Map<string, number>();
      code.split('\n').forEach((text, line) => {
        const segments = lines[line] ?? [];
        segments.forEach(([column, index], i) => {
          const end = segments[i + 1]?.[0] ?? text.length;
          const source = index >= 0 ? (map.sources[index] ?? '(unmapped)') : '(unmapped)';
          sizes.set(source, (sizes.get(source) ?? 0) + Math.max(0, end - column));
        });
      });
      return sizes;
    },
  };
}

/** `../node_modules/react-dom/cjs/x.js` → `react-dom`; `../src/a/b.ts` → `src/a/b.ts`. */
export function sourceLabel(source: string): string {
  const nodeModule = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  if (nodeModule) return nodeModule[1]!;
  if (source.includes('korea-basemap')) return 'base map data (virtual:korea-basemap)';
  const src = /(?:^|\/)(src\/.*)$/.exec(source);
  return src ? src[1]! : source;
}
