import { beforeEach, describe, expect, it, vi } from 'vitest';
import { SpriteCache } from '../../../../src/features/station-map/sprite-cache';

const SIZE = { width: 20, height: 10 };

// jsdom has no canvas drawing; a context that records the scale is all the cache uses.
beforeEach(() => {
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(
    () => ({ scale: vi.fn() }) as unknown as CanvasRenderingContext2D,
  );
  return () => vi.restoreAllMocks();
});

describe('SpriteCache', () => {
  it('draws a sprite once and hands back the same one after', () => {
    const cache = new SpriteCache(10);
    const paint = vi.fn();
    const first = cache.get('clear|10', SIZE, 2, paint);
    const again = cache.get('clear|10', SIZE, 2, paint);
    expect(again).toBe(first);
    expect(paint).toHaveBeenCalledTimes(1);
    // Device pixels: CSS size × pixel ratio.
    expect([first.width, first.height]).toEqual([40, 20]);
  });

  it('starts over when the theme or pixel ratio changes', () => {
    const cache = new SpriteCache(10);
    cache.useContext('light');
    const light = cache.get('clear|10', SIZE, 1, () => {});
    cache.useContext('light');
    expect(cache.get('clear|10', SIZE, 1, () => {})).toBe(light);
    cache.useContext('dark');
    expect(cache.get('clear|10', SIZE, 1, () => {})).not.toBe(light);
  });

  it('keeps at most its limit of sprites', () => {
    const cache = new SpriteCache(2);
    const a = cache.get('a', SIZE, 1, () => {});
    cache.get('b', SIZE, 1, () => {});
    cache.get('c', SIZE, 1, () => {});
    expect(cache.get('a', SIZE, 1, () => {})).not.toBe(a);
  });
});
