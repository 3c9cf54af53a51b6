import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const DEFAULT_DIST = join(ROOT, 'dist');
export const RESULTS_DIR = join(ROOT, 'bench', 'results');
export const FLOOR_DIR = join(ROOT, 'bench', 'floor');
/** The bare react-leaflet floor: its sources, and the build `npm run bench` makes of them. */
export const REACT_FLOOR_CONFIG = join(ROOT, 'bench', 'floor-react', 'vite.config.ts');
export const REACT_FLOOR_DIST = join(ROOT, 'bench', 'floor-react', 'dist');
/** Leaflet's dist/ folder (leaflet.js, leaflet.css), wherever npm put it. */
export const LEAFLET_DIR = dirname(
  createRequire(import.meta.url).resolve('leaflet/dist/leaflet.js'),
);
