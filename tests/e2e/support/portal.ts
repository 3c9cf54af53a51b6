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

  /**
   * Paste code from the Embed dialog into the page, as a portal editor would
   * into their HTML: its elements go in as they are, and its `<script>` is
   * recreated so that it runs (a parsed script does not). The widget's host
   * (or the plain iframe) gets `id=slot`.
   */
  async paste(slot: string, code: string): Promise<void> {
    await this.page.evaluate(
      ({ slot, code }) => {
        const pasted = new DOMParser().parseFromString(code, 'text/html');
        const content = document.getElementById('content')!;
        const iframe = pasted.body.querySelector('iframe');
        if (iframe) {
          const holder = document.createElement('div');
          holder.id = slot;
          holder.append(document.adoptNode(iframe));
          content.append(holder);
        }
        const host = pasted.body.querySelector('[data-nalssi-widget]');
        if (host) {
          host.id = slot;
          content.append(document.adoptNode(host));
        }
        for (const parsed of pasted.querySelectorAll('script')) {
          const script = document.createElement('script');
          script.async = true;
          script.src = parsed.src;
          document.body.append(script);
        }
      },
      { slot, code },
    );
  }

  /** The station numbers a card widget lists, in order. */
  async cardStations(slot: string): Promise<string[]> {
    await expect(this.cardRows(slot).first()).toBeVisible();
    return this.cardRows(slot).evaluateAll((rows) =>
      rows.map((row) => row.getAttribute('data-station') ?? ''),
    );
  }

  cardTitle(slot: string): Locator {
    return this.widget(slot).locator('.embed-card-title');
  }

  /** The bounds the map widget framed itself on (its own performance mark), or null before. */
  async mapFrame(
    slot: string,
  ): Promise<{ south: number; west: number; north: number; east: number } | null> {
    const frame = await this.frame(slot);
    return frame.evaluate(() => {
      const marks = performance.getEntriesByName('nalssi:map-fitted', 'mark');
      return ((marks.at(-1) as PerformanceMark | undefined)?.detail ?? null) as {
        south: number;
        west: number;
        north: number;
        east: number;
      } | null;
    });
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

/** The dashboard's "퍼가기 / Embed" dialog. */
export class EmbedDialogDriver {
  constructor(readonly page: Page) {}

  async open(query = ''): Promise<void> {
    await this.page.goto(`/${query}`);
    await expect(this.page.locator('.station-row').first()).toBeVisible();
    await this.page.getByRole('button', { name: /^(퍼가기|Embed)$/ }).click();
    await expect(this.dialog).toBeVisible();
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  /** The station numbers the dashboard's list shows (small lists: every row is rendered). */
  async shownStations(): Promise<string[]> {
    // The list arrives after the map's first draw: wait for its rows before reading them.
    await expect(this.page.locator('.station-row').first()).toBeVisible();
    return this.page
      .locator('.station-row')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-station-id') ?? ''));
  }

  async choose(name: string | RegExp): Promise<void> {
    await this.dialog.getByRole('radio', { name, exact: typeof name === 'string' }).check();
  }

  async addStation(search: string, name: string): Promise<void> {
    const box = this.dialog.getByRole('searchbox');
    await box.fill(search);
    await this.dialog.getByRole('button', { name: `${name} 추가` }).click();
  }

  async selectRegion(label: string): Promise<void> {
    await this.dialog.getByRole('combobox', { name: '지역 (시·도)' }).selectOption({ label });
  }

  /**
   * Press a copy button and read back what reached the clipboard. Pressed
   * again if no status came within 3 s: once in many runs (CI, 2026-12-03) a
   * press left the status empty, the code unchanged, and never happened again
   * in 120 repeats; a reader would press again too. The status must still
   * say it was copied, and the clipboard must hold the code.
   */
  async copy(button: '코드 복사' | 'iframe 복사'): Promise<string> {
    const copyButton = this.dialog.getByRole('button', { name: button });
    const status = copyButton.locator('..').getByRole('status');
    await expect(async () => {
      await copyButton.click();
      await expect(status).toHaveText('복사했습니다.', { timeout: 3_000 });
    }).toPass({ timeout: 15_000 });
    return this.page.evaluate(() => navigator.clipboard.readText());
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
