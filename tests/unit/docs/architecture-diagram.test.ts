/**
 * The diagram in docs/architecture.md is generated from the imports under
 * src/. When a folder or an import between folders changes, this test fails
 * until the doc is regenerated.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  DOC_PATH,
  END_MARKER,
  START_MARKER,
  generateDiagram,
  scanFolderGraph,
  withDiagram,
} from '../../../scripts/architecture';

const FIX = 'npm run docs:architecture (npx tsx scripts/architecture.ts --write)';

describe('docs/architecture.md', () => {
  it('shows the folder graph of the current imports', () => {
    const doc = fs.readFileSync(DOC_PATH, 'utf8');
    const fresh = withDiagram(doc, generateDiagram());
    expect(doc === fresh, `The architecture diagram is stale. Run: ${FIX}`).toBe(true);
  });
});

describe('scanFolderGraph', () => {
  let dir = '';
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  function tree(files: Record<string, string>): string {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nalssi-arch-'));
    for (const [name, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      fs.writeFileSync(path.join(dir, name), text);
    }
    return dir;
  }

  it('draws one edge per pair of folders, from every kind of relative import', () => {
    const src = tree({
      'main.tsx': "import './app/app';\n",
      'app/app.tsx':
        "import type { A } from '../domain/a';\nconst map = () => import('../features/map/map');\nexport { b } from '../features/list';\n",
      'features/map/map.tsx': "import { a } from '../../domain/a.ts';\nimport 'leaflet';\n",
      'features/list/index.ts': "import { a } from '../../domain/a';\nexport const b = a;\n",
      'domain/a.ts': "import { c } from './c';\nexport type A = 1;\nexport const a = c;\n",
      'domain/c.ts': 'export const c = 1;\n',
    });
    expect(scanFolderGraph(src)).toEqual({
      folders: ['app', 'domain', 'entries', 'features/list', 'features/map'],
      edges: [
        ['app', 'domain'],
        ['app', 'features/list'],
        ['app', 'features/map'],
        ['entries', 'app'],
        ['features/list', 'domain'],
        ['features/map', 'domain'],
      ],
    });
  });

  it('refuses an import it cannot resolve rather than drawing a wrong picture', () => {
    const src = tree({ 'app/app.ts': "import '../nowhere/gone';\n" });
    expect(() => scanFolderGraph(src)).toThrow(/app\.ts: cannot resolve '\.\.\/nowhere\/gone'/);
  });
});

describe('withDiagram', () => {
  it('replaces only the block between the markers', () => {
    const doc = `# Title\n\n${START_MARKER}\nold\n${END_MARKER}\n\nAfter.\n`;
    expect(withDiagram(doc, 'flowchart TD')).toBe(
      `# Title\n\n${START_MARKER}\n\n\`\`\`mermaid\nflowchart TD\n\`\`\`\n\n${END_MARKER}\n\nAfter.\n`,
    );
  });

  it('fails when the markers are missing', () => {
    expect(() => withDiagram('# Title\n', 'flowchart TD')).toThrow(/lacks the markers/);
  });
});
