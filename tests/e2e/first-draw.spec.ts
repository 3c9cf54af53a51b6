/**
 * Issue 14: what the first draw does not need comes after it. The list, the
 * details and the news code are fetched only once the stations are on the
 * map, except an article a link opened, which comes even before the map;
 * English messages only for a page in English; and a part that cannot be
 * fetched says so and offers a reload instead of leaving a blank page.
 */
import { expect, RENDERED_MARK, test } from './support/dashboard';
import { FEED_GLOB, SEED_FEED_TEXT } from './support/feed-route';

const ARTICLE_ID = 'gumi-americas-delegation';

/** Start times (ms since navigation) of scripts whose file name starts with `prefix`. */
function scriptStarts(page: import('@playwright/test').Page, prefix: string): Promise<number[]> {
  return page.evaluate(
    (prefix) =>
      performance
        .getEntriesByType('resource')
        .filter((entry) => new URL(entry.name).pathname.split('/').at(-1)!.startsWith(prefix))
        .map((entry) => entry.startTime),
    prefix,
  );
}

/**
 * Counts, from the page's start, the calls of one 2D-context method on the
 * station canvas itself (not on its sprite pages); returns a reader.
 */
async function countStationCanvasCalls(
  page: import('@playwright/test').Page,
  method: 'clearRect' | 'strokeText',
): Promise<() => Promise<number>> {
  await page.addInitScript((name) => {
    const context = CanvasRenderingContext2D.prototype as unknown as Record<
      string,
      (this: CanvasRenderingContext2D, ...args: unknown[]) => unknown
    >;
    const original = context[name]!;
    const counted = window as unknown as { stationCanvasCalls?: Record<string, number> };
    const calls = (counted.stationCanvasCalls ??= {});
    calls[name] = 0;
    context[name] = function (...args) {
      if (this.canvas.classList.contains('nalssi-stations')) calls[name] = (calls[name] ?? 0) + 1;
      return original.apply(this, args);
    };
  }, method);
  return () =>
    page.evaluate(
      (name) =>
        (window as unknown as { stationCanvasCalls: Record<string, number> }).stationCanvasCalls[
          name
        ] ?? 0,
      method,
    );
}

function firstDrawAt(page: import('@playwright/test').Page): Promise<number> {
  return page.evaluate((name) => {
    const drawn = (performance.getEntriesByName(name, 'mark') as PerformanceMark[]).find(
      (mark) => (mark.detail as { count: number }).count > 0,
    );
    return drawn ? drawn.startTime : NaN;
  }, RENDERED_MARK);
}

/** Makes every download of the asset files matching `glob` fail, as on a phone that lost its connection. */
async function cutOff(page: import('@playwright/test').Page, glob: string): Promise<void> {
  await page.route(`**/assets/${glob}`, (route) => route.abort('internetdisconnected'));
}

test('the list comes after the stations are drawn; the news with the map’s code, not before', async ({
  dashboard,
  page,
}) => {
  await dashboard.open();
  await dashboard.expectStationsDrawn(97);
  await expect(dashboard.rows.first()).toBeVisible();
  await expect(dashboard.newsTab).toContainText('1');

  const drawnAt = await firstDrawAt(page);
  const panel = await scriptStarts(page, 'station-panel-');
  const news = await scriptStarts(page, 'parse-news-');
  const [map] = await scriptStarts(page, 'station-map-');
  expect(panel.length, 'the list code was fetched').toBeGreaterThan(0);
  expect(news.length, 'the news parser was fetched').toBeGreaterThan(0);
  for (const start of panel) expect(start).toBeGreaterThan(drawnAt);
  // Its marks go on the markers: it may come before the draw, but never ahead of the map.
  for (const start of news) expect(start).toBeGreaterThanOrEqual(map!);
});

