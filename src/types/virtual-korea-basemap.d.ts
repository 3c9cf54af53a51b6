// Served by vite-plugins/vite-plugin-korea-basemap.ts; the data is cut at build time.
declare module 'virtual:korea-basemap' {
  const basemap: import('geojson').FeatureCollection<
    import('geojson').Polygon | import('geojson').MultiPolygon,
    { role: 'korea' | 'neighbour'; name: string }
  >;
  export default basemap;
}
