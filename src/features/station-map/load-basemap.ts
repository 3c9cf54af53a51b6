import basemapUrl from 'virtual:korea-basemap';
import provincesUrl from 'virtual:korea-provinces';
import type { LandOutlines, LineOutlines } from './outline-path';

export interface BasemapData {
  /** Land: Korea and its neighbours (Natural Earth), with their ISO ids. */
  readonly land: LandOutlines;
  /** The lines between provinces (KOSTAT), no coastline. */
  readonly borders: LineOutlines;
}

let request: Promise<BasemapData> | null = null;

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Base map ${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/**
 * The base map's geometry, fetched once per page (the dashboard's map and a
 * remounted map share it). These are this build's own assets, written by
 * vite-plugins/, not outside input: they are trusted as typed. A failure
 * leaves the map without land shapes but with its stations, and a later map
 * may try again.
 */
export function loadBasemap(): Promise<BasemapData> {
  request ??= Promise.all([
    fetchJson<LandOutlines>(basemapUrl),
    fetchJson<LineOutlines>(provincesUrl),
  ]).then(([land, borders]) => ({ land, borders }));
  request.catch(() => {
    request = null;
  });
  return request;
}
