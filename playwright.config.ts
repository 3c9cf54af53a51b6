/**
 * Browser tests: Debian's Chromium (or CHROMIUM_PATH) drives the *built* app,
 * served on 127.0.0.1 by the servers this config starts and stops. Nothing
 * here downloads a browser.
 *
 * Two projects: `node-server` runs every spec against a small Node static
 * server; `nginx` runs the header checks and the dashboard and embed journeys
 * against real nginx with the shipped deploy/nginx config, so the recommended
 * headers are proven not to break the page. `--project node-server` runs one.
 */
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium';

/** Overridable so that two checkouts can run their browser suites side by side. */
export const APP_PORT = Number(process.env.E2E_APP_PORT ?? 4317);
/** A second origin for the embed tests: a plain portal page that pastes the snippet. */
export const PORTAL_PORT = Number(process.env.E2E_PORTAL_PORT ?? APP_PORT + 1);
/** nginx serving dist/ with deploy/nginx (needs the `nginx` binary; .ci/run installs it). */
export const NGINX_PORT = Number(process.env.E2E_NGINX_PORT ?? APP_PORT + 2);
export const PORTAL_ORIGIN = `http://127.0.0.1:${PORTAL_PORT}`;

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // A ceiling, not a speed check: a test of five page loads takes 17 s on a busy 2-core machine.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${APP_PORT}`,
    locale: 'ko-KR',
    timezoneId: 'Asia/Seoul',
    viewport: { width: 1366, height: 768 },
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    },
  },
  projects: [
    { name: 'node-server', testIgnore: /nginx(-pages)?\.spec\.ts$/ },
    {
      name: 'nginx',
      testMatch: /(nginx|nginx-pages|dashboard|embed)\.spec\.ts$/,
      use: { baseURL: `http://127.0.0.1:${NGINX_PORT}` },
    },
  ],
  webServer: [
    {
      command: `npx tsx tests/e2e/support/serve-dist.ts --port ${APP_PORT}`,
      url: `http://127.0.0.1:${APP_PORT}/`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      // One node process (not npx tsx, whose signal relay can SIGKILL the server mid-cleanup).
      command: `node --import tsx tests/e2e/support/serve-nginx.ts --port ${NGINX_PORT} --portal ${PORTAL_ORIGIN}`,
      url: `http://127.0.0.1:${NGINX_PORT}/`,
      reuseExistingServer: false,
      timeout: 30_000,
      // Lets serve-nginx stop nginx and remove its temp folder.
      gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
    },
    {
      command: `npx tsx tests/e2e/support/serve-portal.ts --port ${PORTAL_PORT} --app-port ${APP_PORT}`,
      url: `http://127.0.0.1:${PORTAL_PORT}/`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
  ],
});
