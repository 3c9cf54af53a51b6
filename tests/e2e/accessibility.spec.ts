/**
 * Everyone can use it (issue 7): axe-core on every view in both languages
 * and both themes, keyboard-only journeys with focus checks, the live
 * region, Korean and English with Korea time anywhere, and phones and
 * tablets (sheet, touch targets, no sideways scrolling, map gestures).
 */
import { describeViolations, seriousViolations } from './support/axe';
import { expect, test, type Dashboard } from './support/dashboard';
import { FeedRoute, SEED_FEED_TEXT, serveJson, serveStatus } from './support/feed-route';

const ARTICLE_ID = 'gumi-americas-delegation';
const TITLE = '구미시, 미주지역 경제사절단 파견';
const PHONE = { width: 390, height: 844 };

/** Every view the issue names, and how to tell it has finished loading. */
const VIEWS: readonly { name: string; path: string; ready: string }[] = [
  { name: 'dashboard', path: '/', ready: '.station-row' },
  { name: 'news panel', path: '/?panel=news', ready: '.news-headline' },
  { name: 'station details', path: '/?station=279', ready: 'section.station-details' },
  { name: 'article', path: `/?news=${ARTICLE_ID}`, ready: 'article.news-article' },
  { name: 'embed ticker', path: '/embed.html?view=ticker', ready: '.ticker-item' },
  { name: 'embed card', path: '/embed.html?view=card', ready: '.embed-card-row' },
  { name: 'embed map', path: '/embed.html?view=map', ready: '.station-map-canvas' },
  { name: 'temperature view', path: '/?color=temperature', ready: '.map-legend-temperature' },
  {
    name: 'embed map, temperature',
    path: '/embed.html?view=map&color=temperature',
    ready: '.map-legend-temperature',
  },
];

async function settle(dashboard: Dashboard): Promise<void> {
  // The map chunk and the canvas draw come last; axe should see the finished page.
  await dashboard.page.waitForFunction(
    () =>
      !document.querySelector('.station-map-canvas') ||
      performance.getEntriesByName('nalssi:stations-rendered', 'mark').length > 0,
  );
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`axe-core, ${colorScheme} theme`, () => {
    test.use({ colorScheme });
    for (const lang of ['ko', 'en'] as const) {
      for (const view of VIEWS) {
        test(`${view.name} (${lang}): no serious or critical violations`, async ({
          dashboard,
          page,
        }) => {
          const separator = view.path.includes('?') ? '&' : '?';
          await page.goto(lang === 'ko' ? view.path : `${view.path}${separator}lang=en`);
          await expect(page.locator(view.ready).first()).toBeVisible();
          await expect(page.locator('html')).toHaveAttribute('lang', lang);
          await settle(dashboard);
          const findings = await seriousViolations(page);
          const report = describeViolations(`${view.name} ${lang} ${colorScheme}`, findings);
          console.log(report);
          expect(findings, report).toEqual([]);
        });
      }
    }

    test('the 퍼가기 dialog: no serious or critical violations', async ({ a11y, page }) => {
      await page.goto('/');
      await a11y.embedButton.click();
      await expect(a11y.embedDialog).toBeVisible();
      const findings = await seriousViolations(page);
      const report = describeViolations(`embed dialog ${colorScheme}`, findings);
      console.log(report);
      expect(findings, report).toEqual([]);
    });
  });
}

