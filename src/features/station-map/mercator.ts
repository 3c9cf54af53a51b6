/**
 * Web Mercator at zoom 0 (the 256-pixel world of Leaflet's default CRS),
 * written out so that projecting 10,000 stations or base-map vertices
 * allocates nothing. Multiply by 2^zoom for any other zoom.
 */
const TILE_SIZE = 256;
/** Leaflet's SphericalMercator clamps latitude here, where the projection reaches infinity. */
const MAX_LATITUDE = 85.0511287798;

export function mercatorX(lon: number): number {
  return TILE_SIZE * (0.5 + lon / 360);
}

export function mercatorY(lat: number): number {
  const clamped = Math.max(Math.min(lat, MAX_LATITUDE), -MAX_LATITUDE);
  const sin = Math.sin((clamped * Math.PI) / 180);
  return TILE_SIZE * (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI));
}
