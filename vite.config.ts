/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { earlyRequests } from './vite-plugins/vite-plugin-early-requests.ts';
import { compileHints } from './vite-plugins/vite-plugin-compile-hints.ts';
import { embedBudget } from './vite-plugins/vite-plugin-embed-budget.ts';
import { embedLoader } from './vite-plugins/vite-plugin-embed-loader.ts';
import { leafletParts } from './vite-plugins/leaflet-parts.ts';
import { koreaBasemap } from './vite-plugins/vite-plugin-korea-basemap.ts';
import { koreaProvinces } from './vite-plugins/vite-plugin-korea-provinces.ts';
import { preloadCritical } from './vite-plugins/vite-plugin-preload-critical.ts';

export default defineConfig({
  // Relative asset URLs: the build runs from any path on any static host or CDN.
  base: './',
  plugins: [
    react(),
    koreaBasemap(),
    koreaProvinces(),
    embedLoader(),
    embedBudget(),
    preloadCritical(),
    earlyRequests(),
    compileHints(),
  ],
  resolve: { alias: [leafletParts] },
  build: {
    target: 'es2022',
    // Safari before 17 ignores modulepreload links and fetches those chunks when
    // they are imported; the polyfill would cost 0.4 KB gzip on every load.
    modulePreload: { polyfill: false },
    // The chunk graph, so bench/bundle-sizes.ts can tell initial from lazy chunks exactly.
    manifest: true,
    rollupOptions: {
      output: {
        // Chunks named for what they hold. Otherwise es-hangul's is named after its folder
        // (`dist`), and React's and Leaflet's after a small module of ours that landed in them
        // (`load-basemap`, `use-canvas-overlay`), which misleads anyone reading a trace.
        codeSplitting: {
          groups: [
            { name: 'es-hangul', test: /node_modules[\\/]es-hangul[\\/]/ },
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: 'leaflet', test: /node_modules[\\/]leaflet[\\/]/ },
          ],
        },
      },
      input: {
        main: 'index.html',
        // The portal widget; its loader, dist/embed.js, comes from the embedLoader plugin.
        embed: 'embed.html',
      },
    },
  },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  test: {
    restoreMocks: true,
    // Vitest's default leaves one of two cores idle; the files are independent.
    maxWorkers: '100%',
    // Generous: shared CI machines run several times slower than a laptop (no test is timed).
    testTimeout: 15_000,
    projects: [
      {
        // Logic without a page: no jsdom to set up. A `.ts` test that needs a DOM says so
        // in its first line (`// @vitest-environment jsdom`).
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['tests/unit/setup.ts'],
        },
      },
      {
        // Components rendered with Testing Library.
        extends: true,
        test: {
          name: 'component',
          include: ['tests/unit/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['tests/unit/setup.ts'],
        },
      },
      {
        // Reads dist/: runs after `npm run build` (`npm run test:build-output`).
        extends: true,
        test: {
          name: 'build-output',
          include: ['tests/build-output/**/*.test.ts'],
          environment: 'node',
        },
      },
    ],
  },
});
