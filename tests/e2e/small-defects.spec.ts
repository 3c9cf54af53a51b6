/**
 * Small defects found on the way (issue 12, item 7), each checked in the
 * built app: Leaflet's zoom buttons in the page's language, focus after
 * closing a deep-linked article on a phone, the map stylesheet fetched once,
 * the sample-data badge, and (issue 14) on phones and tablets: the header at
 * 360 px (its buttons beside the brand in English, a wrapped observation
 * line flush with the line), a station's card kept off the map's credits
 * line and its colouring switch, the legend and the shading note above
 * that line however many lines it takes, and no two of the map's panels
 * over one another from 320 to 1366 px.
 */
import { expect, IN_SIGHT, test } from './support/dashboard';
import { FeedRoute, SEED_FEED_TEXT, serveJson } from './support/feed-route';
import { apart, overlappingPanels, sidewaysScroll } from './support/panels';

const ARTICLE_ID = 'gumi-americas-delegation';
const GUMI = { lat: 36.1306, lon: 128.3206 };
const SEOUL = { lat: 37.5714, lon: 126.9658 };

test.describe('the map’s zoom buttons', () => {
  for (const [lang, zoomIn, zoomOut] of [
    ['ko', '확대', '축소'],
    ['en', 'Zoom in', 'Zoom out'],
  ] as const) {
    test(`are labelled in the page's language (${lang})`, async ({ dashboard, page }) => {
      await dashboard.open(`?lang=${lang}`);
      const plus = page.locator('.leaflet-control-zoom-in');
      const minus = page.locator('.leaflet-control-zoom-out');
      await expect(plus).toHaveAttribute('title', zoomIn);
      await expect(plus).toHaveAccessibleName(zoomIn);
      await expect(minus).toHaveAttribute('title', zoomOut);
      await expect(minus).toHaveAccessibleName(zoomOut);
    });
  }

  test('follow a language switch in place', async ({ dashboard, page }) => {
    await dashboard.open();
    await expect(page.locator('.leaflet-control-zoom-in')).toHaveAccessibleName('확대');
    await page.locator('.header-tools button[lang]').click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('.leaflet-control-zoom-in')).toHaveAccessibleName('Zoom in');
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('Esc on a deep-linked article puts focus on the map, not on <body>', async ({
    dashboard,
    page,
  }) => {
    await dashboard.open(`?news=${ARTICLE_ID}`);
    await expect(page.locator('section.news-article-frame h2')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dashboard.article).toHaveCount(0);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.tagName ?? null))
      .not.toBe('BODY');
    await expect(page.locator('.leaflet-container')).toBeFocused();
  });

  test('closing an article opened with its station moves the station out from under its card', async ({
    dashboard,
    page,
  }) => {
    // The article covers the whole map on a phone; the station's card comes when it closes.
    await dashboard.open(`?station=279&news=${ARTICLE_ID}`);
    await expect(page.locator('section.news-article-frame h2')).toBeFocused();
    await page.keyboard.press('Escape');
    await dashboard.expectStationsDrawn(97);
    await expect(dashboard.details).toBeVisible();
    await expect.poll(() => dashboard.selectionPlacement(GUMI.lat, GUMI.lon)).toEqual(IN_SIGHT);
  });
});

test('the map stylesheet is fetched once, with no preload warning', async ({ dashboard, page }) => {
  const cssRequests: string[] = [];
  const warnings: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'stylesheet' || request.url().endsWith('.css')) {
      cssRequests.push(request.url());
    }
  });
  page.on('console', (message) => {
    if (/preload/i.test(message.text())) warnings.push(message.text());
  });
  await dashboard.open();
  await dashboard.expectStationsDrawn(97);
  // The console warns about an unused preload only after a few seconds; wait for the load event first.
  await page.waitForLoadState('load');
  const mapCss = cssRequests.filter((url) => /station-map[^/]*\.css$/.test(url));
  expect(mapCss, cssRequests.join('\n')).toHaveLength(1);
  const counts = new Map<string, number>();
  for (const url of cssRequests) counts.set(url, (counts.get(url) ?? 0) + 1);
  expect([...counts].filter(([, n]) => n > 1)).toEqual([]);
  expect(warnings).toEqual([]);
});

test.describe('the sample-data badge', () => {
  test('shows in the header when the bundled sample is served', async ({ dashboard, page }) => {
    await dashboard.open();
    await expect(page.locator('.app-header .sample-badge')).toHaveText('표본 자료');
    await dashboard.open('?lang=en');
    await expect(page.locator('.app-header .sample-badge')).toHaveText('Sample data');
  });

  test('does not show for a live feed without the marker', async ({ dashboard, page }) => {
    const live = JSON.parse(SEED_FEED_TEXT) as Record<string, unknown>;
    delete live.sample;
    await FeedRoute.install(page, serveJson(live));
    await dashboard.open();
    await expect(dashboard.listCount).toHaveText('97개 중 97개');
    await expect(page.locator('.app-header .observed')).toBeVisible();
    await expect(page.locator('.sample-badge')).toHaveCount(0);
  });
});

