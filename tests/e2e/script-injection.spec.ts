/**
 * No code from data: a feed and URL parameters full of payloads built to run
 * script. None may run — no dialog, no global flag, no request to any host but
 * the test server — and the text is shown literally.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './support/dashboard';
import { FeedRoute, serveJson } from './support/feed-route';

const PWN = 'window.__pwned=1';

/** Names (≤ 60 characters) and condition words (≤ 40) that execute if treated as markup. */
const NAMES = [
  `<img src=x onerror="${PWN}">`,
  `<script>${PWN}</script>`,
  `javascript:${PWN}`,
  `"><svg onload=${PWN}>`,
  `<iframe src="javascript:${PWN}">`,
  `<img src=//evil.invalid/n.png>`,
  `{{constructor.constructor('${PWN}')()}}`,
];
const CONDITIONS = [`<img src=x onerror=${PWN}>`, `<script>${PWN}</script>`, 'javascript:alert(1)'];

const HOSTILE_FEED = {
  observedAt: '2024-05-21',
  source: `<img src=x onerror="${PWN}">`,
  observations: [
    ...NAMES.map((name, index) => ({
      stationId: `9${index}`,
      name,
      condition: CONDITIONS[index % CONDITIONS.length],
      temperature: 15,
      lat: 36 + index * 0.3,
      lon: 127 + index * 0.2,
    })),
    // Rejected records are listed in the details view: their station numbers too.
    { stationId: `<img src=x onerror=${PWN}>`, condition: '맑음' },
    { stationId: '500', condition: '맑음', temperature: `<script>${PWN}</script>` },
  ],
};

/** Everything that would betray executed script. */
function watchForExecution(page: Page) {
  const dialogs: string[] = [];
  const strayRequests: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('request', (request) => {
    const url = new URL(request.url());
    const stray =
      (url.protocol !== 'data:' && url.hostname !== '127.0.0.1') ||
      /\/(x|n\.png)$|pwned/.test(url.pathname);
    if (stray) strayRequests.push(request.url());
  });
  return {
    async expectNothingRan() {
      expect(dialogs).toEqual([]);
      expect(strayRequests).toEqual([]);
      expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
      // Nothing was parsed into live elements either.
      expect(
        await page
          .locator('#root script, #root iframe, #root svg[onload], #root img[onerror]')
          .count(),
      ).toBe(0);
    },
  };
}

test('a feed of script payloads is shown as text and runs nothing', async ({ dashboard, page }) => {
  const watch = watchForExecution(page);
  await FeedRoute.install(page, serveJson(HOSTILE_FEED));
  await dashboard.open();
  await expect(dashboard.listCount).toHaveText(`${NAMES.length}개 중 ${NAMES.length}개`);
  await dashboard.expectStationsDrawn(NAMES.length);
  for (const name of NAMES) {
    await expect(page.locator('.station-row-primary', { hasText: name }).first()).toHaveText(name);
  }
  await expect(page.getByText(CONDITIONS[0]!, { exact: true }).first()).toBeVisible();
  await expect(page.getByText(`${HOSTILE_FEED.source} 제공`)).toBeVisible();

  // The details of one station, and the list of rejected records.
  await dashboard.rows.first().click();
  await expect(dashboard.details).toContainText(NAMES[0]!);
  await page.getByRole('button', { name: '자세히' }).click();
  await expect(page.locator('.feed-problems')).toContainText('<img src=x onerr');
  await expect(page.locator('.feed-problems')).toContainText('기온이 숫자가 아님');

  await watch.expectNothingRan();
});

test('URL parameters carrying script payloads run nothing', async ({ dashboard, page }) => {
  const watch = watchForExecution(page);
  const query = new URLSearchParams({
    q: `<script>${PWN}</script>`,
    station: `<img src=x onerror=${PWN}>`,
    news: `<img src=x onerror=${PWN}>`,
    sky: `"><svg onload=${PWN}>`,
    map: 'javascript:alert(1)',
    sort: '<script>',
    lang: '<svg onload=alert(1)>',
  });
  await dashboard.open(`?${query}`);
  await expect(dashboard.searchBox).toHaveValue(`<script>${PWN}</script>`);
  await expect(dashboard.listCount).toHaveText('97개 중 0개');
  await expect(dashboard.details).toHaveCount(0);
  await dashboard.searchBox.fill('');
  await expect(dashboard.listCount).toHaveText('97개 중 97개');
  await watch.expectNothingRan();
});

const HOSTILE_NEWS = {
  items: [
    'javascript:window.__pwned=1',
    'data:text/html,<script>alert(1)</script>',
    '//evil.invalid/x',
  ].map((url, index) => ({
    id: `hostile-${index}`,
    title: `<img src=x onerror="${PWN}"> 제목 ${index}`,
    subtitle: `<script>${PWN}</script>`,
    body: [
      { type: 'heading', text: `"><svg onload=${PWN}>` },
      { type: 'paragraph', text: `<a href="javascript:${PWN}">눌러 보세요</a> \u202E역방향` },
    ],
    region: { name: `<b onmouseover=${PWN}>구미</b>`, province: '경상북도' },
    stationIds: ['279'],
    url,
    source: `<img src=//evil.invalid/s.png>`,
  })),
};

test('a news feed of script payloads and unsafe links runs nothing and links nowhere', async ({
  dashboard,
  page,
}) => {
  const watch = watchForExecution(page);
  await page.route('**/data/news.json', (route) => route.fulfill({ json: HOSTILE_NEWS }));
  for (const item of HOSTILE_NEWS.items) {
    await dashboard.open(`?news=${item.id}`);
    await expect(dashboard.article.getByRole('heading', { level: 2 })).toHaveText(item.title);
    await expect(dashboard.article).toContainText(`<a href="javascript:${PWN}">눌러 보세요</a>`);
    await expect(dashboard.article).toContainText(item.subtitle);
  }
  await expect(
    page.locator('a[href^="javascript:" i], a[href^="data:" i], a[href^="//"]'),
  ).toHaveCount(0);
  await watch.expectNothingRan();
});

test('embed parameters carrying script payloads run nothing', async ({ page }) => {
  const watch = watchForExecution(page);
  const query = new URLSearchParams({
    view: `<script>${PWN}</script>`,
    stations: `<img src=x onerror=${PWN}>,90`,
    region: `"><svg onload=${PWN}>`,
    sky: `<script>${PWN}</script>`,
    wid: `<img src=x onerror=${PWN}>`,
    theme: 'javascript:alert(1)',
    lang: '<svg onload=alert(1)>',
    interval: '<script>',
  });
  await page.goto(`/embed.html?${query}`);
  await expect(page.locator('#root')).toContainText('기상청 제공');
  await watch.expectNothingRan();
});
