/**
 * The test driver for the dashboard: the one place that knows selectors and
 * how to read the map. Specs read like the reader's story.
 */
import { expect, test as base, type Locator, type Page } from '@playwright/test';

export const RENDERED_MARK = 'nalssi:stations-rendered';
/** Half a selected marker, ring included (px): its dot must clear the map's controls. */
const MARKER_ROOM = 8;
/** `selectionPlacement` of a station a reader can see: on the map, under no panel. */
export const IN_SIGHT = { inMap: true, underCard: false, underSheet: false, underControls: false };

/** Web Mercator, as Leaflet's default CRS: the pixel of a lat/lon at a zoom. */
function project(lat: number, lon: number, zoom: number): { x: number; y: number } {
  const scale = 256 * 2 ** zoom;
  const sin = Math.sin((lat * Math.PI) / 180);
  return {
    x: (scale * (lon + 180)) / 360,
    y: scale * (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)),
  };
}

export class Dashboard {
  constructor(readonly page: Page) {}

  async open(query = ''): Promise<void> {
    await this.page.goto(`/${query}`);
  }

  /** Resolves when the latest station-layer draw reports `count` stations. */
  async expectStationsDrawn(count: number): Promise<void> {
    await expect
      .poll(() => this.lastDrawnCount(), { message: `map should draw ${count} stations` })
      .toBe(count);
  }

  lastDrawnCount(): Promise<number | null> {
    return this.page.evaluate((name) => {
      const marks = performance.getEntriesByName(name, 'mark') as PerformanceMark[];
      const last = marks.at(-1);
      return last ? (last.detail as { count: number }).count : null;
    }, RENDERED_MARK);
  }

  get listCount(): Locator {
    return this.page.locator('.list-count');
  }

  get rows(): Locator {
    return this.page.locator('.station-row');
  }

  row(name: string): Locator {
    return this.rows.filter({
      has: this.page.locator('.station-row-primary', { hasText: new RegExp(`^${name}$`) }),
    });
  }

  /** The station list: one listbox, one Tab stop. */
  get listbox(): Locator {
    return this.page.getByRole('listbox');
  }

  /** The option the listbox names in aria-activedescendant (where its keys act). */
  async activeOption(): Promise<Locator> {
    const id = await this.listbox.getAttribute('aria-activedescendant');
    if (!id) throw new Error('the listbox names no active option');
    return this.page.locator(`[id="${id}"]`);
  }

  /**
   * Types the letters `keys` into what has focus the way a reader does,
   * 40 ms apart. Each key carries the time it was typed: one by one,
   * Playwright's presses could reach a busy page more than type-ahead's
   * 500 ms apart (measured between the events' own times), and the list
   * started a new search at the second letter.
   */
  async typeQuickly(keys: string): Promise<void> {
    const cdp = await this.page.context().newCDPSession(this.page);
    const start = Date.now() / 1000;
    for (const [i, key] of [...keys].entries()) {
      const timestamp = start + i * 0.04;
      const code = `Key${key.toUpperCase()}`;
      await cdp.send('Input.dispatchKeyEvent', {
        type: 'keyDown',
        key,
        code,
        text: key,
        timestamp,
      });
      await cdp.send('Input.dispatchKeyEvent', {
        type: 'keyUp',
        key,
        code,
        timestamp: timestamp + 0.01,
      });
    }
    await cdp.detach();
  }

  /** The listbox has focus and `name` is its active option, rendered and in view. */
  async expectActive(name: string): Promise<void> {
    await expect(this.listbox).toBeFocused();
    await expect
      .poll(async () => (await this.activeOption()).locator('.station-row-primary').textContent())
      .toBe(name);
    await expect(await this.activeOption()).toBeInViewport();
  }

  chip(word: string): Locator {
    return this.page
      .locator('fieldset.filter-chips')
      .getByRole('button', { name: new RegExp(word) });
  }

  get searchBox(): Locator {
    return this.page.getByRole('searchbox');
  }

  get details(): Locator {
    return this.page.locator('section.station-details');
  }

  get map(): Locator {
    return this.page.locator('.station-map-canvas');
  }

  url(): URL {
    return new URL(this.page.url());
  }

  /** The map view the app wrote into the URL (`map=lat,lon,zoom`). */
  async mapView(): Promise<{ lat: number; lon: number; zoom: number }> {
    await expect.poll(() => this.url().searchParams.get('map')).not.toBeNull();
    const [lat, lon, zoom] = (this.url().searchParams.get('map') ?? '').split(',').map(Number);
    return { lat: lat!, lon: lon!, zoom: zoom! };
  }

