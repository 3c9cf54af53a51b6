// One flat config for the whole repo. The layering rules at the bottom keep
// the architecture honest: shared code never reaches into features, features
// never import each other, and only the map feature may import Leaflet.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import pluginQuery from '@tanstack/eslint-plugin-query';
import globals from 'globals';

const FEATURES = ['observations', 'station-list', 'station-map', 'news', 'embed'];

/** Features may use shared code, but never another feature (app/ wires them). */
const featureIsolation = FEATURES.map((feature) => ({
  files: [`src/features/${feature}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: FEATURES.filter((other) => other !== feature && other !== 'observations').map(
              (other) => `**/features/${other}/**`,
            ),
            message: 'Features do not import each other; wire them in src/app/.',
          },
          { group: ['**/app/**'], message: 'Features never import from the app layer.' },
          ...(feature === 'station-map'
            ? []
            : [
                {
                  group: ['leaflet', 'react-leaflet', 'leaflet/*'],
                  message: 'Only src/features/station-map imports Leaflet (it is lazy-loaded).',
                },
              ]),
        ],
      },
    ],
  },
}));

export default tseslint.config(
  {
    ignores: [
      'dist',
      'node_modules',
      'coverage',
      'bench/results',
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
    files: ['src/components/**', 'src/lib/**', 'src/config/**', 'src/utils/**', 'src/i18n/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/features/**', '**/app/**'],
              message: 'Shared code depends on nothing above it.',
            },
            {
              group: ['leaflet', 'react-leaflet'],
              message: 'Only src/features/station-map imports Leaflet.',
            },
          ],
        },
      ],
    },
  },
  ...featureIsolation,
  {
    files: ['src/ingest/**', 'build/**', 'bench/**', 'tests/**', '*.config.{ts,js}', 'scripts/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
