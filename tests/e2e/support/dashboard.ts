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

  async openRelatedNews(title: string): Promise<void> {
    await this.relatedNews.getByRole('button', { name: new RegExp(title) }).click();
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
}

export const test = base.extend<{ dashboard: Dashboard }>({
  // Named `provide`, not `use`: Playwright passes it positionally, and `use` reads as a React hook to lint.
  dashboard: async ({ page }, provide) => {
    await provide(new Dashboard(page));
  },
});

export { expect };
