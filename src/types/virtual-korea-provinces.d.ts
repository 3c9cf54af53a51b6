// Served by vite-plugins/vite-plugin-korea-provinces.ts: the URL of the lines
// shared by two provinces (시·도), a GeoJSON MultiLineString made at build time.
declare module 'virtual:korea-provinces' {
  const provincesUrl: string;
  export default provincesUrl;
}
