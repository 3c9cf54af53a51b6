/**
 * Browser tests: Debian's Chromium (or CHROMIUM_PATH) drives the *built* app,
 * served on 127.0.0.1 by a small static server that this config starts and
 * stops. Nothing here downloads a browser.
 */
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium';

/** Overridable so that two checkouts can run their browser suites side by side. */
export const APP_PORT = Number(process.env.E2E_APP_PORT ?? 4317);
/** A second origin for the embed tests: a plain portal page that pastes the snippet. */
export const PORTAL_PORT = Number(process.env.E2E_PORTAL_PORT ?? APP_PORT + 1);

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
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
  webServer: [
    {
      command: `npx tsx tests/e2e/support/serve-dist.ts --port ${APP_PORT}`,
      url: `http://127.0.0.1:${APP_PORT}/`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      command: `npx tsx tests/e2e/support/serve-portal.ts --port ${PORTAL_PORT}`,
      url: `http://127.0.0.1:${PORTAL_PORT}/`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
  ],
});
