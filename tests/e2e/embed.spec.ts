import { FeedRoute, serveSeed, serveStatus } from './support/feed-route';
import { MAP_CODE, PORTAL_ORIGIN, expect, test } from './support/portal';

test.describe('the widget pasted into a portal on another origin', () => {
  test('appears, with the source, the date and a title, and sizes its iframe to its content', async ({
    portal,
    appOrigin,
  }) => {
    await portal.open();
    const ticker = portal.iframe('ticker-slot');
    await expect(ticker).toHaveAttribute('title', /날씨/);
    await expect(ticker).toHaveAttribute('loading', 'lazy');
    expect(new URL((await ticker.getAttribute('src'))!).origin).toBe(appOrigin);
    await expect(portal.tickerItem('ticker-slot')).toContainText('℃');
    await expect(portal.widget('ticker-slot').getByText('기상청 제공')).toBeVisible();
    await expect(portal.widget('ticker-slot').getByText('관측 5월 21일')).toBeVisible();
    await expect.poll(() => portal.iframeHeight('ticker-slot')).toBe(40);

    // Three stations make a card shorter than its first 400 px: the iframe follows the content.
    await expect(portal.cardRows('card-slot')).toHaveCount(3);
    await expect.poll(() => portal.iframeHeight('card-slot')).toBeLessThan(400);
    expect(await portal.iframeHeight('card-slot')).toBe(await portal.contentHeight('card-slot'));
  });

  test('two widgets on one page each get their own iframe and size', async ({ portal }) => {
    await portal.open();
    await expect(portal.cardRows('card-slot')).toHaveText([/속초/, /강릉/, /서울/]);
    await expect(portal.tickerItem('ticker-slot')).toBeVisible();
    const ids = await Promise.all(
      ['ticker-slot', 'card-slot'].map(async (slot) =>
        new URL((await portal.iframe(slot).getAttribute('src'))!).searchParams.get('wid'),
      ),
    );
    expect(new Set(ids).size).toBe(2);
    await expect.poll(() => portal.iframeHeight('ticker-slot')).toBe(40);
    await expect
      .poll(() => portal.iframeHeight('card-slot'))
      .toBe(await portal.contentHeight('card-slot'));
    // One namespace, nothing else: the loader leaves the portal's globals alone.
    expect(await portal.loaderGlobal()).toEqual(['scan', 'version']);
  });

  test('ignores resize messages that do not come from its own widget', async ({ portal }) => {
    await portal.open();
    await expect.poll(() => portal.iframeHeight('ticker-slot')).toBe(40);
    await portal.page.evaluate(() => {
      const forged = { type: 'nalssi:resize', id: 'nalssi-1', height: 900 };
      window.postMessage(forged, '*');
    });
    await portal.page.waitForTimeout(300);
    expect(await portal.iframeHeight('ticker-slot')).toBe(40);
  });

  test('a widget added after the page loaded works', async ({ portal }) => {
    await portal.open('/empty.html');
    await expect.poll(() => portal.loaderGlobal()).not.toBeNull();
    await portal.addWidget('late-slot', { view: 'card', sky: 'clear', region: '강원특별자치도' });
    await expect(portal.cardRows('late-slot').first()).toBeVisible();
    await expect(portal.cardRows('late-slot')).not.toHaveCount(0);
    for (const row of await portal.cardRows('late-slot').all())
      await expect(row).toContainText('맑음');
    await expect
      .poll(() => portal.iframeHeight('late-slot'))
      .toBe(await portal.contentHeight('late-slot'));
  });

  test('hovering pauses the ticker, and it rolls on after', async ({ portal }) => {
    await portal.open();
    const first = await portal.tickerStation('ticker-slot');
    // data-interval="2": it advances on its own.
    await expect.poll(() => portal.tickerStation('ticker-slot'), { timeout: 6000 }).not.toBe(first);

    await portal.iframe('ticker-slot').hover();
    const held = await portal.tickerStation('ticker-slot');
    await portal.page.waitForTimeout(5000);
    expect(await portal.tickerStation('ticker-slot')).toBe(held);

    await portal.page.mouse.move(5, 700);
    await expect.poll(() => portal.tickerStation('ticker-slot'), { timeout: 6000 }).not.toBe(held);
  });

  test('the pause button stops the ticker for good, and play starts it again', async ({
    portal,
  }) => {
    await portal.open();
    const widget = portal.widget('ticker-slot');
    await widget.getByRole('button', { name: '자동 넘김 멈춤' }).click();
    await portal.page.mouse.move(5, 700);
    const stopped = await portal.tickerStation('ticker-slot');
    await portal.page.waitForTimeout(4500);
    expect(await portal.tickerStation('ticker-slot')).toBe(stopped);
    await widget.getByRole('button', { name: '다음 관측소' }).click();
    await expect.poll(() => portal.tickerStation('ticker-slot')).not.toBe(stopped);
    await widget.getByRole('button', { name: '자동 넘김 재생' }).click();
    await expect(widget.getByRole('button', { name: '자동 넘김 멈춤' })).toBeVisible();
  });

  test('clicking a station opens the dashboard at that station in a new tab', async ({
    portal,
    context,
    appOrigin,
  }) => {
    await portal.open();
    const sokcho = portal.cardRows('card-slot').filter({ hasText: '속초' });
    await expect(sokcho).toHaveAttribute('target', '_blank');
    await expect(sokcho).toHaveAttribute('rel', 'noopener');
    const [dashboard] = await Promise.all([context.waitForEvent('page'), sokcho.click()]);
    await dashboard.waitForLoadState();
    const url = new URL(dashboard.url());
    expect(url.origin).toBe(appOrigin);
    expect(url.pathname).toBe('/index.html');
    expect(url.searchParams.get('station')).toBe('90');
    await expect(dashboard.locator('section.station-details')).toContainText('속초');
    // The portal page itself stays where it was.
    expect(new URL(portal.page.url()).origin).toBe(PORTAL_ORIGIN);
  });

  test('invalid options render the default Korean ticker and warn in the console', async ({
    portal,
    page,
  }) => {
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs += 1;
      void dialog.dismiss();
    });
    await portal.open('/invalid.html');
    await expect(portal.tickerItem('bad-slot')).toContainText('℃');
    await expect(portal.widget('bad-slot').getByText('기상청 제공')).toBeVisible();
    await expect(portal.widget('bad-slot').locator('html')).toHaveAttribute('lang', 'ko');
    await expect.poll(() => warnings.length).toBeGreaterThanOrEqual(6);
    for (const option of ['view', 'sky', 'stations', 'region', 'lang', 'theme', 'interval']) {
      expect(warnings.join('\n')).toContain(option);
    }
    expect(dialogs).toBe(0);
  });
});

