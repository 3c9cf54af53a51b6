import { fileURLToPath } from 'node:url';
import type { Alias } from 'vite';

/**
 * The app's `leaflet`: only the parts the map uses, from Leaflet's source
 * modules (`src/features/station-map/leaflet-parts.js`, which says what is
 * left out and why). The React floor of the bench keeps the whole of
 * Leaflet (`leaflet-esm.ts`), as a bare react-leaflet page would.
 */
export const leafletParts: Alias = {
  find: /^leaflet$/,
  replacement: fileURLToPath(
    new URL('../src/features/station-map/leaflet-parts.js', import.meta.url),
  ),
};