test.describe('keyboard only', () => {
  test('filter → select → details → news → back, with focus where it belongs', async ({
    dashboard,
    a11y,
    page,
  }) => {
    await dashboard.open();
    await expect(dashboard.listCount).toHaveText('97개 중 97개');

    // The skip link is the first stop and lands in the list.
    await page.keyboard.press('Tab');
    await expect(a11y.skipLink).toBeFocused();
    await expect(a11y.skipLink).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(a11y.listBox).toBeFocused();

    // Filter: the 구름조금 chip, by keyboard; the live region says what is shown.
    const chip = dashboard.chip('구름조금');
    await a11y.tabTo(chip, 120);
    await page.keyboard.press('Space');
    await expect(chip).toHaveAttribute('aria-pressed', 'true');
    await expect(dashboard.listCount).toHaveText('97개 중 38개');
    await expect(a11y.announcers.first()).toHaveText('구름조금 38개 관측소');

    // Search narrows to 구미; Enter on its row opens the details and moves focus there.
    await a11y.tabTo(dashboard.searchBox, 20, 'back');
    await page.keyboard.type('구미');
    await expect(a11y.announcers.first()).toHaveText('구름조금 1개 관측소');
    await a11y.tabTo(dashboard.listbox);
    await dashboard.expectActive('구미');
    await page.keyboard.press('Enter');
    await expect(dashboard.details).toContainText('Gumi');
    await expect(a11y.detailsHeading).toBeFocused();

    // Escape closes the details; focus returns to the list, on the option that opened them.
    await page.keyboard.press('Escape');
    await expect(dashboard.details).toHaveCount(0);
    await dashboard.expectActive('구미');

    // Open again, Tab to 관련 뉴스, open the article: focus on its heading.
    await page.keyboard.press('Enter');
    await expect(a11y.detailsHeading).toBeFocused();
    const headline = dashboard.relatedHeadline(TITLE);
    await a11y.tabTo(headline, 10);
    await page.keyboard.press('Enter');
    await expect(a11y.articleHeading).toHaveText(TITLE);
    await expect(a11y.articleHeading).toBeFocused();

    // Escape closes the article and gives focus back to the headline in the details.
    await page.keyboard.press('Escape');
    await expect(dashboard.article).toHaveCount(0);
    await expect(headline).toBeFocused();

    // Back in the article, 지도에서 보기 selects 구미 and focus lands on its details.
    await page.keyboard.press('Enter');
    await expect(a11y.articleHeading).toBeFocused();
    await a11y.tabTo(dashboard.article.getByRole('button', { name: '지도에서 보기' }), 10);
    await page.keyboard.press('Enter');
    await expect(dashboard.article).toHaveCount(0);
    await expect(a11y.detailsHeading).toBeFocused();
    await page.keyboard.press('Escape');
    await dashboard.expectActive('구미');
  });

  test('the news tab and an article from its list, and back to that headline', async ({
    dashboard,
    a11y,
    page,
  }) => {
    await dashboard.open();
    await expect(dashboard.listCount).toHaveText('97개 중 97개');
    await a11y.tabTo(dashboard.newsTab);
    await page.keyboard.press('Enter');
    await expect(dashboard.newsTab).toHaveAttribute('aria-pressed', 'true');
    const headline = dashboard.panelHeadline(TITLE);
    await a11y.tabTo(headline, 10);
    await page.keyboard.press('Enter');
    await expect(a11y.articleHeading).toBeFocused();
    // The close button works from the keyboard too.
    await a11y.tabTo(dashboard.article.getByRole('button', { name: '기사 닫기' }), 5, 'back');
    await page.keyboard.press('Enter');
    await expect(dashboard.article).toHaveCount(0);
    await expect(headline).toBeFocused();
  });

  test('sort, the 퍼가기 dialog, the theme and the language by keyboard', async ({
    dashboard,
    a11y,
    page,
  }) => {
    await dashboard.open('?station=90');
    await expect(dashboard.details).toContainText('속초');

    await a11y.tabTo(a11y.embedButton);
    await page.keyboard.press('Enter');
    await expect(a11y.embedDialog).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(a11y.embedDialog.locator(':focus')).toHaveCount(1);
    // Escape closes the dialog only — the station's details stay open.
    await page.keyboard.press('Escape');
    await expect(a11y.embedDialog).toBeHidden();
    await expect(a11y.embedButton).toBeFocused();
    await expect(dashboard.details).toContainText('속초');

    await a11y.tabTo(a11y.themeSelect);
    await a11y.themeSelect.selectOption('dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

    const sort = page.getByLabel('정렬');
    await a11y.tabTo(sort, 120);
    await sort.selectOption('temp-desc');
    await expect.poll(() => dashboard.url().searchParams.get('sort')).toBe('temp-desc');

    await a11y.tabTo(a11y.languageSwitch, 120, 'back');
    await page.keyboard.press('Enter');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(a11y.languageSwitch).toBeFocused();
    await expect(a11y.languageSwitch).toHaveText('한국어');
  });

  test('focus is visible on every control it reaches', async ({ dashboard, page }) => {
    await dashboard.open();
    await expect(dashboard.listCount).toHaveText('97개 중 97개');
    // Every stop from the skip link to the end of the page (the list is one stop, so that is few).
    const seen: string[] = [];
    for (let i = 0; i < 40; i += 1) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement === document.body)) break;
      const outline = await page.evaluate(() => {
        const focused = document.activeElement as HTMLElement;
        // A listbox shows focus on its active option (aria-activedescendant), not on its box.
        const active = focused.getAttribute('aria-activedescendant');
        const element = (active && document.getElementById(active)) || focused;
        const style = getComputedStyle(element);
        return {
          name: `${element.tagName}.${element.className}`,
          width: parseFloat(style.outlineWidth),
          style: style.outlineStyle,
        };
      });
      expect(outline.style, outline.name).not.toBe('none');
      expect(outline.width, outline.name).toBeGreaterThanOrEqual(2);
      seen.push(outline.name);
    }
    expect(seen.join(' ')).toMatch(/station-row is-active.*leaflet-container/);
  });

  test('the map says that markers are out of the tab order and the list is the way in', async ({
    a11y,
    dashboard,
  }) => {
    await dashboard.open();
    await expect(a11y.mapRegion).toHaveAccessibleDescription(/목록/);
    await dashboard.open('?lang=en');
    await expect(a11y.mapRegion).toHaveAccessibleDescription(/not in the tab order.*list/);
  });
});