test.describe('the header on a 360-px phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test('a part of the observation line that moves to the next row starts flush, not indented', async ({
    dashboard,
    page,
  }) => {
    await dashboard.open();
    const line = page.locator('.app-header .observed');
    const credit = line.locator('.attribution');
    await expect(credit).toHaveText('기상청 제공');
    const lineBox = (await line.boundingBox())!;
    const creditBox = (await credit.boundingBox())!;
    const timeBox = (await line.locator('.observed-at').boundingBox())!;
    // With the sample's badge the line is too long for 360 px: the credit takes the next row.
    expect(creditBox.y).toBeGreaterThan(timeBox.y + timeBox.height / 2);
    expect(Math.abs(creditBox.x - lineBox.x)).toBeLessThan(1);
  });

  test('in English, keeps its buttons beside the brand: two rows, not three', async ({
    dashboard,
    page,
  }) => {
    await dashboard.open('?lang=en');
    await expect(page.locator('.app-header .attribution')).toHaveText('Data: KMA');
    const brand = (await page.locator('.app-header .brand').boundingBox())!;
    const tools = (await page.locator('.app-header .header-tools').boundingBox())!;
    expect(tools.y).toBeLessThan(brand.y + brand.height);
    // Still a finger's size.
    for (const control of await page.locator('.header-tools :is(button, select)').all()) {
      const box = (await control.boundingBox())!;
      expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(44);
    }
  });
});

// One line of credits at 412 px, two at 360 (in Korean and in English).
for (const [width, lang] of [
  [412, 'ko'],
  [360, 'ko'],
  [360, 'en'],
] as const) {
  test.describe(`a station's card on a ${width}-px phone (${lang})`, () => {
    test.use({ viewport: { width, height: 780 }, hasTouch: true, isMobile: true });

    test('stays above the map’s credits line, which remains in sight', async ({
      dashboard,
      page,
    }) => {
      await dashboard.open(`?station=279&lang=${lang}`);
      await expect(dashboard.details).toContainText(lang === 'ko' ? '구미' : 'Gumi');
      const credits = page.locator('.map-area > .map-attribution');
      await expect(credits).toContainText('Natural Earth');
      const card = (await dashboard.details.boundingBox())!;
      const line = (await credits.boundingBox())!;
      expect(card.y + card.height).toBeLessThanOrEqual(line.y);
    });
  });
}

// A tablet held upright leaves the map 384 px: the card and the colouring switch cannot sit
// side by side. A laptop's map has room for both.
for (const [width, height, lang] of [
  [768, 1024, 'ko'],
  [768, 1024, 'en'],
  [1366, 768, 'en'],
] as const) {
  test.describe(`a station's card at ${width} px (${lang})`, () => {
    test.use({ viewport: { width, height }, hasTouch: width < 1024 });

    test('leaves the map’s colouring switch in sight and usable', async ({ dashboard, page }) => {
      await dashboard.open(`?station=279&lang=${lang}`);
      await expect(dashboard.details).toContainText(lang === 'ko' ? '구미' : 'Gumi');
      const switchGroup = page.locator('.map-coloring-switch');
      const card = (await dashboard.details.boundingBox())!;
      const group = (await switchGroup.boundingBox())!;
      const apart =
        card.y >= group.y + group.height ||
        card.x >= group.x + group.width ||
        card.y + card.height <= group.y;
      expect(apart, `card ${JSON.stringify(card)}, switch ${JSON.stringify(group)}`).toBe(true);
      if (width > 1024) expect(card.y).toBeLessThan(group.y + group.height);
      // Not only seen: a press reaches it, and the card stays open.
      await switchGroup.getByRole('button').nth(1).click();
      await expect(switchGroup.getByRole('button').nth(1)).toHaveAttribute('aria-pressed', 'true');
      await expect(dashboard.details).toBeVisible();
    });
  });
}

// The credits line wraps to two lines on a 384-px map (a tablet held upright) and stays one
// line on a laptop's; on phones the legend sits at the right, above it as well.
for (const [width, height, lang] of [
  [768, 1024, 'ko'],
  [768, 1024, 'en'],
  [1366, 768, 'en'],
  [360, 740, 'en'],
] as const) {
  test.describe(`the temperature view's legend and note at ${width} px (${lang})`, () => {
    test.use({ viewport: { width, height }, hasTouch: width < 1024 });

    test('stay above the map’s credits line and clear of each other', async ({
      dashboard,
      page,
    }) => {
      await dashboard.open(`?color=temperature&lang=${lang}`);
      const legend = page.locator('.map-legend-temperature');
      const note = page.locator('.map-field-note');
      await expect(note).toBeVisible();
      const credits = (await page.locator('.map-area > .map-attribution').boundingBox())!;
      const boxes = { legend: (await legend.boundingBox())!, note: (await note.boundingBox())! };
      for (const [name, box] of Object.entries(boxes))
        expect(box.y + box.height, `${name}'s foot, credits at ${credits.y}`).toBeLessThanOrEqual(
          credits.y,
        );
      const { legend: a, note: b } = boxes;
      expect(apart(a, b), `legend ${JSON.stringify(a)}, note ${JSON.stringify(b)}`).toBe(true);
    });
  });
}

