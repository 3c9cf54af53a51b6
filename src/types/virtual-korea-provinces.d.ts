// Served by vite-plugins/vite-plugin-korea-provinces.ts: the URL of the lines
// shared by two provinces (시·도), made at build time (`LineOutlines`, outline-path.ts).
declare module 'virtual:korea-provinces' {
  const provincesUrl: string;
  export default provincesUrl;
}
