/**
 * The production build under the strict Content-Security-Policy documented
 * in the README's Security section, served with that header by a second static
 * server. (nginx.spec.ts checks the same policy as deploy/nginx sends it.)
 * Any `securitypolicyviolation` fails the test.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PORTAL_ORIGIN } from '../../playwright.config';
import { DASHBOARD_POLICY, embedPolicy, watchViolations } from './support/csp';
import { expect, test } from './support/dashboard';
import { startStaticServer } from './support/static-server';

/** The widget: only the portals that may frame it (here, a test origin). */
const EMBED_POLICY = embedPolicy(PORTAL_ORIGIN);

let dashboardServer: Server;
let embedServer: Server;
const origin = (server: Server) => `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

test.beforeAll(async () => {
  dashboardServer = await startStaticServer({
    root: 'dist',
    port: 0,
    headers: { 'Content-Security-Policy': DASHBOARD_POLICY },
  });
  embedServer = await startStaticServer({
    root: 'dist',
    port: 0,
    headers: { 'Content-Security-Policy': EMBED_POLICY },
  });
});

test.afterAll(async () => {
  for (const server of [dashboardServer, embedServer]) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

test('the dashboard runs under the strict policy: 97 stations, details, theme, language', async ({
  dashboard,
  page,
}) => {
  const violations = await watchViolations(page);
  await page.goto(`${origin(dashboardServer)}/`);
  await expect(dashboard.listCount).toHaveText('97개 중 97개');
  await dashboard.expectStationsDrawn(97);
  await dashboard.chip('맑음').click();
  await dashboard.expectStationsDrawn(45);
  await dashboard.rows.first().click();
  await expect(dashboard.details).toBeVisible();
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expect(dashboard.listCount).toHaveText('45 of 97');
  expect(await violations()).toEqual([]);
});

for (const view of ['ticker', 'card', 'map'] as const) {
  test(`the ${view} widget runs under the embed policy`, async ({ page }) => {
    const violations = await watchViolations(page);
    await page.goto(`${origin(embedServer)}/embed.html?view=${view}`);
    await expect(page.locator('#root')).toContainText('기상청 제공');
    if (view === 'map') await expect(page.locator('.leaflet-container')).toBeVisible();
    else await expect(page.locator('#root')).toContainText('℃');
    expect(await violations()).toEqual([]);
  });
}
