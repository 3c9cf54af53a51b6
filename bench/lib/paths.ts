import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const DEFAULT_DIST = join(ROOT, 'dist');
export const RESULTS_DIR = join(ROOT, 'bench', 'results');
export const FLOOR_DIR = join(ROOT, 'bench', 'floor');
/** Leaflet's dist/ folder (leaflet.js, leaflet.css), wherever npm put it. */
export const LEAFLET_DIR = dirname(
  createRequire(import.meta.url).resolve('leaflet/dist/leaflet.js'),
);
