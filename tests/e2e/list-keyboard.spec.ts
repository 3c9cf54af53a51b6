/**
 * The station list is one Tab stop (issue 12, item 5): a listbox whose
 * active option follows arrows, Home/End, PageUp/PageDown and type-ahead;
 * Enter opens the details and Escape comes back to the same option. Also
 * with a 10,000-station feed, where most options are not rendered at all.
 */
import { describeViolations, seriousViolations } from './support/axe';
import { expect, test, type Dashboard } from './support/dashboard';
import { FeedRoute, serveJson } from './support/feed-route';

/** Tab presses from where focus is until `target` has it (at most `max`). */
async function tabsUntil(dashboard: Dashboard, target: string, max = 40): Promise<number> {
  for (let presses = 1; presses <= max; presses += 1) {
    await dashboard.page.keyboard.press('Tab');
    const role = await dashboard.page.evaluate(() => document.activeElement?.getAttribute('role'));
    if (role === target) return presses;
  }
  throw new Error(`no element with role ${target} within ${max} Tabs`);
}

test.describe('the station list by keyboard', () => {
  test.beforeEach(async ({ dashboard }) => {
    await dashboard.open();
    await expect(dashboard.listCount).toHaveText('97개 중 97개');
  });

  test('is one Tab stop between the search box and the map', async ({ dashboard, page }) => {
    await dashboard.searchBox.focus();
    // Search → the region → the sky chips and the sort → the list: the 97 stations add one stop, not 97.
    const chips = await page.locator('fieldset.filter-chips button').count();
    expect(await tabsUntil(dashboard, 'listbox')).toBe(chips + 3);
    await dashboard.expectActive('속초');
    // One more Tab leaves the list for the map; Shift+Tab comes straight back.
    await page.keyboard.press('Tab');
    await expect(dashboard.listbox).not.toBeFocused();
    await expect(page.locator('.leaflet-container')).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await dashboard.expectActive('속초');
  });

  test('arrows, Home/End and PageUp/PageDown move the active option', async ({
    dashboard,
    page,
  }) => {
    await dashboard.listbox.focus();
    await page.keyboard.press('ArrowDown');
    await dashboard.expectActive('북춘천');
    await page.keyboard.press('ArrowUp');
    await dashboard.expectActive('속초');
    await page.keyboard.press('End');
    await dashboard.expectActive('북부산');
    await expect(await dashboard.activeOption()).toHaveAttribute('aria-posinset', '97');
    await page.keyboard.press('Home');
    await dashboard.expectActive('속초');
    // A page is the rows that fit in the list's box.
    const rowsInView = await dashboard.listbox.evaluate((box) => Math.floor(box.clientHeight / 52));
    expect(rowsInView).toBeGreaterThan(1);
    await page.keyboard.press('PageDown');
    await expect(await dashboard.activeOption()).toHaveAttribute(
      'aria-posinset',
      String(1 + rowsInView),
    );
    await expect(await dashboard.activeOption()).toBeInViewport();
    await page.keyboard.press('PageUp');
    await dashboard.expectActive('속초');
    // The page itself did not scroll away from the list.
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
  });

  test('typing 구 jumps to 구미; Enter opens it, Escape comes back to it', async ({
    dashboard,
    a11y,
    page,
  }) => {
    await dashboard.listbox.focus();
    // Some systems deliver the syllable itself as the key…
    await dashboard.listbox.dispatchEvent('keydown', { key: '구', bubbles: true });
    await dashboard.expectActive('구미');
    // …but on a list a Korean input method does not compose: the keys of 구 (ㄱ ㅜ) arrive as r, n.
    await page.keyboard.press('Home');
    await dashboard.typeQuickly('rn');
    await dashboard.expectActive('구미');
    const option = await dashboard.activeOption();
    // Its name says what the row shows: name, sky word, news, temperature.
    await expect(option).toHaveAccessibleName(/^구미 구름조금 · Gumi 관련 뉴스 1건 19\.2℃$/);
    await expect(option).toHaveAttribute('aria-selected', 'false');
    await page.keyboard.press('Enter');
    await expect(dashboard.details).toContainText('Gumi');
    await expect(a11y.detailsHeading).toBeFocused();
    expect(dashboard.url().searchParams.get('station')).toBe('279');
    await page.keyboard.press('Escape');
    await expect(dashboard.details).toHaveCount(0);
    await dashboard.expectActive('구미');
    await expect(await dashboard.activeOption()).toHaveAttribute('aria-selected', 'false');
    // Space selects too.
    await page.keyboard.press('Space');
    await expect(a11y.detailsHeading).toBeFocused();
    await expect(dashboard.page.locator('.station-row[aria-selected="true"]')).toContainText(
      '구미',
    );
  });

  test('a click still selects, and the news badge inside is not a control', async ({
    dashboard,
    a11y,
  }) => {
    await dashboard.searchBox.fill('구미');
    const gumi = dashboard.row('구미');
    await expect(dashboard.newsBadge(gumi)).toBeVisible();
    await expect(gumi.locator('a, button, input, [tabindex]')).toHaveCount(0);
    await dashboard.newsBadge(gumi).click();
    await expect(dashboard.details).toContainText('Gumi');
    await expect(a11y.detailsHeading).toBeFocused();
  });

  for (const lang of ['ko', 'en'] as const) {
    test(`axe (${lang}): the focused listbox with an active option has no serious violations`, async ({
      dashboard,
      page,
    }) => {
      await dashboard.open(`?lang=${lang}`);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await dashboard.listbox.focus();
      await page.keyboard.press('PageDown');
      await page.keyboard.press('ArrowDown');
      await expect(await dashboard.activeOption()).toBeInViewport();
      const findings = await seriousViolations(page);
      const report = describeViolations(`list keyboard ${lang}`, findings);
      expect(findings, report).toEqual([]);
    });
  }
});

test('with 10,000 stations, End reaches the last one, rendered and in view', async ({
  dashboard,
  page,
}) => {
  const observations = Array.from({ length: 10_000 }, (_, i) => ({
    stationId: `S${i}`,
    name: `관측소 ${i}`,
    condition: i % 2 ? '맑음' : '흐림',
    temperature: (i % 300) / 10,
    lat: 34 + (i % 400) / 100,
    lon: 126 + Math.floor(i / 400) / 20,
  }));
  await FeedRoute.install(
    page,
    serveJson({ observedAt: '2024-05-21T15:00:00+09:00', source: '기상청', observations }),
  );
  await dashboard.open();
  await expect(dashboard.listCount).toHaveText('10000개 중 10000개', { timeout: 20_000 });
  await dashboard.listbox.focus();
  await page.keyboard.press('End');
  await dashboard.expectActive('관측소 9999');
  await expect(await dashboard.activeOption()).toHaveAttribute('aria-posinset', '10000');
  await page.keyboard.press('PageUp');
  await page.keyboard.press('Home');
  await dashboard.expectActive('관측소 0');
  // Still virtual: a few dozen options in the DOM, not 10,000.
  expect(await dashboard.rows.count()).toBeLessThan(80);
});
