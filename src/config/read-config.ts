/**
 * Configuration from Vite's env variables (see .env.example), as a pure
 * function: the app calls it once (config/env.ts) and the build calls it to
 * preload the configured feed. Bad values fall back to defaults with a
 * console warning instead of breaking the page.
 */
export interface AppConfig {
  readonly observationsUrl: string;
  /** The last hours (`data/history.json` by default); a 404 there means no history. */
  readonly historyUrl: string;
  readonly newsUrl: string;
  readonly refreshIntervalMs: number;
  /** Optional raster tiles; null means the bundled offline vector map. */
  readonly tiles: { readonly url: string; readonly attribution: string } | null;
}

const DEFAULT_REFRESH_MINUTES = 10;

function readRefreshMinutes(raw: string | undefined): number {
  if (raw === undefined || raw.trim() === '') return DEFAULT_REFRESH_MINUTES;
  const minutes = Number(raw);
  if (Number.isFinite(minutes) && minutes >= 1 && minutes <= 24 * 60) return minutes;
  console.warn(
    `[nalssi] VITE_REFRESH_MINUTES=${raw} is not 1…1440; using ${DEFAULT_REFRESH_MINUTES}.`,
  );
  return DEFAULT_REFRESH_MINUTES;
}

function readTiles(url: string | undefined, attribution: string | undefined): AppConfig['tiles'] {
  if (!url?.trim()) return null;
  // Placeholders in any order: some servers use …/{z}/{y}/{x}.
  const isTemplate =
    /^https:\/\/\S+$/.test(url) &&
    ['{z}', '{x}', '{y}'].every((placeholder) => url.includes(placeholder));
  if (!isTemplate) {
    console.warn(
      '[nalssi] VITE_TILE_URL must be an https URL template with {z}, {x} and {y}; using the vector map.',
    );
    return null;
  }
  return { url, attribution: attribution?.trim() ?? '' };
}

export function readConfig(env: Record<string, string | undefined>): AppConfig {
  const base = env.BASE_URL ?? './';
  return {
    // Relative to the page by default, so the build works under any path on any static host.
    observationsUrl: env.VITE_OBSERVATIONS_URL?.trim() || `${base}data/observations.json`,
    historyUrl: env.VITE_HISTORY_URL?.trim() || `${base}data/history.json`,
    newsUrl: env.VITE_NEWS_URL?.trim() || `${base}data/news.json`,
    refreshIntervalMs: readRefreshMinutes(env.VITE_REFRESH_MINUTES) * 60_000,
    tiles: readTiles(env.VITE_TILE_URL, env.VITE_TILE_ATTRIBUTION),
  };
}