test.describe('the live region', () => {
  test('announces filter and search results', async ({ dashboard, a11y }) => {
    await dashboard.open();
    await expect(a11y.announcers.first()).toHaveText('전체 97개 관측소');
    await dashboard.chip('맑음').click();
    await expect(a11y.announcers.first()).toHaveText('맑음 45개 관측소');
    await dashboard.searchBox.fill('ㄱㅁ');
    await expect(a11y.announcers.first()).toHaveText(/^맑음 \d+개 관측소$/);
  });

  test('announces a feed that cannot be loaded', async ({ dashboard, a11y, page }) => {
    await FeedRoute.install(page, serveStatus(404));
    await dashboard.open();
    await expect(a11y.announcers.nth(1)).toHaveText('관측 자료를 불러올 수 없습니다');
  });

  test('announces stale data after a failed refresh, on a phone over the map', async ({
    dashboard,
    a11y,
    page,
  }) => {
    await page.setViewportSize(PHONE);
    await page.clock.install();
    const feed = await FeedRoute.install(page);
    await dashboard.open();
    await expect(a11y.announcers.first()).toHaveText('전체 97개 관측소');
    feed.use(serveStatus(503));
    await page.clock.fastForward(2 * 60_000);
    await page.evaluate(() =>
      document.dispatchEvent(new Event('visibilitychange', { bubbles: true })),
    );
    for (const delay of [1000, 2000, 4000]) await page.clock.fastForward(delay);
    await expect(a11y.announcers.nth(1)).toHaveText(
      '최신 자료를 불러오지 못했습니다. 이전 자료를 표시합니다.',
    );
    // The closed sheet would hide the notice: on phones it sits over the map.
    await expect(a11y.mapNotices.locator('.feed-stale')).toBeVisible();
  });
});

