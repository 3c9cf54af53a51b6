// One flat config for the whole repo. The layering rules at the bottom keep
// the architecture honest: shared code never reaches into features, features
// never import each other, and only the map feature may import Leaflet.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import pluginQuery from '@tanstack/eslint-plugin-query';
import globals from 'globals';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import fs from 'node:fs';

// The layers, bottom to top. Each may import only from the layers listed for it.
// Boundaries are checked on resolved file paths, so a relative import
// ('../station-list/…') is caught exactly like any other spelling.
const BASE = ['src/utils', 'src/i18n', 'src/lib', 'src/config'];
const LAYERS = {
  base: { folders: BASE, mayImport: BASE },
  domain: { folders: ['src/domain'], mayImport: [...BASE, 'src/domain'] },
  shared: {
    folders: ['src/data', 'src/components'],
    mayImport: [...BASE, 'src/domain', 'src/data', 'src/components'],
  },
  // The Node ingest command: the domain (feed contract, conditions, catalog) and plain helpers.
  ingest: { folders: ['src/ingest'], mayImport: ['src/ingest', 'src/domain', 'src/utils'] },
};
const TOP_LEVEL = [
  'src/app',
  'src/features',
  'src/ingest',
  'src/data',
  'src/components',
  'src/domain',
  ...BASE,
];

/** Every folder under src/features is a feature: new ones are fenced without editing this file. */
const FEATURES = fs
  .readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => `src/features/${entry.name}`);

const zonesFor = (folders, mayImport, message) =>
  folders.map((target) => ({
    target: `./${target}`,
    from: TOP_LEVEL.filter((folder) => !mayImport.includes(folder)).map((folder) => `./${folder}`),
    message,
  }));

const layerZones = Object.entries(LAYERS).flatMap(([name, { folders, mayImport }]) =>
  zonesFor(folders, mayImport, `The ${name} layer imports only from: ${mayImport.join(', ')}.`),
);

const featureZones = FEATURES.map((feature) => ({
  target: `./${feature}`,
  from: [
    './src/app',
    ...FEATURES.filter((other) => other !== feature).map((other) => `./${other}`),
  ],
  message: 'Features never import each other or the app; src/app wires them with props.',
}));

export default tseslint.config(
  {
    ignores: [
      'dist',
      'node_modules',
      'coverage',
      'bench/results',
      'bench/floor-react/dist',
      'test-results',
      'playwright-report',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  ...pluginQuery.configs['flat/recommended'],
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // With noUncheckedIndexedAccess, `a[i]!` inside a bounds-checked loop is the honest spelling.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Only relevant to the React Compiler, which this project does not use.
      'react-hooks/incompatible-library': 'off',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/ingest/**'],
    rules: {
      // Data is rendered as text, never as markup.
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'No HTML strings: render data as text.',
        },
        {
          selector: 'AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]',
          message: 'No HTML strings: use textContent or React.',
        },
        {
          selector:
            'CallExpression[callee.property.name=/^(bindPopup|bindTooltip|insertAdjacentHTML)$/]',
          message: 'These insert strings as HTML; render React components instead.',
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver()] },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: [...layerZones, ...featureZones] }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/features/station-map/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['leaflet', 'leaflet/*', 'react-leaflet', 'react-leaflet/*'],
              message: 'Only src/features/station-map imports Leaflet (it is lazy-loaded).',
            },
          ],
        },
      ],
    },
  },
  {
    files: [
      'src/ingest/**',
      'vite-plugins/**',
      'bench/**',
      'tests/**',
      '*.config.{ts,js}',
      'scripts/**',
    ],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
