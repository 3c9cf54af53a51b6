/**
 * The test driver for the dashboard: the one place that knows selectors and
 * how to read the map. Specs read like the reader's story.
 */
import { expect, test as base, type Locator, type Page } from '@playwright/test';

export const RENDERED_MARK = 'nalssi:stations-rendered';

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

  /** Click the map where a station at lat/lon is drawn, computed from the URL's view. */
  async clickMapAt(lat: number, lon: number): Promise<void> {
    const view = await this.mapView();
    const box = await this.map.boundingBox();
    if (!box) throw new Error('map not visible');
    const center = project(view.lat, view.lon, view.zoom);
    const point = project(lat, lon, view.zoom);
    await this.page.mouse.click(
      box.x + box.width / 2 + point.x - center.x,
      box.y + box.height / 2 + point.y - center.y,
    );
  }
}

export const test = base.extend<{ dashboard: Dashboard }>({
  dashboard: async ({ page }, use) => {
    await use(new Dashboard(page));
  },
});

export { expect };
