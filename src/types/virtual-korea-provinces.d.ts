// Served by vite-plugins/vite-plugin-korea-provinces.ts; derived at build time.
declare module 'virtual:korea-provinces' {
  /** Lines shared by two provinces (시·도), lon/lat; no coastline. */
  const borders: import('geojson').MultiLineString;
  export default borders;
}
