/**
 * The map as a reader uses it (issue 11): a tooltip for the station under
 * the pointer or the focused list row, and a selection that stays in sight
 * beside the details card or above it on a phone, whichever way it was made.
 */
import { expect, IN_SIGHT, test } from './support/dashboard';

const SEOUL = { lat: 37.5714, lon: 126.9658 };
const GUMI = { lat: 36.1306, lon: 128.3206 };
const ARTICLE_ID = 'gumi-americas-delegation';

test.describe('tooltip', () => {
  test('pointing at a marker names the station, its sky and its temperature, beside the marker', async ({
    dashboard,
  }) => {
    await dashboard.open('?map=36.3,127.8,7');
    await dashboard.expectStationsDrawn(97);
    await expect(dashboard.tooltip).toHaveCount(0);

    await dashboard.hoverMapAt(SEOUL.lat, SEOUL.lon);
    await expect(dashboard.tooltip).toHaveText(/^서울\s+연무\s+21\.9℃$/);
    const marker = await dashboard.stationPoint(SEOUL.lat, SEOUL.lon);
    const box = (await dashboard.tooltip.boundingBox())!;
    // Clear of the marker (radius up to 11 px at this zoom): above it, not over it.
    expect(box.y + box.height).toBeLessThanOrEqual(marker.y - 11);

    // Pointing at empty sea hides it again.
    await dashboard.page.mouse.move(marker.x - 200, marker.y + 250);
    await expect(dashboard.tooltip).toHaveCount(0);
  });

  test('speaks the page language', async ({ dashboard }) => {
    await dashboard.open('?lang=en&map=36.3,127.8,7');
    await dashboard.expectStationsDrawn(97);
    await dashboard.hoverMapAt(SEOUL.lat, SEOUL.lon);
    await expect(dashboard.tooltip).toHaveText(/^Seoul\s+Haze\s+21\.9℃$/);
  });

  test('the list’s active option, moved by keyboard, shows its station on the map', async ({
    dashboard,
    page,
  }) => {
    await dashboard.open();
    await dashboard.expectStationsDrawn(97);
    await dashboard.listbox.focus();
    // Type-ahead on a Korean keyboard: t j is 서, and the next 서… after 속초 is 서울 (108).
    await dashboard.typeQuickly('tj');
    await dashboard.expectActive('서울');
    await expect(dashboard.tooltip).toHaveText(/^서울\s+연무\s+21\.9℃$/);
    await expect(dashboard.tooltip).toHaveAttribute('data-station', '108');

    // The next option takes the tooltip with it; leaving the list hides it.
    await page.keyboard.press('ArrowDown');
    await expect(dashboard.tooltip).not.toHaveAttribute('data-station', '108');
    await dashboard.searchBox.focus();
    await expect(dashboard.tooltip).toHaveCount(0);
  });
});

test.describe('the selection stays in sight', () => {
  test('on a laptop, a deep link puts the station beside the card', async ({ dashboard }) => {
    await dashboard.open('?station=108');
    await expect(dashboard.details).toContainText('서울');
    await expect.poll(() => dashboard.selectionPlacement(SEOUL.lat, SEOUL.lon)).toEqual(IN_SIGHT);
  });

  test.describe('on a phone', () => {
    test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

    test('a deep link puts the station above the card and the sheet', async ({ dashboard }) => {
      await dashboard.open('?station=108');
      await expect(dashboard.details).toContainText('서울');
      await expect.poll(() => dashboard.selectionPlacement(SEOUL.lat, SEOUL.lon)).toEqual(IN_SIGHT);
    });

    test('an article\'s "지도에서 보기" does the same', async ({ dashboard }) => {
      await dashboard.open(`?news=${ARTICLE_ID}`);
      await dashboard.showArticleStationOnMap();
      await expect(dashboard.article).toHaveCount(0);
      await expect(dashboard.details).toContainText('구미');
      await expect.poll(() => dashboard.selectionPlacement(GUMI.lat, GUMI.lon)).toEqual(IN_SIGHT);
    });

    test('a list row does the same', async ({ dashboard, page }) => {
      await dashboard.open();
      await page.locator('.sheet-toggle').click();
      await dashboard.searchBox.fill('구미');
      await dashboard.row('구미').click();
      await expect(dashboard.details).toContainText('구미');
      await expect.poll(() => dashboard.selectionPlacement(GUMI.lat, GUMI.lon)).toEqual(IN_SIGHT);
    });
  });
});

