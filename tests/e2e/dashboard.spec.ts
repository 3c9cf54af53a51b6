import { expect, IN_SIGHT, test } from './support/dashboard';

test.describe('the dashboard on the seed data', () => {
  test('lists and draws all 97 stations with the source attribution and the date', async ({
    dashboard,
    page,
  }) => {
    await dashboard.open();
    await expect(dashboard.listCount).toHaveText('97개 중 97개');
    await dashboard.expectStationsDrawn(97);
    await expect(page.getByText('기상청 제공')).toBeVisible();
    await expect(page.locator('.observed-at')).toContainText('2024년 5월 21일');
    // A date alone: no invented time of day.
    await expect(page.locator('.observed-at')).not.toContainText(':');
  });

  test('맑음 narrows list and map to the 45 clear stations, and back to all', async ({
    dashboard,
  }) => {
    await dashboard.open();
    await dashboard.expectStationsDrawn(97);
    const clear = dashboard.chip('맑음');
    await expect(clear).toHaveAccessibleName(/맑음 45/);
    await clear.click();
    await expect(clear).toHaveAttribute('aria-pressed', 'true');
    await expect(dashboard.listCount).toHaveText('97개 중 45개');
    await dashboard.expectStationsDrawn(45);
    expect(dashboard.url().searchParams.get('sky')).toBe('clear');

    await dashboard.chip('구름조금').click();
    await expect(dashboard.listCount).toHaveText('97개 중 83개');
    await dashboard.expectStationsDrawn(83);

    await dashboard.chip('전체').click();
    await expect(dashboard.listCount).toHaveText('97개 중 97개');
    await dashboard.expectStationsDrawn(97);
  });

  test('initial consonants ㄱㅁ find 구미', async ({ dashboard }) => {
    await dashboard.open();
    await dashboard.searchBox.fill('ㄱㅁ');
    await expect(dashboard.row('구미')).toBeVisible();
    const names = await dashboard.page.locator('.station-row-primary').allTextContents();
    expect(names).toContain('구미');
    for (const name of names) expect(name).not.toBe('서울');
    await dashboard.expectStationsDrawn(names.length);
  });

  test('the seed’s gaps: 고창 shows "—", unnamed entries are named from the catalog', async ({
    dashboard,
  }) => {
    await dashboard.open();
    await dashboard.searchBox.fill('고창');
    const gochang = dashboard.row('고창');
    await expect(gochang.locator('.station-row-temp [aria-hidden="true"]')).toHaveText('—');
    await expect(gochang).toHaveAccessibleName(/기온 정보 없음$/);
    await dashboard.searchBox.fill('');
    for (const name of ['북춘천', '서청주', '세종', '북부산']) {
      await dashboard.searchBox.fill(name);
      await expect(dashboard.row(name)).toBeVisible();
    }
  });

  test('selecting in the list opens details and pans the map to the station', async ({
    dashboard,
  }) => {
    await dashboard.open();
    await dashboard.searchBox.fill('구미');
    await dashboard.row('구미').click();
    await expect(dashboard.details).toContainText('구미');
    await expect(dashboard.details).toContainText('Gumi');
    await expect(dashboard.details).toContainText('279');
    await expect(dashboard.details).toContainText('경상북도');
    await expect(dashboard.details).toContainText('구름조금');
    await expect(dashboard.details).toContainText('19.2℃');
    expect(dashboard.url().searchParams.get('station')).toBe('279');
    // Zoomed in, in view, beside the card rather than under it.
    await expect.poll(() => dashboard.selectionPlacement(36.1306, 128.3206)).toEqual(IN_SIGHT);
  });

  test('selecting on the map highlights the list row and scrolls it into view', async ({
    dashboard,
  }) => {
    // Start centred on 구미 (279), zoomed in, so its marker is unambiguous.
    await dashboard.open('?map=36.1306,128.3206,10');
    await dashboard.expectStationsDrawn(97);
    await dashboard.clickMapAt(36.1306, 128.3206);
    await expect(dashboard.details).toContainText('구미');
    expect(dashboard.url().searchParams.get('station')).toBe('279');
    const row = dashboard.page.locator('.station-row[aria-selected="true"]');
    await expect(row).toContainText('구미');
    await expect(row).toBeInViewport();
  });

  test('the URL restores filters, search and selection; back and forward work', async ({
    dashboard,
    page,
  }) => {
    await dashboard.open('?sky=partly-cloudy&station=279&sort=temp-desc');
    await expect(dashboard.chip('구름조금')).toHaveAttribute('aria-pressed', 'true');
    await expect(dashboard.listCount).toHaveText('97개 중 38개');
    await dashboard.expectStationsDrawn(38);
    await expect(dashboard.details).toContainText('구미');
    await expect(page.getByLabel('정렬')).toHaveValue('temp-desc');
    // Warmest first: 남원 22.3℃ heads the 구름조금 list.
    await expect(dashboard.rows.first()).toContainText('남원');

    await dashboard.chip('맑음').click();
    await expect(dashboard.listCount).toHaveText('97개 중 83개');
    await page.goBack();
    await expect(dashboard.listCount).toHaveText('97개 중 38개');
    await page.goForward();
    await expect(dashboard.listCount).toHaveText('97개 중 83개');
  });

  test('Escape closes the details and the list keeps working', async ({ dashboard, page }) => {
    await dashboard.open('?station=90');
    await expect(dashboard.details).toContainText('속초');
    await page.keyboard.press('Escape');
    await expect(dashboard.details).toHaveCount(0);
    expect(dashboard.url().searchParams.get('station')).toBeNull();
  });

  test('a station number that is not in the feed says so, and closes', async ({
    dashboard,
    page,
  }) => {
    await dashboard.open('?station=999');
    await dashboard.expectStationsDrawn(97);
    const missing = page.getByRole('alert').filter({ hasText: '관측소를 찾을 수 없습니다' });
    await expect(missing).toBeVisible();
    await expect(missing).toContainText('지점번호 999');
    await page.keyboard.press('Escape');
    await expect(missing).toHaveCount(0);
    expect(dashboard.url().searchParams.get('station')).toBeNull();
    // The same card in English, closed with its button.
    await dashboard.open('?station=999&lang=en');
    const missingEn = page.getByRole('alert').filter({ hasText: 'Station not found' });
    await expect(missingEn).toContainText('Station no. 999');
    await missingEn.getByRole('button', { name: 'Close' }).click();
    await expect(missingEn).toHaveCount(0);
    expect(dashboard.url().searchParams.get('station')).toBeNull();
  });
});