  /** Where a station at lat/lon is drawn, in page pixels, computed from the URL's view. */
  async stationPoint(lat: number, lon: number): Promise<{ x: number; y: number }> {
    const view = await this.mapView();
    const box = await this.map.boundingBox();
    if (!box) throw new Error('map not visible');
    const center = project(view.lat, view.lon, view.zoom);
    const point = project(lat, lon, view.zoom);
    return {
      x: box.x + box.width / 2 + point.x - center.x,
      y: box.y + box.height / 2 + point.y - center.y,
    };
  }

  /** Click the map where a station at lat/lon is drawn. */
  async clickMapAt(lat: number, lon: number): Promise<void> {
    const { x, y } = await this.stationPoint(lat, lon);
    await this.page.mouse.click(x, y);
  }

  /** Point at a station on the map with the mouse. */
  async hoverMapAt(lat: number, lon: number): Promise<void> {
    const { x, y } = await this.stationPoint(lat, lon);
    await this.page.mouse.move(x, y);
  }

  /** The tooltip beside a marker (pointer or focused list row). */
  get tooltip(): Locator {
    return this.page.locator('.station-tooltip');
  }

  /**
   * Where a selected station ended up once the map's pan has settled at the
   * focus zoom (9 or more): in the map, and whether a panel covers it.
   * Null while the pan is still under way.
   */
  async selectionPlacement(
    lat: number,
    lon: number,
  ): Promise<{
    inMap: boolean;
    underCard: boolean;
    underSheet: boolean;
    underControls: boolean;
  } | null> {
    const view = await this.mapView();
    if (view.zoom < 9) return null;
    const point = await this.stationPoint(lat, lon);
    // `margin`: how far outside the box still counts, for a marker's dot and not only its centre.
    const contains = async (locator: Locator, margin = 0) => {
      if ((await locator.count()) === 0) return false;
      const box = await locator.boundingBox();
      return (
        box !== null &&
        point.x >= box.x - margin &&
        point.x <= box.x + box.width + margin &&
        point.y >= box.y - margin &&
        point.y <= box.y + box.height + margin
      );
    };
    return {
      inMap: await contains(this.map),
      underCard: await contains(this.details),
      underSheet: await contains(this.page.locator('aside.side-panel[data-sheet]')),
      // The zoom buttons and the colouring switch in the map's top left.
      underControls:
        (await contains(this.page.locator('.leaflet-control-zoom'), MARKER_ROOM)) ||
        (await contains(this.page.locator('.map-coloring-switch'), MARKER_ROOM)),
    };
  }

  // Finding your place: region, active filters, sort, near me (issue 12).

  get regionSelect(): Locator {
    return this.page.locator('.region-filter select');
  }

  get sortSelect(): Locator {
    return this.page.locator('.sort-select select');
  }

  /** The whole count line, filters named: "강원 · 맑음 · 검색 ‘강’ — 97개 중 2개". */
  get countLine(): Locator {
    return this.page.locator('.list-count-line');
  }

  get activeFilters(): Locator {
    return this.page.locator('.active-filters');
  }

  /** The clear button of one active filter, by the label it shows ("강원", "맑음"). */
  clearFilter(label: string): Locator {
    return this.activeFilters.locator('.active-filter', { hasText: label });
  }

  get nearMeButton(): Locator {
    return this.page.locator('.near-me-button');
  }

  /** A failure (denied, unavailable, timed out, outside Korea), role="alert". */
  get nearMeAlert(): Locator {
    return this.page.locator('.near-me [role="alert"]');
  }

  get nearMeStatus(): Locator {
    return this.page.locator('.near-me-found');
  }

  /** The names of the rows rendered now, top to bottom (the list is virtual: the first few dozen). */
  rowNames(): Promise<string[]> {
    return this.page.locator('.station-row-primary').allTextContents();
  }

  rowDistances(): Promise<string[]> {
    return this.page.locator('.station-row-distance [aria-hidden="true"]').allTextContents();
  }

  /** The reader's dot on the map (an element in the marker pane). */
  get hereMark(): Locator {
    return this.page.locator('.nalssi-here');
  }

  // News: the panel tab, 관련 뉴스 in the details, and the article over the map.

  get newsTab(): Locator {
    return this.page.locator('.panel-tabs').getByRole('button', { name: /뉴스/ });
  }

  get stationsTab(): Locator {
    return this.page.locator('.panel-tabs').getByRole('button', { name: /관측소/ });
  }

