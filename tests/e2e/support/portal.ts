/**
 * The test driver for the embed: a portal page on a second origin with
 * widgets pasted into it, and the dashboard's "퍼가기" dialog. The one place
 * that knows the widget's selectors.
 */
import {
  expect,
  test as base,
  type Frame,
  type FrameLocator,
  type Locator,
  type Page,
} from '@playwright/test';
import { PORTAL_ORIGIN } from '../../../playwright.config';

export { PORTAL_ORIGIN };

/** Chunks that only the map may load. */
export const MAP_CODE = /leaflet|station-map|embed-map/i;

export class Portal {
  constructor(
    readonly page: Page,
    /** Where the widget comes from: the project's app server (Node or nginx). */
    readonly appOrigin: string,
  ) {}

  /** A portal page that pastes the snippet for this project's app. */
  async open(path = '/'): Promise<void> {
    const url = new URL(path, PORTAL_ORIGIN);
    url.searchParams.set('app', this.appOrigin);
    await this.page.goto(url.href);
  }

  /** The iframe the loader put into the host element `#slot`. */
  iframe(slot: string): Locator {
    return this.page.locator(`#${slot} > iframe`);
  }

  widget(slot: string): FrameLocator {
    return this.iframe(slot).contentFrame();
  }

  async frame(slot: string): Promise<Frame> {
    const handle = await this.iframe(slot).elementHandle();
    const frame = await handle?.contentFrame();
    if (!frame) throw new Error(`no widget frame in #${slot}`);
    return frame;
  }

  tickerItem(slot: string): Locator {
    return this.widget(slot).locator('.ticker-item');
  }

  /** The station the ticker shows now. */
  tickerStation(slot: string): Promise<string | null> {
    return this.tickerItem(slot).getAttribute('data-station');
  }

  cardRows(slot: string): Locator {
    return this.widget(slot).locator('.embed-card-row');
  }

  async iframeHeight(slot: string): Promise<number> {
    return this.iframe(slot).evaluate((iframe) => iframe.getBoundingClientRect().height);
  }

  async contentHeight(slot: string): Promise<number> {
    const frame = await this.frame(slot);
    return frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  }

  /** Paste a widget after the page has loaded, as a single-page portal would. */
  async addWidget(slot: string, options: Record<string, string>): Promise<void> {
    await this.page.evaluate(
      ({ slot, options }) => {
        const host = document.createElement('div');
        host.id = slot;
        host.setAttribute('data-nalssi-widget', '');
        for (const [name, value] of Object.entries(options)) {
          host.setAttribute(`data-${name}`, value);
        }
        document.getElementById('content')!.append(host);
      },
      { slot, options },
    );
  }

  /** The loader's one global, `window.Nalssi`: its keys, or null before the loader ran. */
  loaderGlobal(): Promise<string[] | null> {
    return this.page.evaluate(() => {
      const nalssi = (window as unknown as { Nalssi?: object }).Nalssi;
      return nalssi ? Object.keys(nalssi) : null;
    });
  }

  /** Every URL the page and its frames request, from now on. */
  recordRequests(): string[] {
    const urls: string[] = [];
    this.page.on('request', (request) => urls.push(request.url()));
    return urls;
  }
}

export const test = base.extend<{ portal: Portal; appOrigin: string }>({
  // Named `provide`, not `use`: `use` reads as a React hook to lint.
  appOrigin: async ({ baseURL }, provide) => {
    if (!baseURL) throw new Error('the embed tests need a baseURL (the app under test)');
    await provide(new URL(baseURL).origin);
  },
  portal: async ({ page, appOrigin }, provide) => {
    await provide(new Portal(page, appOrigin));
  },
});

export { expect };
