// @vitest-environment jsdom
/**
 * The widget page end to end through the network boundary: a stubbed `fetch`
 * feeds the real parser, and the widget shows a view, or an error with the
 * feed's address and a retry button.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseWidgetParams } from '../../../../src/features/embed/parse-widget-params';
import { mountWidget } from '../../../../src/features/embed/widget';
import { aFeed, aRecord } from '../../support/observations';
import { stubReducedMotion } from './widget-fixtures';

const FEED_URL = 'https://weather.example/data/observations.json';
const GOOD = JSON.stringify(aFeed([aRecord(), aRecord({ stationId: '105', name: '강릉' })]));
let root: HTMLElement;
let destroy = () => {};

function serve(...answers: (() => Promise<Response>)[]) {
  const fetch = vi.fn(() => answers.shift()!());
  vi.stubGlobal('fetch', fetch);
  return fetch;
}
const ok = () =>
  Promise.resolve(new Response(GOOD, { headers: { 'Content-Type': 'application/json' } }));
const down = () => Promise.resolve(new Response('', { status: 503 }));

function mount(search: string) {
  const loadMap = vi.fn(() => new Promise<never>(() => {}));
  ({ destroy } = mountWidget(root, {
    params: parseWidgetParams(search, () => {}),
    feedUrl: FEED_URL,
    refreshMs: 600_000,
    loadMap,
  }));
  return loadMap;
}

beforeEach(() => {
  stubReducedMotion(false);
  root = document.createElement('div');
  document.body.append(root);
});

afterEach(() => {
  destroy();
  root.remove();
  vi.unstubAllGlobals();
});

describe('the widget page', () => {
  it('sets language, theme and view on the document and shows the chosen view', async () => {
    serve(ok);
    const loadMap = mount('?view=card&lang=en&theme=dark');
    expect(root.querySelector('[role="status"]')?.textContent).toBe('Loading observations…');
    await vi.waitFor(() => expect(root.querySelectorAll('.embed-card-row')).toHaveLength(2));
    expect(document.documentElement.lang).toBe('en');
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(document.documentElement.dataset.view).toBe('card');
    expect(root.querySelector('.embed-status')).toBeNull();
    expect(loadMap).not.toHaveBeenCalled();
  });

  it('heads the card with the title of its selection, and names the page after it', async () => {
    serve(ok);
    mount('?view=card&stations=105,90');
    await vi.waitFor(() => expect(root.querySelectorAll('.embed-card-row')).toHaveLength(2));
    expect(root.querySelector('h1')?.textContent).toBe('강릉 외 1곳 날씨');
    expect(document.title).toBe('강릉 외 1곳 날씨 — Nalssi');
  });

  it('asks for the map module only for view=map, at once', () => {
    serve(ok);
    expect(mount('?view=map')).toHaveBeenCalledTimes(1);
  });

  it('shows a clear error with the feed address and a retry button, and recovers', async () => {
    const fetch = serve(down, down, ok);
    mount('?view=ticker');
    const alert = await vi.waitFor(() => {
      const element = root.querySelector('[role="alert"]');
      expect(element?.textContent).toBe('관측 자료를 불러올 수 없습니다.');
      return element!;
    });
    expect(root.querySelector('.embed-error-url')?.textContent).toBe(`자료 주소: ${FEED_URL}`);
    const retry = root.querySelector<HTMLButtonElement>('.embed-retry')!;
    expect(retry.textContent).toBe('다시 시도');

    retry.click();
    expect(alert.textContent).toBe('관측 자료를 불러오는 중…');
    await vi.waitFor(() => expect(alert.textContent).toBe('관측 자료를 불러올 수 없습니다.'));
    expect(root.querySelector('.embed-retry')).toBe(retry);

    retry.click();
    await vi.waitFor(() => expect(root.querySelector('.ticker-item')).not.toBeNull());
    expect(root.querySelector('.embed-error')).toBeNull();
    expect(root.querySelector('.ticker-item')?.textContent).toContain('속초');
    expect(fetch).toHaveBeenCalledTimes(3);
  });
});