  get newsPanel(): Locator {
    return this.page.locator('section.news-panel');
  }

  /** The news feed's failure notice in the panel (or in the article frame for a deep link). */
  get newsError(): Locator {
    return this.page.locator('.news-error');
  }

  get relatedNews(): Locator {
    return this.details.locator('section.related-news');
  }

  get article(): Locator {
    return this.page.locator('section.news-article-frame');
  }

  /** The article's weather line for a linked station ("구미 · 구름조금 · 19.2℃"). */
  get articleWeather(): Locator {
    return this.article.locator('.news-weather-line');
  }

  newsBadge(row: Locator): Locator {
    return row.locator('.news-badge');
  }

  /** A headline (a link to its article) in 관련 뉴스. */
  relatedHeadline(title: string): Locator {
    return this.relatedNews.getByRole('link', { name: new RegExp(title) });
  }

  /** A headline (a link to its article) in the news panel. */
  panelHeadline(title: string): Locator {
    return this.newsPanel.getByRole('link', { name: new RegExp(title) });
  }

  async openRelatedNews(title: string): Promise<void> {
    await this.relatedHeadline(title).click();
  }

  async showArticleStationOnMap(): Promise<void> {
    await this.article.getByRole('button', { name: '지도에서 보기' }).click();
  }

  /** Fail the news feed with an HTTP status; the observations are untouched. */
  async failNewsFeed(status = 500): Promise<void> {
    await this.page.route('**/data/news.json', (route) =>
      route.fulfill({ status, contentType: 'text/plain', body: 'server error' }),
    );
  }

  async restoreNewsFeed(): Promise<void> {
    await this.page.unroute('**/data/news.json');
  }

  // Map colouring: the 하늘 상태 / 기온 switch, its legend, and what the markers are filled with.

  coloringOption(name: RegExp): Locator {
    return this.page.locator('.map-coloring-switch').getByRole('button', { name });
  }

  get legendTitle(): Locator {
    return this.page.locator('.map-legend summary');
  }

  /**
   * Drawn pixels of the station canvas inside the box of `selector` (a panel over the map):
   * `ink`, the dark label ink (the light theme's --map-label, #111418, and its anti-aliased
   * edges; markers are light or coloured), or `any` drawn pixel (a marker).
   */
  stationPixelsUnder(selector: string, kind: 'ink' | 'any'): Promise<number> {
    return this.page.evaluate(
      async ({ selector, kind }) => {
        // A frame after the draw mark, so the canvas holds that draw.
        await new Promise((resolve) => requestAnimationFrame(resolve));
        const canvas = document.querySelector<HTMLCanvasElement>('canvas.nalssi-stations')!;
        const box = document.querySelector(selector)!.getBoundingClientRect();
        const place = canvas.getBoundingClientRect();
        const scale = canvas.width / place.width;
        const left = Math.max(0, Math.floor((box.left - place.left) * scale));
        const top = Math.max(0, Math.floor((box.top - place.top) * scale));
        const width = Math.ceil(box.width * scale);
        const height = Math.ceil(box.height * scale);
        const { data } = canvas.getContext('2d')!.getImageData(left, top, width, height);
        let count = 0;
        for (let p = 0; p < data.length; p += 4) {
          const dark = data[p]! < 96 && data[p + 1]! < 96 && data[p + 2]! < 96;
          if (data[p + 3]! > 200 && (kind === 'any' || dark)) count += 1;
        }
        return count;
      },
      { selector, kind },
    );
  }

  /**
   * The colour on screen where lat/lon lies, as `rgb(r, g, b)`: read from a
   * screenshot of that one pixel, so it is what the reader sees, whatever drew it.
   */
  async colourOnScreenAt(lat: number, lon: number): Promise<string> {
    const { x, y } = await this.stationPoint(lat, lon);
    const png = await this.page.screenshot({
      clip: { x: Math.round(x), y: Math.round(y), width: 1, height: 1 },
    });
    return this.page.evaluate(async (base64) => {
      const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(1, 1);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      const [r, g, b] = ctx.getImageData(0, 0, 1, 1).data;
      return `rgb(${r}, ${g}, ${b})`;
    }, png.toString('base64'));
  }

  /** A theme colour (a custom property of the page) as the browser resolves it now. */
  themeColour(variable: string): Promise<string> {
    return this.page.evaluate((name) => {
      const probe = document.createElement('span');
      probe.style.color = `var(${name})`;
      document.body.append(probe);
      const colour = getComputedStyle(probe).color;
      probe.remove();
      return colour;
    }, variable);
  }