test.describe('a station’s card on a short phone (320 × 640)', () => {
  test.use({ viewport: { width: 320, height: 640 }, hasTouch: true, isMobile: true });

  for (const lang of ['ko', 'en'])
    test(`leaves the zoom buttons and the colouring switch uncovered (${lang})`, async ({
      dashboard,
      page,
    }) => {
      await dashboard.open(`?station=279&color=temperature&lang=${lang}`);
      await expect(dashboard.details).toContainText(lang === 'ko' ? '구미' : 'Gumi');
      const card = (await dashboard.details.boundingBox())!;
      for (const selector of ['.leaflet-control-zoom', '.map-coloring-switch']) {
        const control = (await page.locator(selector).boundingBox())!;
        expect(
          control.y + control.height,
          `${selector}'s foot, card at ${card.y}`,
        ).toBeLessThanOrEqual(card.y);
      }
    });
});

test.describe('a selected station on a short phone (320 × 640)', () => {
  test.use({ viewport: { width: 320, height: 640 }, hasTouch: true, isMobile: true });

  // The strip between the colouring switch and the card is about 50 px tall there: the pan
  // used to put the station on the switch's lower edge, its dot half under it.
  for (const lang of ['ko', 'en'])
    for (const [id, place] of [
      ['279', GUMI],
      ['108', SEOUL],
    ] as const)
      test(`is put clear of the zoom buttons, the switch and the card (${id}, ${lang})`, async ({
        dashboard,
      }) => {
        await dashboard.open(`?station=${id}&lang=${lang}`);
        await expect(dashboard.details).toBeVisible();
        await expect
          .poll(() => dashboard.selectionPlacement(place.lat, place.lon))
          .toEqual(IN_SIGHT);
      });
});

test.describe('a station’s card over a phone’s temperature view', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('keeps the note that the shading is not observed in sight, above the card', async ({
    dashboard,
    page,
  }) => {
    await dashboard.open('?station=279&color=temperature&lang=en');
    await expect(dashboard.details).toContainText('Gumi');
    const note = page.locator('.map-field-note');
    await expect(note).toHaveText(/not observed/);
    // Nothing drawn over its middle: the card is not on top of it.
    const box = (await note.boundingBox())!;
    const onTop = await page.evaluate(
      ([x, y]) => document.elementFromPoint(x!, y!)?.closest('.map-field-note') !== null,
      [box.x + box.width / 2, box.y + box.height / 2],
    );
    expect(onTop).toBe(true);
    const card = (await dashboard.details.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(card.y);
    // The legend under the card is hidden, so no key reaches a control nobody can see.
    await expect(page.locator('.map-legend')).toBeHidden();
    await dashboard.details.getByRole('button', { name: 'Close' }).click();
    await expect(page.locator('.map-legend')).toBeVisible();
  });
});

// Every panel over the map at once where the page allows it: the temperature view (legend and
// shading note), a station's card, the zoom buttons, the colouring switch and the credits line.
// No two may overlap where both are shown, and the page must not scroll sideways.
for (const [width, height] of [
  [320, 640],
  [360, 740],
  [768, 1024],
  // Laptop windows: a map about 416 px wide and 600 high, and one about 516 px wide.
  [800, 600],
  [900, 700],
  [1366, 768],
] as const) {
  test.describe(`the map's panels at ${width} × ${height} (English)`, () => {
    test.use({ viewport: { width, height }, hasTouch: width < 1024 });

    test('do not cover one another', async ({ dashboard, page }) => {
      await dashboard.open('?station=279&color=temperature&lang=en');
      await expect(dashboard.details).toContainText('Gumi');
      await expect(page.locator('.map-field-note')).toBeVisible();
      // A panel the page hides under another on purpose (the legend under a phone's card) is
      // left out.
      const { shown, overlaps } = await overlappingPanels(page, [
        '.leaflet-control-zoom',
        '.map-coloring-switch',
        '.map-legend',
        '.map-field-note',
        '.station-details',
        '.map-area > .map-attribution',
      ]);
      expect(shown.length).toBeGreaterThanOrEqual(5);
      expect(overlaps).toEqual([]);
      expect(await sidewaysScroll(page)).toBe(0);
    });
  });
}
