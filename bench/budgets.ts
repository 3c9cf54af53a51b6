/**
 * Bundle budgets, in bytes of gzip (level 9) with KB = 1,000 bytes, as Vite
 * prints them, on "JavaScript before first draw": the entry chunk, every
 * chunk the HTML preloads (the map chunk with Leaflet among them) and their
 * static imports. Chunks loaded with import() and not preloaded do not count.
 * Checked by tests/build-output/bundle-budgets.test.ts against `dist/`.
 */
export interface BundleBudget {
  /** The HTML entry in the project root and in dist/. */
  readonly entry: string;
  readonly label: string;
  readonly maxInitialGzipBytes: number;
}

export const BUNDLE_BUDGETS: readonly BundleBudget[] = [
  // 1.25× the bare React 19 + react-leaflet 5 + TanStack Query stack (118.6 KB).
  { entry: 'index.html', label: 'Dashboard', maxInitialGzipBytes: 148_000 },
  // The ticker and card embeds ship without Leaflet.
  { entry: 'embed.html', label: 'Embed (ticker and card)', maxInitialGzipBytes: 75_000 },
];