test.describe('labels keep out from under the map’s own controls', () => {
  test.use({ viewport: { width: 412, height: 823 }, hasTouch: true, colorScheme: 'light' });

  test('no label is drawn under the sky / temperature switch on a phone', async ({ dashboard }) => {
    await dashboard.open();
    await dashboard.expectStationsDrawn(97);
    expect(await dashboard.stationPixelsUnder('.map-coloring-switch', 'ink')).toBe(0);
  });

  // Jeju is in the phone map's lower left, where the legend was (the temperature one is wider).
  for (const view of ['', '?color=temperature'])
    test(`no station is under the legend on a phone (${view || 'sky'})`, async ({ dashboard }) => {
      await dashboard.open(view);
      await dashboard.expectStationsDrawn(97);
      expect(await dashboard.stationPixelsUnder('.map-legend', 'any')).toBe(0);
    });

  test('nor under the temperature view’s note on what is interpolated', async ({
    dashboard,
    page,
  }) => {
    await dashboard.open('?color=temperature');
    await dashboard.expectStationsDrawn(97);
    await expect(page.locator('.map-field-note')).toBeVisible();
    expect(await dashboard.stationPixelsUnder('.map-field-note', 'ink')).toBe(0);
  });
});

test.describe('the first view on a short phone', () => {
  // 360 px wide: the credits take two lines, over where the framing puts Jeju.
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, colorScheme: 'light' });

  test('shows every station clear of the credits, and keeps the address clean', async ({
    dashboard,
    page,
  }) => {
    await dashboard.open();
    await dashboard.expectStationsDrawn(97);
    const credits = await page.locator('.map-attribution').boundingBox();
    expect(credits!.height, 'the credits wrap at this width').toBeGreaterThan(25);
    expect(await dashboard.stationPixelsUnder('.map-attribution', 'any')).toBe(0);
    // Moving clear of the credits is still the default view, not a move of the reader's.
    expect(new URL(page.url()).searchParams.has('map')).toBe(false);
  });
});

test.describe('the land map', () => {
  // Points with nothing drawn over them: North Korea's interior (no stations) and open sea,
  // then either side of Busan's coast.
  const INLAND = { lat: 38.9, lon: 126.2 };
  const YELLOW_SEA = { lat: 36.0, lon: 125.0 };
  const BUSAN_LAND = { lat: 35.146, lon: 128.987 };
  const BUSAN_SEA = { lat: 35.048, lon: 129.142 };

  test('lies where the land is at any zoom, in the theme’s colours', async ({
    dashboard,
    page,
  }) => {
    await dashboard.open('?map=36.3,127.8,7');
    await dashboard.expectStationsDrawn(97);
    const land = await dashboard.themeColour('--land');
    const sea = await dashboard.themeColour('--sea');
    expect(land).not.toBe(sea);
    await expect.poll(() => dashboard.colourOnScreenAt(INLAND.lat, INLAND.lon)).toBe(land);
    expect(await dashboard.colourOnScreenAt(YELLOW_SEA.lat, YELLOW_SEA.lon)).toBe(sea);

    // Deep in, a misplaced or wrongly scaled outline would put Busan's coast elsewhere.
    await dashboard.open('?map=35.10,129.03,12');
    await dashboard.expectStationsDrawn(97);
    await expect.poll(() => dashboard.colourOnScreenAt(BUSAN_LAND.lat, BUSAN_LAND.lon)).toBe(land);
    expect(await dashboard.colourOnScreenAt(BUSAN_SEA.lat, BUSAN_SEA.lon)).toBe(sea);

    // After a zoom animation, the outline is placed for the new zoom.
    await page.locator('.leaflet-control-zoom-out').click();
    await expect.poll(async () => (await dashboard.mapView()).zoom).toBe(11);
    await expect.poll(() => dashboard.colourOnScreenAt(BUSAN_LAND.lat, BUSAN_LAND.lon)).toBe(land);
    expect(await dashboard.colourOnScreenAt(BUSAN_SEA.lat, BUSAN_SEA.lon)).toBe(sea);

    // The dark theme recolours the land at once, with no reload.
    await page.locator('.theme-switch select').selectOption('dark');
    const darkLand = await dashboard.themeColour('--land');
    expect(darkLand).not.toBe(land);
    await expect
      .poll(() => dashboard.colourOnScreenAt(BUSAN_LAND.lat, BUSAN_LAND.lon))
      .toBe(darkLand);
  });
});