test('a linked article comes first, the map after it, the station details after the draw', async ({
  dashboard,
  page,
}) => {
  await dashboard.open(`?station=279&news=${ARTICLE_ID}`);
  await expect(page.locator('.news-article-frame h2')).toBeVisible();
  await dashboard.expectStationsDrawn(97);
  const [article] = await scriptStarts(page, 'news-article-slot-');
  const [map] = await scriptStarts(page, 'station-map-');
  expect(article, 'the article code was fetched').toBeDefined();
  expect(map, 'the map code was fetched').toBeDefined();
  expect(map).toBeGreaterThan(article!);
  await page.keyboard.press('Escape');
  await expect(dashboard.article).toHaveCount(0);
  await expect(dashboard.details).toContainText('구미');
  const drawnAt = await firstDrawAt(page);
  for (const start of await scriptStarts(page, 'station-details-'))
    expect(start).toBeGreaterThan(drawnAt);
});

test('a Korean page never fetches the English messages; an English one does, each rest after the draw', async ({
  dashboard,
  page,
}) => {
  await dashboard.open();
  await dashboard.expectStationsDrawn(97);
  await expect(dashboard.rows.first()).toBeVisible();
  // Neither English part; Korean's deferred part only after the draw.
  expect(await scriptStarts(page, 'messages.en')).toEqual([]);
  const koreanRest = await scriptStarts(page, 'messages.ko.deferred-');
  expect(koreanRest).toHaveLength(1);
  expect(koreanRest[0]).toBeGreaterThan(await firstDrawAt(page));

  await dashboard.open('?lang=en');
  await dashboard.expectStationsDrawn(97);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Nalssi');
  await expect(dashboard.rows.first()).toBeVisible();
  expect(await scriptStarts(page, 'messages.en-')).toHaveLength(1);
  const englishRest = await scriptStarts(page, 'messages.en.deferred-');
  expect(englishRest).toHaveLength(1);
  expect(englishRest[0]).toBeGreaterThan(await firstDrawAt(page));
  expect(await scriptStarts(page, 'messages.ko.deferred-')).toEqual([]);
});

test('messages that cannot be fetched after the draw offer a reload, and the map still works', async ({
  dashboard,
  page,
}) => {
  await cutOff(page, 'messages.ko.deferred-*.js');
  await dashboard.open();
  await dashboard.expectStationsDrawn(97);
  const failure = page.locator('.deferred-failed').first();
  await expect(failure).toContainText('화면 일부를 불러오지 못했습니다');
  // No key is ever shown in place of words.
  await expect(page.locator('body')).not.toContainText('list.count');

  await page.unroute('**/assets/messages.ko.deferred-*.js');
  await failure.getByRole('button', { name: '새로 고침' }).click();
  await expect(dashboard.rows.first()).toBeVisible();
});

/**
 * Holds back every script file `held` names until every path in `expected`
 * has been requested, or 5 s have passed, as a slow connection would; returns
 * what was requested while they were held.
 */
async function requestsWhileHeld(
  page: import('@playwright/test').Page,
  held: (path: string) => boolean,
  expected: readonly RegExp[],
): Promise<string[]> {
  const seen: string[] = [];
  let holding = 0;
  page.on('request', (request) => {
    if (holding > 0) seen.push(new URL(request.url()).pathname);
  });
  let released!: () => void;
  const done = new Promise<void>((resolve) => (released = resolve));
  await page.route('**/assets/*.js', async (route) => {
    if (!held(new URL(route.request().url()).pathname)) return route.continue();
    holding += 1;
    const until = Date.now() + 5_000;
    while (Date.now() < until && !expected.every((path) => seen.some((seen) => path.test(seen))))
      await new Promise((resolve) => setTimeout(resolve, 25));
    holding -= 1;
    await route.continue();
    released();
  });
  return done.then(() => seen);
}

/** The entry script, `assets/main-….js`. */
const isEntry = (path: string) => /\/assets\/main-[^/]+\.js$/.test(path);