test.describe('Korean and English', () => {
  test('Korean by default; ?lang=en switches everything and is remembered', async ({
    dashboard,
    page,
  }) => {
    await dashboard.open('?station=279');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    await expect(page).toHaveTitle(/전국 관측소 날씨/);
    await expect(dashboard.details).toContainText('경상북도');

    await dashboard.open('?station=279&lang=en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page).toHaveTitle(/Weather at Korea’s stations/);
    await expect(dashboard.listCount).toHaveText('97 of 97');
    await expect(dashboard.details.getByRole('heading', { level: 2 })).toContainText('Gumi');
    await expect(dashboard.details).toContainText('Gyeongsangbuk-do');
    await expect(dashboard.details).toContainText('Partly cloudy');
    await expect(dashboard.details).toContainText('21 May 2024');
    await expect(dashboard.chip('Clear')).toHaveAccessibleName('Clear 45 stations');
    // The Korean name beside it is marked as Korean for screen readers (WCAG 3.1.2).
    await expect(dashboard.details.getByText('구미', { exact: true })).toHaveAttribute(
      'lang',
      'ko',
    );
    // So is the Korean article's headline in 관련 뉴스.
    await expect(dashboard.relatedNews.locator('.news-headline-title')).toHaveAttribute(
      'lang',
      'ko',
    );

    // A plain visit afterwards stays in English.
    await dashboard.open();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(dashboard.listCount).toHaveText('97 of 97');
  });

  test('the switch changes language in place and the choice survives a reload', async ({
    dashboard,
    a11y,
    page,
  }) => {
    await dashboard.open();
    await expect(a11y.languageSwitch).toHaveText('English');
    await a11y.languageSwitch.click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    expect(dashboard.url().searchParams.get('lang')).toBe('en');
    await page.goto('/');
    await expect(dashboard.listCount).toHaveText('97 of 97');
    await a11y.languageSwitch.click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    await page.goto('/');
    await expect(dashboard.listCount).toHaveText('97개 중 97개');
  });

  test.describe('a reader in New York', () => {
    test.use({ timezoneId: 'America/New_York', locale: 'en-US' });

    test('sees observation times in Korea time, in either language', async ({
      dashboard,
      page,
    }) => {
      // 00:30 KST on 21 May is 11:30 on 20 May in New York.
      const feed = { ...JSON.parse(SEED_FEED_TEXT), observedAt: '2024-05-21T00:30:00+09:00' };
      await FeedRoute.install(page, serveJson(feed));
      await dashboard.open('?station=279');
      const observed = page.locator('.observed-at');
      await expect(observed).toContainText('5월 21일');
      await expect(observed).toContainText('00:30');
      await expect(dashboard.details).toContainText('00:30');

      await dashboard.open('?station=279&lang=en');
      await expect(observed).toContainText('21 May 2024');
      await expect(observed).toContainText('00:30');
      await expect(observed).not.toContainText('20 May');
    });
  });
});

test.describe('phones', () => {
  test.use({ viewport: PHONE, hasTouch: true, isMobile: true });

  test('the map comes first and the list is a sheet; nothing scrolls sideways', async ({
    dashboard,
    a11y,
  }) => {
    await dashboard.open();
    await dashboard.expectStationsDrawn(97);
    await expect(a11y.sidePanel).toHaveAttribute('data-sheet', 'closed');
    const map = await dashboard.map.boundingBox();
    expect(map!.y).toBeLessThan(150);
    expect(map!.height).toBeGreaterThan(500);
    expect(map!.width).toBe(PHONE.width);
    await expect(a11y.sheetToggle).toHaveAccessibleName(/목록 · 97개 중 97개/);

    await a11y.sheetToggle.tap();
    await expect(a11y.sidePanel).toHaveAttribute('data-sheet', 'open');
    await expect(dashboard.row('속초')).toBeInViewport();
    for (const query of ['', '?lang=en', '?station=279&lang=en', `?news=${ARTICLE_ID}`]) {
      await dashboard.open(query);
      // An article covers the whole map on a phone: the map is built when it closes.
      await expect(
        query.includes('news=') ? dashboard.articleWeather : dashboard.map,
      ).toBeVisible();
      const { scrollWidth, innerWidth } = await a11y.horizontalOverflow();
      expect(scrollWidth, `sideways scrolling at ${query || '/'}`).toBeLessThanOrEqual(innerWidth);
    }
  });

  test('the closed sheet leaves its controls and list unrendered until it opens', async ({
    dashboard,
    a11y,
    page,
  }) => {
    await dashboard.open();
    await dashboard.expectStationsDrawn(97);
    // Inert while closed, so not found by role: by element instead.
    const search = page.locator('input[type=search]');
    await expect(page.locator('.station-list-scroll [role=option]').first()).toBeAttached();
    // Clipped under the handle and tabs: the browser skips their layout and paint.
    const rendered = () =>
      page.evaluate(() =>
        ['input[type=search]', '.station-list-scroll [role=option]'].map(
          (selector) => document.querySelector(selector)?.checkVisibility() ?? null,
        ),
      );
    expect(await rendered()).toEqual([false, false]);

    await a11y.sheetToggle.tap();
    await expect(a11y.sidePanel).toHaveAttribute('data-sheet', 'open');
    await expect.poll(rendered).toEqual([true, true]);
    await search.fill('구미');
    await expect(dashboard.row('구미')).toBeVisible();
  });

  test('every touch target is at least 44×44 px', async ({ dashboard, a11y }) => {
    for (const query of ['', '?lang=en', '?station=279', `?news=${ARTICLE_ID}`]) {
      await dashboard.open(query);
      if (query.includes('news=')) await expect(dashboard.articleWeather).toBeVisible();
      else await dashboard.expectStationsDrawn(97);
      expect(await a11y.smallTargets(), `small targets at ${query || '/'}`).toEqual([]);
    }
    await dashboard.open();
    await a11y.sheetToggle.tap();
    await expect(a11y.sidePanel).toHaveAttribute('data-sheet', 'open');
    // The sheet grows as it opens, and the list may arrive during it (after the map's first draw).
    await expect(a11y.listBox).toBeVisible();
    await expect
      .poll(() => a11y.smallTargets(), { message: 'small targets in the open sheet' })
      .toEqual([]);
  });

  test('the skip link opens the sheet and lands in the list', async ({ dashboard, a11y, page }) => {
    await dashboard.open();
    await expect(a11y.sidePanel).toHaveAttribute('data-sheet', 'closed');
    await page.keyboard.press('Tab');
    await expect(a11y.skipLink).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(a11y.sidePanel).toHaveAttribute('data-sheet', 'open');
    await expect(a11y.listBox).toBeFocused();
    // Focus moved by hand: the address keeps no #fragment for Back to trip over.
    expect(new URL(page.url()).hash).toBe('');
  });

  test('a row chosen from the sheet shows its details; closing them returns to the row', async ({
    dashboard,
    a11y,
    page,
  }) => {
    await dashboard.open();
    await a11y.sheetToggle.tap();
    await dashboard.searchBox.fill('구미');
    await dashboard.listbox.focus();
    await page.keyboard.press('Enter');
    // The sheet closes to show the map; focus goes with the reader to the details.
    await expect(a11y.sidePanel).toHaveAttribute('data-sheet', 'closed');
    await expect(a11y.detailsHeading).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(a11y.sidePanel).toHaveAttribute('data-sheet', 'open');
    await dashboard.expectActive('구미');
  });

  test('the page itself does not zoom by accident, and user scaling stays allowed', async ({
    dashboard,
    page,
  }) => {
    await dashboard.open();
    await dashboard.expectStationsDrawn(97);
    const viewport = await page.locator('meta[name="viewport"]').getAttribute('content');
    expect(viewport).not.toMatch(/user-scalable\s*=\s*(no|0)|maximum-scale/);
    expect(await page.locator('.app').evaluate((el) => getComputedStyle(el).touchAction)).toBe(
      'manipulation',
    );
    expect(await dashboard.map.evaluate((el) => getComputedStyle(el).touchAction)).toBe('none');
  });

  test('pinching the map zooms the map', async ({ dashboard, page }) => {
    await dashboard.open('?map=36.5000,127.8000,7');
    await dashboard.expectStationsDrawn(97);
    const before = (await dashboard.mapView()).zoom;
    const box = (await dashboard.map.boundingBox())!;
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    const cdp = await page.context().newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', spread: number) =>
      cdp.send('Input.dispatchTouchEvent', {
        type,
        touchPoints:
          type === 'touchEnd'
            ? []
            : [
                { x: cx - spread, y: cy, id: 1 },
                { x: cx + spread, y: cy, id: 2 },
              ],
      });
    await touch('touchStart', 30);
    for (let spread = 40; spread <= 150; spread += 10) await touch('touchMove', spread);
    await touch('touchEnd', 150);
    await expect.poll(async () => (await dashboard.mapView()).zoom).toBeGreaterThan(before + 0.5);
    // The page itself did not zoom.
    expect(await page.evaluate(() => window.visualViewport?.scale ?? 1)).toBe(1);
  });
});

test.describe('tablets and laptops', () => {
  for (const viewport of [
    { width: 768, height: 1024 },
    { width: 1366, height: 768 },
  ]) {
    test(`${viewport.width}×${viewport.height}: map and list side by side`, async ({
      dashboard,
      a11y,
      page,
    }) => {
      await page.setViewportSize(viewport);
      await dashboard.open();
      await dashboard.expectStationsDrawn(97);
      const panel = (await a11y.sidePanel.boundingBox())!;
      const map = (await dashboard.map.boundingBox())!;
      expect(panel.x + panel.width).toBeLessThanOrEqual(map.x + 1);
      expect(map.width).toBeGreaterThan(viewport.width / 2 - 10);
      await expect(dashboard.row('속초')).toBeInViewport();
      await expect(a11y.sheetToggle).toHaveCount(0);
      const { scrollWidth, innerWidth } = await a11y.horizontalOverflow();
      expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
    });
  }
});

test.describe('themes', () => {
  test.use({ colorScheme: 'dark' });

  test('follows the system, can be switched, and the map redraws in the new colours', async ({
    dashboard,
    a11y,
    page,
  }) => {
    await dashboard.open();
    await dashboard.expectStationsDrawn(97);
    const background = () =>
      page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(await background()).toBe('rgb(15, 17, 21)');
    const draws = await page.evaluate(
      () => performance.getEntriesByName('nalssi:stations-rendered', 'mark').length,
    );
    await a11y.themeSelect.selectOption('light');
    expect(await background()).toBe('rgb(246, 247, 249)');
    await expect
      .poll(() =>
        page.evaluate(
          () => performance.getEntriesByName('nalssi:stations-rendered', 'mark').length,
        ),
      )
      .toBeGreaterThan(draws);
    // Remembered on this device.
    await page.reload();
    await expect(a11y.themeSelect).toHaveValue('light');
    expect(await background()).toBe('rgb(246, 247, 249)');
  });
});
