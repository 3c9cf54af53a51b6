/**
 * The pages in Chromium under the headers real nginx sends with the shipped
 * deploy/nginx config (nginx.spec.ts checks the headers themselves): not one
 * CSP violation while the dashboard works and while the widget renders framed
 * by the allowed portal, and no widget at all for a portal not on the list.
 */
import { mergeTests } from '@playwright/test';
import { PORTAL_PORT } from '../../playwright.config';
import { watchViolations } from './support/csp';
import { test as dashboardTest } from './support/dashboard';
import { expect, test as portalTest } from './support/portal';

const test = mergeTests(dashboardTest, portalTest);

test.describe('the pages under those headers', () => {
  test('the dashboard loads, filters and opens a station with no CSP violation', async ({
    dashboard,
    page,
  }) => {
    const violations = await watchViolations(page);
    await dashboard.open();
    await expect(dashboard.listCount).toHaveText('97개 중 97개');
    await dashboard.expectStationsDrawn(97);
    await dashboard.chip('맑음').click();
    await dashboard.expectStationsDrawn(45);
    await dashboard.rows.first().click();
    await expect(dashboard.details).toContainText('맑음');
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await expect(dashboard.listCount).toHaveText('45 of 97');
    await expect(dashboard.details).toContainText('Clear');
    // The header really reaches the page: the "near me" button may ask for a position.
    expect(
      await page.evaluate(() =>
        (
          document as { featurePolicy?: { allowsFeature(name: string): boolean } }
        ).featurePolicy?.allowsFeature('geolocation'),
      ),
    ).toBe(true);
    expect(await violations()).toEqual([]);
  });

  test('the widgets render framed by the listed portal with no CSP violation', async ({
    portal,
    page,
  }) => {
    const violations = await watchViolations(page);
    await portal.open();
    await expect(portal.tickerItem('ticker-slot')).toContainText('℃');
    await expect(portal.cardRows('card-slot')).toHaveCount(3);
    const seen = await violations();

    // The map view too: its code and the base map load lazily inside the frame.
    await portal.open('/empty.html');
    await expect.poll(() => portal.loaderGlobal()).not.toBeNull();
    await portal.addWidget('map-slot', { view: 'map', sky: 'clear' });
    await expect(portal.widget('map-slot').locator('.leaflet-container')).toBeVisible();
    await expect(portal.widget('map-slot').locator('.station-map-canvas')).toBeVisible();
    expect([...seen, ...(await violations())]).toEqual([]);
  });

  test('a portal that is not on the list cannot frame the widget', async ({ page, appOrigin }) => {
    const violations = await watchViolations(page);
    // Same server, another origin: localhost is not 127.0.0.1 to the browser.
    const stranger = new URL(`http://localhost:${PORTAL_PORT}/`);
    stranger.searchParams.set('app', appOrigin);
    await page.goto(stranger.href);
    await expect(page.locator('#ticker-slot > iframe')).toBeAttached();
    await expect.poll(async () => (await violations()).join('\n')).toMatch(/frame-ancestors/);
    await expect(
      page.locator('#ticker-slot > iframe').contentFrame().locator('.ticker-item'),
    ).toHaveCount(0);
  });
});