  /** Wait for a draw of `count` stations, then count marker-fill pixels per colour. */
  async markerFillPixels(
    count: number,
    colors: readonly string[],
  ): Promise<Record<string, number>> {
    await this.expectStationsDrawn(count);
    return stationCanvasColorCounts(this.page, colors);
  }
}

/**
 * How many pixels of the station canvas have each colour (±2 per channel):
 * marker discs are copied from sprites at whole pixels, so their insides
 * carry the exact fill. Works on any page with the map (dashboard or embed).
 */
export function stationCanvasColorCounts(
  page: Page,
  colors: readonly string[],
): Promise<Record<string, number>> {
  return page.evaluate(async (hexes) => {
    // A frame after the draw mark, so the canvas holds that draw.
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const canvas = document.querySelector<HTMLCanvasElement>('canvas.nalssi-stations');
    const ctx = canvas?.getContext('2d');
    const counts: Record<string, number> = Object.fromEntries(hexes.map((hex) => [hex, 0]));
    if (!canvas || !ctx) return counts;
    const targets = hexes.map((hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)));
    const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
    for (let p = 0; p < data.length; p += 4) {
      if (data[p + 3]! < 255) continue;
      targets.forEach(([r, g, b], index) => {
        const near =
          Math.abs(data[p]! - r!) <= 2 &&
          Math.abs(data[p + 1]! - g!) <= 2 &&
          Math.abs(data[p + 2]! - b!) <= 2;
        if (near) counts[hexes[index]!]! += 1;
      });
    }
    return counts;
  }, colors);
}

// Accessibility: the skip link, the phone sheet, the header's switches, live regions and focus.

export interface FocusedElement {
  readonly tag: string;
  readonly className: string;
  readonly text: string;
  readonly stationId: string | null;
  readonly newsId: string | null;
}

export interface TargetSize {
  readonly name: string;
  readonly width: number;
  readonly height: number;
}

export class DashboardA11y {
  constructor(readonly page: Page) {}

  get skipLink(): Locator {
    return this.page.locator('a.skip-link');
  }

  get sidePanel(): Locator {
    return this.page.locator('aside.side-panel');
  }

  get sheetToggle(): Locator {
    return this.page.locator('.sheet-toggle');
  }

  /** The list's scroll box, the skip link's target. */
  get listBox(): Locator {
    return this.page.locator('#station-list');
  }

  get mapRegion(): Locator {
    return this.page.locator('.station-map[role="region"]');
  }

  get languageSwitch(): Locator {
    return this.page.locator('.header-tools button[lang]');
  }

  get themeSelect(): Locator {
    return this.page.locator('.theme-switch select');
  }

  get embedButton(): Locator {
    return this.page.locator('.header-tools button[aria-haspopup="dialog"]');
  }

  get embedDialog(): Locator {
    return this.page.locator('dialog.embed-dialog');
  }

  /** The persistent polite live regions (results; feed notices). */
  get announcers(): Locator {
    return this.page.locator('.live-announcer');
  }

  get detailsHeading(): Locator {
    return this.page.locator('section.station-details h2');
  }

  get articleHeading(): Locator {
    return this.page.locator('section.news-article-frame h2');
  }

  /** Feed notices shown over the map on phones. */
  get mapNotices(): Locator {
    return this.page.locator('.map-notices');
  }

