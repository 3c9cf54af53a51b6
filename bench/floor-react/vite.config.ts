/**
 * Builds the bare react-leaflet floor (bench/floor-react) the way the app is
 * built: production mode, the same React plugin and target. `npm run bench`
 * builds it into bench/floor-react/dist before measuring.
 */
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [react()],
  logLevel: 'warn',
  build: { target: 'es2022', outDir: 'dist', emptyOutDir: true },
});
