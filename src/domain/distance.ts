/**
 * Distances for "near me": great-circle (haversine) on a sphere of the
 * Earth's mean radius. Good to a few metres at Korean distances, which is
 * far finer than the one decimal the list shows.
 */
import type { Observation } from './observation';

export interface LatLon {
  readonly lat: number;
  readonly lon: number;
}

const EARTH_RADIUS_KM = 6371.0088;
const RAD = Math.PI / 180;

export function distanceKm(a: LatLon, b: LatLon): number {
  const dLat = (b.lat - a.lat) * RAD;
  const dLon = (b.lon - a.lon) * RAD;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.lat * RAD) * Math.cos(b.lat * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * The "near me" area: 33.0–38.9° N, 124.5–132.0° E, a box around South
 * Korea from Marado to the DMZ and from Baengnyeongdo to Dokdo. A coarse box
 * on purpose: it turns away Tokyo, Beijing or a wrong GPS fix, not every
 * point at sea (Tsushima and northern Kyushu fall inside it).
 */
export const NEAR_ME_AREA = { south: 33.0, north: 38.9, west: 124.5, east: 132.0 } as const;

export function isInKorea({ lat, lon }: LatLon): boolean {
  return (
    lat >= NEAR_ME_AREA.south &&
    lat <= NEAR_ME_AREA.north &&
    lon >= NEAR_ME_AREA.west &&
    lon <= NEAR_ME_AREA.east
  );
}

/** The placed station closest to `origin`, or null when none is placed. Ties keep list order. */
export function nearestStation(
  stations: readonly Observation[],
  origin: LatLon,
): Observation | null {
  let best: Observation | null = null;
  let bestKm = Infinity;
  for (const station of stations) {
    if (station.position === null) continue;
    const km = distanceKm(origin, station.position);
    if (km < bestKm) {
      best = station;
      bestKm = km;
    }
  }
  return best;
}
