/**
 * Finding your place (issue 12): the region control, ranked search, sorts
 * that mean what they say, and near me — against the built app and the
 * bundled sample. Near me uses Playwright's geolocation permission and
 * coordinates; nothing leaves the browser.
 */
import type { BrowserContext } from '@playwright/test';
import { describeViolations, seriousViolations } from './support/axe';
import { expect, test } from './support/dashboard';

/** A street in 구미 (about 1 km from the KMA station). */
const GUMI = { latitude: 36.128, longitude: 128.332 };
const TOKYO = { latitude: 35.68, longitude: 139.69 };

test.describe('the region control', () => {
  test('narrows the list from the UI, names it in the count line, and clears', async ({
    dashboard,
  }) => {
    await dashboard.open();
    await expect(dashboard.regionSelect.locator('option').first()).toHaveText('전국 (97)');
    await dashboard.regionSelect.selectOption({ label: '강원특별자치도 (14)' });
    await expect(dashboard.listCount).toHaveText('97개 중 14개');
    await dashboard.expectStationsDrawn(14);
    expect(dashboard.url().searchParams.get('region')).toBe('강원특별자치도');

    await dashboard.chip('맑음').click();
    await dashboard.searchBox.fill('강');
    await expect(dashboard.countLine).toHaveText('강원 · 맑음 · 검색 ‘강’ — 97개 중 2개');
    expect(await dashboard.rowNames()).toEqual(['강릉', '북강릉']);

    await dashboard.clearFilter('강원').click();
    await expect(dashboard.regionSelect).toHaveValue('');
    await expect(dashboard.countLine).toHaveText('맑음 · 검색 ‘강’ — 97개 중 3개');
    await dashboard.page.getByRole('button', { name: '모두 지우기' }).click();
    await expect(dashboard.countLine).toHaveText('97개 중 97개');
    await expect(dashboard.activeFilters).toHaveCount(0);
    expect(dashboard.url().search).toBe('');
  });

  test('a region from a link is shown and can be cleared', async ({ dashboard }) => {
    await dashboard.open('?region=Gangwon&sky=clear');
    await expect(dashboard.regionSelect).toHaveValue('강원특별자치도');
    await expect(dashboard.countLine).toHaveText('강원 · 맑음 — 97개 중 13개');
    // Counts follow the sky filter: 맑음 stations per province.
    await expect(dashboard.regionSelect.locator('option').first()).toHaveText('전국 (45)');
    await dashboard.clearFilter('강원').click();
    await expect(dashboard.listCount).toHaveText('97개 중 45개');
    expect(dashboard.url().searchParams.get('region')).toBeNull();
  });

  test('in English the line and the options use English names', async ({ dashboard }) => {
    await dashboard.open('?lang=en&region=경상북도');
    await expect(dashboard.countLine).toHaveText('Gyeongbuk — 14 of 97');
    await expect(dashboard.regionSelect.locator('option:checked')).toHaveText(
      'Gyeongsangbuk-do (14)',
    );
  });
});

test.describe('ranked search', () => {
  test('"구" puts 구미 first; "gu" puts Gumi first', async ({ dashboard }) => {
    await dashboard.open();
    await dashboard.searchBox.fill('구');
    await expect.poll(async () => (await dashboard.rowNames())[0]).toBe('구미');
    await dashboard.searchBox.fill('gu');
    await expect
      .poll(async () => (await dashboard.rowNames()).slice(0, 2))
      .toEqual(['구미', '군산']);
  });

  test('"27" finds the seven stations numbered 27x; "경북" finds the province', async ({
    dashboard,
  }) => {
    await dashboard.open();
    await dashboard.searchBox.fill('27');
    await expect(dashboard.listCount).toHaveText('97개 중 7개');
    expect(await dashboard.rowNames()).toEqual([
      '봉화',
      '영주',
      '문경',
      '청송군',
      '영덕',
      '의성',
      '구미',
    ]);
    await dashboard.searchBox.fill('경북');
    await expect(dashboard.listCount).toHaveText('97개 중 14개');
    await dashboard.expectStationsDrawn(14);
  });
});

test.describe('sorts', () => {
  test('station number by default, feed order and name on request, old links kept', async ({
    dashboard,
  }) => {
    await dashboard.open();
    await expect(dashboard.sortSelect).toHaveValue('number');
    await expect(dashboard.sortSelect.locator('option[value="distance"]')).toHaveCount(0);
    expect((await dashboard.rowNames()).slice(0, 3)).toEqual(['속초', '북춘천', '철원']);
    await dashboard.sortSelect.selectOption('name');
    await expect
      .poll(async () => (await dashboard.rowNames()).slice(0, 3))
      .toEqual(['강릉', '강진군', '강화']);
    expect(dashboard.url().searchParams.get('sort')).toBe('name');

    await dashboard.open('?sort=feed');
    await expect(dashboard.sortSelect.locator('option:checked')).toHaveText('피드 순서');
    await dashboard.open('?sort=temp-desc');
    await expect.poll(async () => (await dashboard.rowNames())[0]).toBe('이천');
  });

  test('sort=distance without a location falls back to station number', async ({ dashboard }) => {
    await dashboard.open('?sort=distance');
    await expect(dashboard.sortSelect).toHaveValue('number');
    expect((await dashboard.rowNames())[0]).toBe('속초');
  });
});