  async focused(): Promise<FocusedElement | null> {
    return this.page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return null;
      return {
        tag: element.tagName.toLowerCase(),
        className: element.className,
        text: (element.textContent ?? '').trim().slice(0, 80),
        stationId: element.dataset.stationId ?? null,
        newsId: element.dataset.newsId ?? null,
      };
    });
  }

  /** Press Tab (or Shift+Tab) until `target` has focus; fails after `max` presses. */
  async tabTo(target: Locator, max = 80, direction: 'forward' | 'back' = 'forward'): Promise<void> {
    for (let i = 0; i < max; i += 1) {
      if (await target.evaluate((element) => element === document.activeElement)) return;
      await this.page.keyboard.press(direction === 'forward' ? 'Tab' : 'Shift+Tab');
    }
    throw new Error(`Tab did not reach ${target.toString()} in ${max} presses`);
  }

  async horizontalOverflow(): Promise<{ scrollWidth: number; innerWidth: number }> {
    return this.page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
    }));
  }

  /**
   * Interactive elements on screen smaller than `min` CSS px in either
   * direction. Skipped: links and link-buttons inside running text (WCAG
   * 2.5.8's inline exception), anything inert or hidden, the map canvas
   * itself, and the skip link while it waits off screen. A checkbox or radio
   * is measured by the label that wraps it, which is what a finger hits.
   */
  async smallTargets(min = 44): Promise<TargetSize[]> {
    return this.page.evaluate((minimum) => {
      const selector =
        'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';
      const small: { name: string; width: number; height: number }[] = [];
      for (const element of document.querySelectorAll<HTMLElement>(selector)) {
        if (element.closest('[inert]') || element.matches('.leaflet-container')) continue;
        const style = getComputedStyle(element);
        if (style.visibility === 'hidden' || style.display === 'none') continue;
        const inText =
          (element.matches('a, .link-button') && element.parentElement?.matches('p, li, dd')) ??
          false;
        if (inText && style.display === 'inline') continue;
        const box = (element.closest('label') ?? element).getBoundingClientRect();
        if (box.width === 0 || box.height === 0) continue;
        if (box.bottom <= 0 || box.right <= 0) continue; // off screen (the waiting skip link)
        if (box.top >= window.innerHeight || box.left >= window.innerWidth) continue;
        // Clipped by the closed sheet: not on screen, not reachable (its body is inert).
        const atCenter = document.elementFromPoint(
          Math.min(window.innerWidth - 1, box.left + box.width / 2),
          Math.min(window.innerHeight - 1, box.top + box.height / 2),
        );
        if (atCenter && !element.contains(atCenter) && !atCenter.contains(element)) {
          if (!element.closest('label')?.contains(atCenter)) continue;
        }
        if (box.width + 0.5 < minimum || box.height + 0.5 < minimum) {
          const label =
            element.getAttribute('aria-label') ??
            (element.textContent ?? '').trim().slice(0, 30) ??
            element.tagName;
          small.push({
            name: `${element.tagName.toLowerCase()}.${element.className} "${label}"`,
            width: Math.round(box.width),
            height: Math.round(box.height),
          });
        }
      }
      return small;
    }, min);
  }
}

export const test = base.extend<{ dashboard: Dashboard; a11y: DashboardA11y }>({
  // Named `provide`, not `use`: Playwright passes it positionally, and `use` reads as a React hook to lint.
  dashboard: async ({ page }, provide) => {
    await provide(new Dashboard(page));
  },
  a11y: async ({ page }, provide) => {
    await provide(new DashboardA11y(page));
  },
});

export { expect };

/** The made-up feeds with history, wind and a late station (tests/e2e/fixtures/time). */
export const TIME_FIXTURES = new URL('../fixtures/time/', import.meta.url);

/** The time control, late stations, the station trend and the wind view (issue 13). */
export class TimeAndWeather {
  constructor(readonly page: Page) {}

  /** Serve the example observation feed and its 24-hour history instead of the sample. */
  async serveExample(): Promise<void> {
    await this.page.route('**/data/observations.json', (route) =>
      route.fulfill({ path: new URL('observations.json', TIME_FIXTURES).pathname }),
    );
    await this.page.route('**/data/history.json', (route) =>
      route.fulfill({ path: new URL('history.json', TIME_FIXTURES).pathname }),
    );
  }

  get control(): Locator {
    return this.page.locator('section.time-control');
  }

  get slider(): Locator {
    return this.control.getByRole('slider');
  }

  get shownTime(): Locator {
    return this.control.locator('output.time-shown');
  }

  button(name: RegExp | string): Locator {
    return this.control.getByRole('button', { name });
  }

  /** The `at=` parameter of the page's address, or null. */
  at(): string | null {
    return new URL(this.page.url()).searchParams.get('at');
  }

  get exampleBanner(): Locator {
    return this.page.locator('.example-banner');
  }

  get lateSummary(): Locator {
    return this.page.locator('.feed-late');
  }

  get pastHourNotice(): Locator {
    return this.page.locator('.past-hour-notice');
  }

  get trend(): Locator {
    return this.page.locator('section.station-trend');
  }

  get coloringSwitch(): Locator {
    return this.page.locator('.map-coloring-switch');
  }

  get windLegend(): Locator {
    return this.page.locator('.wind-legend');
  }

  /** How many times the wind layer has drawn (its performance marks). */
  windDraws(): Promise<number> {
    return this.page.evaluate(
      () => performance.getEntriesByName('nalssi:wind-rendered', 'mark').length,
    );
  }
}
