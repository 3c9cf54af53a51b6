// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { observeListSize, scrollList } from '../../../../src/features/station-list/list-viewport';

type Instance = Parameters<typeof scrollList>[2];

/** Just what the two functions read of the virtualizer: its element and direction. */
function instanceFor(element: HTMLDivElement | null): Instance {
  return { scrollElement: element, options: { horizontal: false } } as unknown as Instance;
}

function viewport(): { element: HTMLDivElement; scrolls: unknown[] } {
  const element = document.createElement('div');
  const scrolls: unknown[] = [];
  // jsdom does not scroll; record what the list asked for instead.
  element.scrollTo = ((options: ScrollToOptions) =>
    scrolls.push(options)) as typeof element.scrollTo;
  return { element, scrolls };
}

describe('scrollList', () => {
  it('skips only the first scroll to the top of a new viewport', () => {
    const { element, scrolls } = viewport();
    const instance = instanceFor(element);
    scrollList(0, {}, instance);
    expect(scrolls).toEqual([]);
    scrollList(0, { behavior: 'auto' }, instance);
    expect(scrolls).toEqual([{ top: 0, behavior: 'auto' }]);
  });

  it('carries out a first scroll that goes somewhere other than the top', () => {
    const { element, scrolls } = viewport();
    scrollList(240, { adjustments: 10 }, instanceFor(element));
    expect(scrolls).toEqual([{ top: 250, behavior: undefined }]);
  });

  it('does nothing without a viewport', () => {
    expect(() => scrollList(40, {}, instanceFor(null))).not.toThrow();
  });
});

describe('observeListSize', () => {
  const original = globalThis.ResizeObserver;
  afterEach(() => {
    globalThis.ResizeObserver = original;
  });

  it('reports the client size when the observer fires, and stops observing on cleanup', () => {
    const observers: { callback: () => void; observed: Element[]; disconnected: boolean }[] = [];
    globalThis.ResizeObserver = class {
      private readonly record: (typeof observers)[number];
      constructor(callback: () => void) {
        this.record = { callback, observed: [], disconnected: false };
        observers.push(this.record);
      }
      observe(target: Element) {
        this.record.observed.push(target);
      }
      unobserve() {}
      disconnect() {
        this.record.disconnected = true;
      }
    } as unknown as typeof ResizeObserver;

    const element = document.createElement('div');
    Object.defineProperty(element, 'clientWidth', { value: 320 });
    Object.defineProperty(element, 'clientHeight', { value: 480 });
    const report = vi.fn();
    const stop = observeListSize(instanceFor(element), report);

    // Nothing is read at once: the size comes with the browser's own layout.
    expect(report).not.toHaveBeenCalled();
    expect(observers).toHaveLength(1);
    expect(observers[0]!.observed).toEqual([element]);
    observers[0]!.callback();
    expect(report).toHaveBeenCalledWith({ width: 320, height: 480 });
    stop?.();
    expect(observers[0]!.disconnected).toBe(true);
  });

  it('observes nothing before the list has a viewport', () => {
    expect(observeListSize(instanceFor(null), vi.fn())).toBeUndefined();
  });
});
