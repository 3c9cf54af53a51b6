// Served by vite-plugins/vite-plugin-korea-basemap.ts: the URL of the base map
// (cut at build time, `LandOutlines` in outline-path.ts), fetched by the map feature.
declare module 'virtual:korea-basemap' {
  const basemapUrl: string;
  export default basemapUrl;
}
