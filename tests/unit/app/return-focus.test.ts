// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFocusTargets, focusIfReachable } from '../../../src/components/focus-targets';
import { returnFocus } from '../../../src/app/return-focus';

/** Runs queued animation frames one at a time, so each test says how many frames pass. */
let frames: FrameRequestCallback[] = [];
function runFrames(count: number) {
  for (let i = 0; i < count; i += 1) {
    const due = frames;
    frames = [];
    due.forEach((callback) => callback(0));
  }
}

function button(label: string, parent: HTMLElement = document.body): HTMLButtonElement {
  const element = document.createElement('button');
  element.textContent = label;
  parent.append(element);
  return element;
}

beforeEach(() => {
  frames = [];
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
    frames.push(callback);
    return frames.length;
  });
});
afterEach(() => {
  document.body.replaceChildren();
  (document.activeElement as HTMLElement | null)?.blur();
});

describe('returnFocus', () => {
  it('gives focus back to the registered opener when focus was lost', () => {
    const targets = createFocusTargets();
    const row = button('서울');
    targets.register('station-row', (id) => id === '108' && focusIfReachable(row));
    returnFocus({
      targets,
      opener: { kind: 'station-row', id: '108' },
      fallbacks: [],
      openSheet: vi.fn(),
    });
    runFrames(1);
    expect(document.activeElement).toBe(row);
  });

  it('leaves focus alone when the reader already moved it', () => {
    const targets = createFocusTargets();
    const row = button('서울');
    const elsewhere = button('검색');
    elsewhere.focus();
    targets.register('station-row', () => focusIfReachable(row));
    returnFocus({
      targets,
      opener: { kind: 'station-row', id: '108' },
      fallbacks: [],
      openSheet: vi.fn(),
    });
    runFrames(3);
    expect(document.activeElement).toBe(elsewhere);
  });

  it('opens the phone sheet once when the opener sits inside it, then focuses it', () => {
    const targets = createFocusTargets();
    const sheet = document.createElement('div');
    sheet.setAttribute('inert', '');
    document.body.append(sheet);
    const row = button('서울', sheet);
    targets.register('station-row', () => focusIfReachable(row));
    const openSheet = vi.fn(() => {
      sheet.removeAttribute('inert');
    });
    returnFocus({ targets, opener: { kind: 'station-row', id: '108' }, fallbacks: [], openSheet });
    runFrames(1);
    expect(openSheet).toHaveBeenCalledTimes(1);
    expect(document.activeElement).not.toBe(row);
    runFrames(1);
    expect(document.activeElement).toBe(row);
  });

  it('waits a few frames for a re-rendered opener, then falls back in order', () => {
    const targets = createFocusTargets();
    const map = button('지도');
    targets.register('station-row', () => false);
    targets.register('panel-tab', () => false);
    targets.register('map', () => focusIfReachable(map));
    returnFocus({
      targets,
      opener: { kind: 'station-row', id: '108' },
      fallbacks: [
        { kind: 'panel-tab', id: null },
        { kind: 'map', id: null },
      ],
      openSheet: vi.fn(),
    });
    runFrames(5);
    expect(document.activeElement).not.toBe(map);
    runFrames(10);
    expect(document.activeElement).toBe(map);
  });

  it('uses the fallbacks at once when there is no opener (a deep-linked article)', () => {
    const targets = createFocusTargets();
    const map = button('지도');
    targets.register('map', () => focusIfReachable(map));
    returnFocus({
      targets,
      opener: null,
      fallbacks: [{ kind: 'map', id: null }],
      openSheet: vi.fn(),
    });
    runFrames(1);
    expect(document.activeElement).toBe(map);
  });

  it('moves focus on purpose when asked to (the skip link)', () => {
    const targets = createFocusTargets();
    const list = button('목록');
    const link = button('건너뛰기');
    link.focus();
    targets.register('station-list', () => focusIfReachable(list));
    returnFocus({
      targets,
      opener: { kind: 'station-list', id: null },
      fallbacks: [],
      openSheet: vi.fn(),
      onlyIfFocusLost: false,
    });
    runFrames(1);
    expect(document.activeElement).toBe(list);
  });
});

describe('focus targets', () => {
  it('forgets a focuser when its component unregisters, but not a newer one', () => {
    const targets = createFocusTargets();
    const first = vi.fn(() => true);
    const second = vi.fn(() => true);
    const unregisterFirst = targets.register('map', first);
    targets.register('map', second);
    unregisterFirst();
    expect(targets.focus('map', null)).toBe(true);
    expect(second).toHaveBeenCalled();
    expect(first).not.toHaveBeenCalled();
  });

  it('answers false for a kind nobody registered', () => {
    expect(createFocusTargets().focus('panel-tab', null)).toBe(false);
  });
});
