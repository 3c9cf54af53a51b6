/**
 * Builds the bare react-leaflet floor (bench/floor-react) the way the app is
 * built: production mode, the same React plugin, target and Leaflet build. `npm run bench`
 * builds it into bench/floor-react/dist before measuring.
 */
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { leafletEsm } from '../../vite-plugins/leaflet-esm.ts';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [react()],
  resolve: { alias: [leafletEsm] },
  logLevel: 'warn',
  build: { target: 'es2022', outDir: 'dist', emptyOutDir: true },
});