async function grantLocation(context: BrowserContext, at: typeof GUMI): Promise<void> {
  await context.grantPermissions(['geolocation']);
  await context.setGeolocation(at);
}

test.describe('near me', () => {
  test('in 구미: sorts by distance, shows distances, marks the map and selects 구미', async ({
    dashboard,
    context,
  }) => {
    await grantLocation(context, GUMI);
    await dashboard.open();
    await dashboard.expectStationsDrawn(97);
    await expect(dashboard.hereMark).toHaveCount(0);
    await dashboard.nearMeButton.click();
    await expect(dashboard.details.locator('h2')).toHaveText(/^구미/);
    expect(dashboard.url().searchParams.get('station')).toBe('279');
    expect(dashboard.url().searchParams.get('sort')).toBe('distance');
    await expect(dashboard.nearMeStatus).toHaveText(/가장 가까운 관측소는 구미\(\d\.\d km\)/);
    // The list follows the sort a moment after the controls (a deferred render).
    await expect
      .poll(async () => (await dashboard.rowNames()).slice(0, 2))
      .toEqual(['구미', '추풍령']);
    const distances = await dashboard.rowDistances();
    expect(distances[0]).toMatch(/^\d\.\d km$/);
    const km = distances.map((text) => Number(text.replace(' km', '').replace(',', '')));
    expect(km).toEqual([...km].sort((a, b) => a - b));
    await expect(dashboard.hereMark).toHaveCount(1);
    // The location itself never reaches the URL or storage.
    expect(dashboard.url().href).not.toContain('36.12');
    const stored = await dashboard.page.evaluate(() => JSON.stringify({ ...localStorage }));
    expect(stored).not.toContain('36.1');
    expect(stored).not.toContain('128.3');
  });

  test('a denied permission says so and leaves the page as it was', async ({
    dashboard,
    context,
  }) => {
    await context.clearPermissions();
    await dashboard.open('?sky=clear');
    const before = dashboard.url().href;
    await dashboard.nearMeButton.click();
    await expect(dashboard.nearMeAlert).toContainText('위치 사용이 허용되지 않았습니다');
    expect(dashboard.url().href).toBe(before);
    await expect(dashboard.listCount).toHaveText('97개 중 45개');
    await expect(dashboard.details).toHaveCount(0);
    await dashboard.nearMeAlert.getByRole('button', { name: '알림 닫기' }).click();
    await expect(dashboard.nearMeAlert).toHaveCount(0);
  });

  test('a position in Tokyo is outside Korea: a message, nothing else changes', async ({
    dashboard,
    context,
  }) => {
    await grantLocation(context, TOKYO);
    await dashboard.open('?lang=en');
    const before = dashboard.url().href;
    await dashboard.nearMeButton.click();
    await expect(dashboard.nearMeAlert).toContainText('outside Korea');
    expect(dashboard.url().href).toBe(before);
    await expect(dashboard.hereMark).toHaveCount(0);
    await expect(dashboard.page.locator('.station-row-distance')).toHaveCount(0);
  });
});

test.describe('axe on the new states', () => {
  for (const lang of ['ko', 'en'] as const) {
    test(`filtered by region, sky and search (${lang}): no serious or critical violations`, async ({
      dashboard,
    }) => {
      await dashboard.open(`?lang=${lang}&region=Gangwon&sky=clear&q=강`);
      await dashboard.expectStationsDrawn(2);
      const found = await seriousViolations(dashboard.page);
      expect(found, describeViolations(lang, found)).toEqual([]);
    });

    test(`located near 구미 (${lang}): no serious or critical violations`, async ({
      dashboard,
      context,
    }) => {
      await grantLocation(context, GUMI);
      await dashboard.open(`?lang=${lang}`);
      await dashboard.nearMeButton.click();
      await expect(dashboard.details).toBeVisible();
      await expect(dashboard.page.locator('.station-row-distance').first()).toBeVisible();
      const found = await seriousViolations(dashboard.page);
      expect(found, describeViolations(lang, found)).toEqual([]);
    });

    test(`a position outside Korea (${lang}): no serious or critical violations`, async ({
      dashboard,
      context,
    }) => {
      await grantLocation(context, TOKYO);
      await dashboard.open(`?lang=${lang}`);
      await dashboard.nearMeButton.click();
      await expect(dashboard.nearMeAlert).toBeVisible();
      const found = await seriousViolations(dashboard.page);
      expect(found, describeViolations(lang, found)).toEqual([]);
    });
  }
});
