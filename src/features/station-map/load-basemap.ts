import basemapUrl from 'virtual:korea-basemap';
import type { BasemapSource } from './basemap-paths';

let request: Promise<BasemapSource> | null = null;

/**
 * The base map geometry, fetched once per page (the dashboard's map and a
 * remounted map share it). It is this build's own asset, written by
 * vite-plugins/korea-basemap.ts, not outside input: it is trusted as typed.
 * A failure leaves the map without land shapes but with its stations.
 */
export function loadBasemap(): Promise<BasemapSource> {
  request ??= fetch(basemapUrl).then((response) => {
    if (!response.ok) throw new Error(`Base map: HTTP ${response.status}`);
    return response.json() as Promise<BasemapSource>;
  });
  request.catch(() => {
    request = null; // a later map may try again
  });
  return request;
}