test.describe('labels are whole', () => {
  // A label's box, and so its sprite and its clip, is as wide as its text measured: measured in
  // another font (the canvas's default before a draw has set one), the text is cut off.
  test('every label text is measured in the font it is painted in, first draw, filter and zoom', async ({
    dashboard,
    page,
  }) => {
    await page.addInitScript(() => {
      const record = window as unknown as {
        measuredIn: Record<string, string[]>;
        paintedIn: [string, string][];
      };
      record.measuredIn = {};
      record.paintedIn = [];
      const context = CanvasRenderingContext2D.prototype;
      const measureText = context.measureText;
      context.measureText = function (text) {
        if (this.canvas.classList.contains('nalssi-stations'))
          (record.measuredIn[text] ??= []).push(this.font);
        return measureText.call(this, text);
      };
      // Labels are painted on the station canvas or on sprite pages: every fillText counts.
      const fillText = context.fillText;
      context.fillText = function (text, x, y, maxWidth) {
        record.paintedIn.push([text, this.font]);
        if (maxWidth === undefined) fillText.call(this, text, x, y);
        else fillText.call(this, text, x, y, maxWidth);
      };
    });
    const mismatches = () =>
      page.evaluate(() => {
        const { measuredIn, paintedIn } = window as unknown as {
          measuredIn: Record<string, string[]>;
          paintedIn: [string, string][];
        };
        const measured = paintedIn.filter(([text]) => measuredIn[text]);
        return {
          checked: measured.length,
          wrong: measured
            .filter(([text, font]) => !measuredIn[text]!.includes(font))
            .map(
              ([text, font]) =>
                `${text} painted in ${font}, measured in ${measuredIn[text]!.join(', ')}`,
            ),
        };
      });

    await dashboard.open();
    await dashboard.expectStationsDrawn(97);
    let result = await mismatches();
    expect(result.checked).toBeGreaterThan(10);
    expect(result.wrong).toEqual([]);

    // A redraw arranged before its frame, then zooms in to where labels use a larger font.
    await dashboard.chip('맑음').click();
    await dashboard.expectStationsDrawn(45);
    const zoomIn = page.getByRole('button', { name: /확대|Zoom in/ });
    // The address has the map's view once the reader has moved it.
    let zoom = 0;
    do {
      const before = zoom;
      await zoomIn.click();
      await expect
        .poll(async () => (zoom = (await dashboard.mapView()).zoom))
        .toBeGreaterThan(before);
    } while (zoom < 8.5);
    const paintedFonts = () =>
      page.evaluate(() => [
        ...new Set(
          (window as unknown as { paintedIn: [string, string][] }).paintedIn.map(
            ([, font]) => font,
          ),
        ),
      ]);
    await expect
      .poll(async () => (await paintedFonts()).some((font) => font.includes('13px')))
      .toBe(true);
    result = await mismatches();
    expect(result.wrong).toEqual([]);
  });
});
