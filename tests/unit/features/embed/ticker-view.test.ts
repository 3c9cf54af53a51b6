// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mountTicker } from '../../../../src/features/embed/ticker-view';
import { widgetText } from '../../../../src/features/embed/widget-messages';
import { observationsInFeedOrder } from '../../support/observations';
import { HOSTILE_NAME, stubReducedMotion, widgetData } from './widget-fixtures';

const t = widgetText('ko');
let root: HTMLElement;

function mount(options: { intervalSeconds?: number; lang?: 'ko' | 'en' } = {}) {
  const ticker = mountTicker(root, {
    lang: options.lang ?? 'ko',
    t: options.lang === 'en' ? widgetText('en') : t,
    intervalSeconds: options.intervalSeconds ?? 2,
  });
  ticker.update(widgetData());
  return ticker;
}

const item = () => root.querySelector<HTMLAnchorElement>('.ticker-item')!;
const shownStation = () => item().dataset.station;
const button = (name: string) =>
  root.querySelector<HTMLButtonElement>(`button[aria-label="${name}"]`);
const section = () => root.querySelector<HTMLElement>('.ticker')!;

beforeEach(() => {
  vi.useFakeTimers();
  stubReducedMotion(false);
  root = document.createElement('div');
  document.body.append(root);
});

afterEach(() => {
  root.remove();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('the ticker view', () => {
  it('shows one station — icon, word, name, temperature — with the source and date', () => {
    mount();
    expect(item().querySelector('svg.condition-icon path')?.getAttribute('d')).toMatch(/^M12 7a5/);
    expect(item().textContent).toContain('맑음속초15.0℃');
    expect(root.querySelector('.embed-source')?.textContent).toBe('기상청 제공');
    expect(root.querySelector('.embed-time')?.textContent).toBe('관측 5월 21일');
    expect(section().getAttribute('aria-label')).toBe('전국 날씨');
  });

  it('links the station to the dashboard in a new tab with rel=noopener', () => {
    mount({ lang: 'en' });
    const url = new URL(item().href);
    expect(url.pathname).toMatch(/\/index\.html$/);
    expect(url.searchParams.get('station')).toBe('90');
    expect(url.searchParams.get('lang')).toBe('en');
    expect(item().target).toBe('_blank');
    expect(item().rel).toBe('noopener');
    expect(item().textContent).toContain('Sokcho');
  });

  it('advances every interval, without announcing each step', () => {
    mount({ intervalSeconds: 2 });
    expect(shownStation()).toBe('90');
    expect(root.querySelector('.ticker-window')?.getAttribute('aria-live')).toBe('off');
    vi.advanceTimersByTime(2000);
    expect(shownStation()).toBe('105');
    vi.advanceTimersByTime(4000);
    expect(shownStation()).toBe('90');
  });

  it('holds while the pointer is over it, and rolls on after', () => {
    mount();
    section().dispatchEvent(new MouseEvent('mouseenter'));
    vi.advanceTimersByTime(10_000);
    expect(shownStation()).toBe('90');
    expect(root.querySelector('.ticker-window')?.getAttribute('aria-live')).toBe('polite');
    section().dispatchEvent(new MouseEvent('mouseleave'));
    vi.advanceTimersByTime(2000);
    expect(shownStation()).toBe('105');
  });

  it('holds while keyboard focus is inside, and rolls on when focus leaves', () => {
    mount();
    item().focus();
    vi.advanceTimersByTime(10_000);
    expect(shownStation()).toBe('90');
    item().blur();
    vi.advanceTimersByTime(2000);
    expect(shownStation()).toBe('105');
  });

  it('stops for good with pause, steps with next, and plays again', () => {
    mount();
    button('자동 넘김 멈춤')!.click();
    section().dispatchEvent(new MouseEvent('mouseleave'));
    vi.advanceTimersByTime(10_000);
    expect(shownStation()).toBe('90');
    button('다음 관측소')!.click();
    expect(shownStation()).toBe('105');
    button('자동 넘김 재생')!.click();
    expect(button('자동 넘김 멈춤')).not.toBeNull();
    vi.advanceTimersByTime(2000);
    expect(shownStation()).toBe('108');
  });

  it('starts paused under prefers-reduced-motion', () => {
    stubReducedMotion(true);
    mount();
    expect(button('자동 넘김 재생')).not.toBeNull();
    vi.advanceTimersByTime(10_000);
    expect(shownStation()).toBe('90');
    expect(root.querySelector('.ticker-window')?.getAttribute('aria-live')).toBe('polite');
  });

  it('says "—" for a missing temperature, in words for screen readers', () => {
    mount();
    button('다음 관측소')!.click();
    button('다음 관측소')!.click();
    expect(item().querySelector('.embed-temp')?.textContent).toBe('—기온 정보 없음');
  });

  it('keeps the shown link (and its focus) across a refresh', () => {
    const ticker = mount();
    const link = item();
    link.focus();
    ticker.update(widgetData(undefined, true));
    expect(item()).toBe(link);
    expect(document.activeElement).toBe(link);
    expect(root.querySelector('.embed-stale')?.getAttribute('title')).toBe(t('stale'));
  });

  it('shows a station name with markup in it as text, creating no element', () => {
    const ticker = mount();
    ticker.update(widgetData(observationsInFeedOrder([{ nameKo: HOSTILE_NAME }])));
    expect(item().querySelector('.embed-name')?.textContent).toBe(HOSTILE_NAME);
    expect(root.querySelector('img')).toBeNull();
    expect(button('다음 관측소')!.disabled).toBe(true);
  });

  it('says so when no station matches, and cleans up on destroy', () => {
    const ticker = mount();
    ticker.update(widgetData([]));
    expect(root.querySelector('.ticker-item')?.textContent).toBe(t('empty'));
    ticker.destroy();
    expect(root.childElementCount).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });
});