test.describe('a feed that fails', () => {
  test('says so with the feed address, and a retry brings the ticker', async ({
    page,
    appOrigin,
  }) => {
    const feed = await FeedRoute.install(page, serveStatus(503));
    await page.goto('/embed.html?view=ticker');
    await expect(page.getByRole('alert')).toHaveText('관측 자료를 불러올 수 없습니다.');
    await expect(page.locator('.embed-error')).toContainText(`${appOrigin}/data/observations.json`);
    expect((await page.locator('body').boundingBox())!.height).toBeLessThanOrEqual(40);

    feed.use(serveSeed);
    await page.getByRole('button', { name: '다시 시도' }).click();
    await expect(page.locator('.ticker-item')).toContainText('℃');
    await expect(page.getByRole('alert')).toHaveCount(0);
  });
});

test.describe('weight', () => {
  for (const view of ['ticker', 'card'] as const) {
    test(`the ${view} downloads no Leaflet and no map code`, async ({ portal, page }) => {
      const requests = portal.recordRequests();
      await page.goto(`/embed.html?view=${view}`);
      await expect(page.locator('.embed-name').first()).toBeVisible();
      await page.waitForLoadState('networkidle');
      expect(requests.filter((url) => url.endsWith('.js')).length).toBeGreaterThan(0);
      expect(requests.filter((url) => MAP_CODE.test(url))).toEqual([]);
    });
  }

  test('the map view loads the map on demand and draws the stations', async ({ portal, page }) => {
    const requests = portal.recordRequests();
    await page.goto('/embed.html?view=map&sky=맑음');
    await expect
      .poll(() =>
        page.evaluate(() => {
          const marks = performance.getEntriesByName('nalssi:stations-rendered', 'mark');
          return (marks.at(-1) as PerformanceMark | undefined)?.detail?.count ?? null;
        }),
      )
      .toBe(45);
    expect(requests.some((url) => MAP_CODE.test(url))).toBe(true);
    await expect(page.locator('.map-legend')).toHaveCount(0);
  });
});

test.describe('reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });

  test('the ticker starts paused and steps only when asked', async ({ page }) => {
    await page.goto('/embed.html?view=ticker&interval=2');
    const item = page.locator('.ticker-item');
    const first = await item.getAttribute('data-station');
    await expect(page.getByRole('button', { name: '자동 넘김 재생' })).toBeVisible();
    await page.waitForTimeout(4500);
    expect(await item.getAttribute('data-station')).toBe(first);
    expect(await item.evaluate((element) => getComputedStyle(element).animationName)).toBe('none');
    await page.getByRole('button', { name: '다음 관측소' }).click();
    await expect(item).not.toHaveAttribute('data-station', first!);
  });
});

test.describe('the 퍼가기 dialog in the dashboard', () => {
  test('builds the snippet from the filters, previews it, closes on Escape', async ({
    page,
    appOrigin,
  }) => {
    await page.goto(`/?sky=clear&region=${encodeURIComponent('강원특별자치도')}`);
    const opener = page.getByRole('button', { name: '퍼가기' });
    await opener.click();
    const dialog = page.getByRole('dialog', { name: '날씨 위젯 퍼가기' });
    await expect(dialog).toBeVisible();
    const snippet = dialog.getByRole('textbox', { name: '붙여 넣을 코드' });
    await expect(snippet).toHaveValue(
      `<div data-nalssi-widget data-view="ticker" data-sky="맑음" data-region="강원특별자치도" data-title="강원 날씨"></div>\n` +
        `<script async src="${appOrigin}/embed.js"></script>`,
    );
    const preview = dialog.locator('iframe');
    await expect(preview.contentFrame().locator('.ticker-item')).toContainText('맑음');

    await dialog.getByRole('radio', { name: '목록 카드' }).check();
    await expect(snippet).toHaveValue(/data-view="card"/);
    await expect(preview.contentFrame().locator('.embed-card-row').first()).toContainText('맑음');

    const copy = dialog.getByRole('button', { name: '코드 복사' });
    await copy.click();
    await expect(copy.locator('..').getByRole('status')).not.toBeEmpty();

    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(opener).toBeFocused();
  });
});
