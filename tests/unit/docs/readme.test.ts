/**
 * The README stays short (the guides live in docs/) and its dependency table
 * says the truth about package.json: every package is named once, in the
 * right kind (runtime or dev), and nothing that is not a dependency.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, readDoc } from './markdown';

const README_MAX_BYTES = 12 * 1024;

interface PackageJson {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
}
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as PackageJson;

/** `@scope/{a,b}` names both packages; `@types/*` names every package of the scope. */
function expand(name: string): string[] {
  const braces = /^(.*)\{(.+)\}$/.exec(name);
  return braces ? braces[2]!.split(',').map((part) => braces[1]! + part) : [name];
}

/** Rows of the README's dependency table: the packages named and their kind. */
function dependencyRows(): { names: string[]; kind: string }[] {
  const section = readDoc('README.md').split('## Dependencies')[1]?.split('\n## ')[0] ?? '';
  return section
    .split('\n')
    .filter((line) => /^\| `/.test(line))
    .map((line) => {
      const [packages = '', kind = ''] = line
        .split('|')
        .slice(1)
        .map((cell) => cell.trim());
      const names = [...packages.matchAll(/`([^`]+)`/g)].flatMap((m) => expand(m[1]!));
      return { names, kind };
    });
}

function covers(names: readonly string[], dependency: string): boolean {
  return names.some((name) =>
    name.endsWith('/*') ? dependency.startsWith(name.slice(0, -1)) : name === dependency,
  );
}

describe('README.md', () => {
  it(`is at most ${README_MAX_BYTES} bytes`, () => {
    const bytes = fs.statSync(path.join(ROOT, 'README.md')).size;
    expect(bytes, 'Move detail into docs/ and link it').toBeLessThanOrEqual(README_MAX_BYTES);
  });

  it.each([
    ['runtime', Object.keys(pkg.dependencies)],
    ['dev', Object.keys(pkg.devDependencies)],
  ])('names every %s dependency as that kind', (kind, dependencies) => {
    const named = dependencyRows()
      .filter((row) => row.kind === kind)
      .flatMap((row) => row.names);
    const missing = dependencies.filter((dependency) => !covers(named, dependency));
    expect(missing, `add them to the README's ${kind} rows`).toEqual([]);
  });

  it('names nothing that is not a dependency of that kind', () => {
    const declared = { runtime: pkg.dependencies, dev: pkg.devDependencies };
    const stray = dependencyRows().flatMap(({ names, kind }) =>
      names
        .filter((name) => !name.endsWith('/*'))
        .filter((name) => !(name in (declared[kind as keyof typeof declared] ?? {})))
        .map((name) => `${name} (${kind})`),
    );
    expect(stray).toEqual([]);
  });
});