test('an English page, a linked article and a search start their downloads beside the entry script', async ({
  dashboard,
  page,
}) => {
  const english = [/\/messages\.en-[^/]+\.js$/];
  const englishSeen = requestsWhileHeld(page, isEntry, english);
  await dashboard.open('?lang=en');
  for (const path of english) expect(await englishSeen).toContainEqual(expect.stringMatching(path));
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Nalssi');
  await dashboard.expectStationsDrawn(97);
  await page.unrouteAll();

  const article = [
    /\/news-article-slot-[^/]+\.js$/,
    /\/parse-news-[^/]+\.js$/,
    /\/messages\.ko\.deferred-[^/]+\.js$/,
    /\/data\/news\.json$/,
  ];
  const articleSeen = requestsWhileHeld(page, isEntry, article);
  await dashboard.open(`?lang=ko&station=279&news=${ARTICLE_ID}`);
  for (const path of article) expect(await articleSeen).toContainEqual(expect.stringMatching(path));
  await expect(page.locator('.news-article-frame h2')).toBeVisible();
  // The news query used the early download instead of asking again.
  const newsFetches = await page.evaluate(
    () =>
      performance.getEntriesByType('resource').filter((entry) => entry.name.endsWith('/news.json'))
        .length,
  );
  expect(newsFetches).toBe(1);
  // A Korean page with an article asks for no English.
  expect(await scriptStarts(page, 'messages.en-')).toEqual([]);
  await page.unrouteAll();

  const search = [/\/search-stations-[^/]+\.js$/];
  const searchSeen = requestsWhileHeld(page, isEntry, search);
  await dashboard.open('?q=구미');
  for (const path of search) expect(await searchSeen).toContainEqual(expect.stringMatching(path));
  await expect(dashboard.countLine).toContainText('검색 ‘구미’');
});

