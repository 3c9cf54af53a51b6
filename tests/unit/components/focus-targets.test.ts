// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFocusTargets, focusIfReachable } from '../../../src/components/focus-targets';

function button(name: string): HTMLButtonElement {
  const element = document.createElement('button');
  element.textContent = name;
  document.body.append(element);
  return element;
}

afterEach(() => {
  document.body.replaceChildren();
  vi.useRealTimers();
});

describe('focus targets that arrive later', () => {
  it('focuses a target that registers after it was asked for', () => {
    const targets = createFocusTargets();
    const skipLink = button('목록으로 건너뛰기');
    skipLink.focus();
    expect(targets.focus('station-list', null)).toBe(false);

    const list = button('목록');
    targets.register('station-list', () => focusIfReachable(list));
    expect(document.activeElement).toBe(list);
  });

  it('drops the request once the reader has moved focus elsewhere', () => {
    const targets = createFocusTargets();
    button('목록으로 건너뛰기').focus();
    targets.focus('station-list', null);
    button('검색').focus();

    const list = button('목록');
    targets.register('station-list', () => focusIfReachable(list));
    expect(document.activeElement).not.toBe(list);
  });

  it('drops the request after a few seconds', () => {
    vi.useFakeTimers();
    const targets = createFocusTargets();
    button('목록으로 건너뛰기').focus();
    targets.focus('station-list', null);
    vi.advanceTimersByTime(6000);

    const list = button('목록');
    targets.register('station-list', () => focusIfReachable(list));
    expect(document.activeElement).not.toBe(list);
  });

  it('only the kind that was asked for takes the request', () => {
    const targets = createFocusTargets();
    button('목록으로 건너뛰기').focus();
    targets.focus('station-list', null);

    const map = button('지도');
    targets.register('map', () => focusIfReachable(map));
    expect(document.activeElement).not.toBe(map);
  });
});
