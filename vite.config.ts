/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { koreaBasemap } from './build/vite-plugin-korea-basemap.ts';

export default defineConfig({
  // Relative asset URLs: the build runs from any path on any static host or CDN.
  base: './',
  plugins: [react(), koreaBasemap()],
  build: {
    target: 'es2022',
    rollupOptions: {
      input: {
        main: 'index.html',
      },
    },
  },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'jsdom',
    setupFiles: ['tests/unit/setup.ts'],
    restoreMocks: true,
  },
});