test('a linked article starts its downloads as the page is parsed, before any script file the page names has come', async ({
  dashboard,
  page,
}) => {
  // Every script file the HTML asks for (entry, preloads) is held until the article's own
  // downloads have started: only code written into the page itself can start them.
  const html = await (await page.request.get('/')).text();
  const named = new Set(
    [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map(([, file]) => `/${file}`),
  );
  expect(named.size).toBeGreaterThan(2);
  const article = [/\/news-article-slot-[^/]+\.js$/, /\/data\/news\.json$/];
  const seen = requestsWhileHeld(page, (path) => named.has(path), article);
  await dashboard.open(`?station=279&news=${ARTICLE_ID}`);
  for (const path of article)
    expect(await seen, 'the article was asked for while the scripts were held').toContainEqual(
      expect.stringMatching(path),
    );
  await expect(page.locator('.news-article-frame h2')).toBeVisible();
});

test('an English page fetches and parses the feed while its messages are on their way: its first render shows the feed', async ({
  dashboard,
  page,
}) => {
  // What #root holds the first time it holds anything: the header's observation time or not.
  await page.addInitScript(() => {
    const seen = window as unknown as { firstRender?: string | null };
    const observer = new MutationObserver(() => {
      const root = document.getElementById('root');
      if (!root || root.childElementCount === 0) return;
      seen.firstRender = root.querySelector('.observed')?.textContent ?? null;
      observer.disconnect();
    });
    observer.observe(document, { childList: true, subtree: true });
  });
  // The messages are held until the feed has been parsed (3 s at most): a page that only asks
  // for the feed when it first renders renders without it.
  await page.route('**/assets/messages.en-*.js', async (route) => {
    const parsed = () =>
      page.evaluate(() => performance.getEntriesByName('nalssi:feed-parsed').length > 0);
    for (let waited = 0; waited < 3000 && !(await parsed()); waited += 50)
      await new Promise((resolve) => setTimeout(resolve, 50));
    await route.continue();
  });
  await dashboard.open('?lang=en');
  await dashboard.expectStationsDrawn(97);
  const firstRender = await page.evaluate(
    () => (window as unknown as { firstRender?: string | null }).firstRender,
  );
  expect(firstRender).toMatch(/21 May 2024/);
});

test('switching to English offline says so and keeps the page in Korean', async ({
  dashboard,
  page,
}) => {
  await dashboard.open();
  await dashboard.expectStationsDrawn(97);
  await cutOff(page, 'messages.en-*.js');
  await page.locator('.header-tools button[lang]').click();
  await expect(page.getByRole('alert')).toContainText('영어 화면을 불러오지 못했습니다');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(dashboard.rows.first()).toBeVisible();

  // Back online, the link in the message loads the page in English, whether or not the browser
  // would fetch a module that failed once again.
  await page.unroute('**/assets/messages.en-*.js');
  await page.getByRole('alert').getByRole('link', { name: 'Reload in English' }).click();
  await expect(page).toHaveURL(/[?&]lang=en/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await dashboard.expectStationsDrawn(97);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a list that cannot be fetched offers a reload, and the map still works', async ({
  dashboard,
  page,
}) => {
  await cutOff(page, 'station-panel-*.js');
  await dashboard.open();
  await dashboard.expectStationsDrawn(97);
  const failure = page.locator('.deferred-failed');
  await expect(failure).toContainText('화면 일부를 불러오지 못했습니다');
  await expect(failure.getByRole('button', { name: '새로 고침' })).toBeVisible();

  await page.unroute('**/assets/station-panel-*.js');
  await failure.getByRole('button', { name: '새로 고침' }).click();
  await expect(dashboard.rows.first()).toBeVisible();
});

/** Every station count the map layer has drawn so far, in order. */
function drawnCounts(page: import('@playwright/test').Page): Promise<number[]> {
  return page.evaluate(
    (name) =>
      (performance.getEntriesByName(name, 'mark') as PerformanceMark[]).map(
        (mark) => (mark.detail as { count: number }).count,
      ),
    RENDERED_MARK,
  );
}

test('search code comes after the draw, unless the address has a search, which the first draw already applies', async ({
  dashboard,
  page,
}) => {
  await dashboard.open();
  await dashboard.expectStationsDrawn(97);
  await expect(dashboard.searchBox).toBeVisible();
  const drawnAt = await firstDrawAt(page);
  const searchCode = await scriptStarts(page, 'search-stations-');
  expect(searchCode.length, 'the search code was fetched').toBe(1);
  expect(searchCode[0]).toBeGreaterThan(drawnAt);

  await dashboard.open('?q=구');
  await expect(dashboard.countLine).toContainText('검색 ‘구’');
  const drawn = await drawnCounts(page);
  const found = drawn.at(-1)!;
  expect(found).toBeGreaterThan(1);
  expect(found).toBeLessThan(97);
  await expect(dashboard.countLine).toContainText(`97개 중 ${found}개`);
  // Never all 97 first: the map waited for the search code.
  expect(drawn.filter((count) => count > 0).every((count) => count === found)).toBe(true);
});

test('search code that cannot be fetched offers a reload, and the map still works', async ({
  dashboard,
  page,
}) => {
  await cutOff(page, 'search-stations-*.js');
  await dashboard.open();
  await dashboard.expectStationsDrawn(97);
  await expect(page.locator('.deferred-failed')).toContainText('화면 일부를 불러오지 못했습니다');

  // With a search in the address the map waits for the code, so the page says why it is empty.
  // (The panel comes once the first draw is given up on: PATIENCE_MS, 4 s, in lib/first-draw.ts.)
  await dashboard.open('?q=구');
  await expect(page.locator('.deferred-failed')).toContainText('화면 일부를 불러오지 못했습니다', {
    timeout: 15_000,
  });
  await expect(
    page.locator('.deferred-failed').getByRole('button', { name: '새로 고침' }),
  ).toBeVisible();
});

test('on a slow phone the first draw already has every label: the map is not drawn again to add them', async ({
  dashboard,
  page,
  context,
}) => {
  // Every draw of the station canvas starts by clearing it: count them.
  const stationDraws = await countStationCanvasCalls(page, 'clearRect');
  // News marks on the markers are a reason to draw again: keep them out of this count.
  await page.route('**/data/news.json', (route) => route.abort('internetdisconnected'));
  // A phone's CPU, where a draw has time for only part of the labels when it keeps to a budget.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await dashboard.open();
  await dashboard.expectStationsDrawn(97);
  // The frames after the draw, where labels left for later used to come.
  await page.evaluate(async () => {
    for (let frame = 0; frame < 4; frame += 1)
      await new Promise((resolve) => requestAnimationFrame(resolve));
  });
  expect(await stationDraws()).toBe(1);
});

test('labels first painted as text are copied from sprites later, and look exactly the same', async ({
  dashboard,
  page,
}) => {
  // Count the label texts (each stroked for its halo) painted on the station canvas itself.
  const painted = await countStationCanvasCalls(page, 'strokeText');
  await dashboard.open();
  await dashboard.expectStationsDrawn(97);
  // The station canvas's pixels, kept in the page; then how many differ from them now by more
  // than a rounding step (a colour channel off by over 8 of 255).
  const keepPixels = () =>
    page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('canvas.nalssi-stations')!;
      const kept = window as unknown as { keptPixels: Uint8ClampedArray };
      kept.keptPixels = canvas
        .getContext('2d')!
        .getImageData(0, 0, canvas.width, canvas.height).data;
    });
  const pixelsChanged = () =>
    page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('canvas.nalssi-stations')!;
      const now = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      const kept = (window as unknown as { keptPixels: Uint8ClampedArray }).keptPixels;
      if (kept.length !== now.length) return -1;
      let changed = 0;
      for (let i = 0; i < now.length; i += 4)
        for (let channel = 0; channel < 4; channel += 1)
          if (Math.abs(now[i + channel]! - kept[i + channel]!) > 8) {
            changed += 1;
            break;
          }
      return changed;
    });
  // The first draw has no sprites yet: its labels are painted.
  expect(await painted()).toBeGreaterThan(40);
  await keepPixels();
  // Idle time, in which the sprites are made.
  await page.evaluate(async () => {
    for (let quiet = 0; quiet < 5;) {
      const idle = await new Promise<number>((resolve) =>
        requestIdleCallback((deadline) => resolve(deadline.timeRemaining())),
      );
      quiet = idle > 40 ? quiet + 1 : 0;
    }
  });
  // Narrow to 맑음 (where a few labels the full view had no room for are new) and back:
  // the first view, drawn again.
  await dashboard.chip('맑음').click();
  await dashboard.expectStationsDrawn(45);
  const before = await painted();
  await dashboard.chip('전체').click();
  await dashboard.expectStationsDrawn(97);
  expect(await painted()).toBe(before);
  expect(await pixelsChanged()).toBe(0);
});

