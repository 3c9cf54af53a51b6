/**
 * The import fences are only worth having if they fire. These tests hand
 * ESLint a file with a forbidden import, exactly as a contributor would
 * write it, and expect the real config to reject it.
 */
import { ESLint } from 'eslint';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');
const NEW_FEATURE = path.join(root, 'src/features/zz-fence-probe');

let eslint: ESLint;

beforeAll(() => {
  // A feature folder that the config has never heard of: it must be fenced too.
  fs.mkdirSync(NEW_FEATURE, { recursive: true });
  fs.writeFileSync(path.join(NEW_FEATURE, 'probe.ts'), 'export const probe = 1;\n');
  eslint = new ESLint({ cwd: root });
});

afterAll(() => {
  fs.rmSync(NEW_FEATURE, { recursive: true, force: true });
});

async function lintAs(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

describe('import fences', { timeout: 60_000 }, () => {
  it.each([
    [
      'a feature importing another feature by a relative path',
      'src/features/news/x.ts',
      "export { StationList } from '../station-list/station-list';",
    ],
    [
      'a feature importing the app layer',
      'src/features/station-list/x.ts',
      "export { Dashboard } from '../../app/dashboard';",
    ],
    [
      'station-details importing the list',
      'src/features/station-details/x.ts',
      "export { StationRow } from '../station-list/station-row';",
    ],
    [
      'a new feature folder importing another feature',
      'src/features/zz-fence-probe/x.ts',
      "export { NewsPanel } from '../news/news-panel';",
    ],
    [
      'another feature importing the new feature',
      'src/features/news/x.ts',
      "export { probe } from '../zz-fence-probe/probe';",
    ],
    [
      'the domain importing a feature',
      'src/domain/x.ts',
      "export { SearchBox } from '../features/station-list/search-box';",
    ],
    [
      'the domain importing the data layer',
      'src/domain/x.ts',
      "export { observationsQueryOptions } from '../data/observations-query';",
    ],
    [
      'shared components importing a feature',
      'src/components/x.ts',
      "export { NewsBadge } from '../features/news/news-badge';",
    ],
    [
      'the ingest importing browser config',
      'src/ingest/x.ts',
      "export { config } from '../config/env';",
    ],
    [
      'the ingest importing a feature',
      'src/ingest/x.ts',
      "export { widgetParams } from '../features/embed/parse-widget-params';",
    ],
  ])('rejects %s', async (_story, file, code) => {
    expect(await lintAs(file, code)).toContain('import-x/no-restricted-paths');
  });

  it('rejects Leaflet outside the map feature', async () => {
    expect(
      await lintAs('src/features/station-list/x.ts', "export { map } from 'leaflet';"),
    ).toContain('no-restricted-imports');
  });

  it.each([
    [
      'a feature using the domain',
      'src/features/news/x.ts',
      "export { stationName } from '../../domain/station-name';",
    ],
    [
      'the app wiring a feature',
      'src/app/x.ts',
      "export { StationList } from '../features/station-list/station-list';",
    ],
    [
      'the ingest using the domain',
      'src/ingest/x.ts',
      "export { CONDITIONS } from '../domain/conditions';",
    ],
    [
      'the map feature using Leaflet',
      'src/features/station-map/x.ts',
      "export { map } from 'leaflet';",
    ],
  ])('allows %s', async (_story, file, code) => {
    expect(await lintAs(file, code)).toEqual([]);
  });
});
