// Served by vite-plugins/vite-plugin-korea-basemap.ts: the URL of the base map
// (GeoJSON cut at build time), fetched by the map feature.
declare module 'virtual:korea-basemap' {
  const basemapUrl: string;
  export default basemapUrl;
}