test.describe('on a phone, while the feed is on its way', () => {
  // Lighthouse's phone: the feed's line fits one row at this width.
  test.use({ viewport: { width: 412, height: 823 }, hasTouch: true, isMobile: true });

  test('a linked article says its weather is loading, and nothing moves when the feed comes', async ({
    page,
  }) => {
    let releaseFeed: () => void = () => {};
    const feedHeld = new Promise<void>((resolve) => (releaseFeed = resolve));
    await page.route(FEED_GLOB, async (route) => {
      await feedHeld;
      await route.fulfill({ contentType: 'application/json', body: SEED_FEED_TEXT });
    });
    await page.addInitScript(() => {
      const shifts: number[] = [];
      (window as unknown as { layoutShifts: number[] }).layoutShifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          shifts.push((entry as unknown as { value: number }).value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`/?station=279&news=${ARTICLE_ID}`);

    const weather = page.locator('.news-weather > li');
    await expect(weather).toHaveText(/관측 자료를 불러오는 중/);
    await expect(page.locator('.news-weather-missing')).toHaveCount(0);
    const body = page.locator('.news-article-body');
    const before = await body.boundingBox();

    releaseFeed();
    await expect(weather).toContainText('구미 · ');
    await expect(page.locator('.app-header .observed-at')).toBeVisible();
    expect(await body.boundingBox()).toEqual(before);
    const shifts = await page.evaluate(
      () => (window as unknown as { layoutShifts: number[] }).layoutShifts,
    );
    expect(shifts).toEqual([]);
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 412, height: 823 }, hasTouch: true, isMobile: true });

  test('an article a link opened covers the map, so the map is built and drawn only when it closes', async ({
    dashboard,
    page,
  }) => {
    await dashboard.open(`?station=279&news=${ARTICLE_ID}`);
    await expect(dashboard.articleWeather).toContainText('구미');
    // Its code is fetched while the article is read, so closing it does not wait for the network.
    await expect.poll(() => scriptStarts(page, 'station-map')).not.toEqual([]);
    // What waits for the first draw (the list) does not wait for this one: once it is here,
    // a map that was going to be drawn under the article would have been.
    await expect(page.locator('.station-list-scroll [role=option]').first()).toBeAttached();
    expect(await dashboard.lastDrawnCount()).toBeNull();
    await expect(page.locator('.leaflet-container')).toHaveCount(0);

    await page.locator('section.news-article-frame .news-show-on-map').click();
    await expect(dashboard.article).toHaveCount(0);
    await dashboard.expectStationsDrawn(97);
    await expect(dashboard.details).toContainText('구미');
  });
});
