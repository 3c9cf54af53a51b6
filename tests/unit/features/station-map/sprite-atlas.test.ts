// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { SpriteAtlas, type Sprite } from '../../../../src/features/station-map/sprite-atlas';

const SIZE = { width: 20, height: 10 };

// jsdom has no canvas drawing: a context that takes the calls the atlas makes, and counts the
// canvases made, is enough to check where the sprites go.
let contextsMade = 0;
beforeEach(() => {
  contextsMade = 0;
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(() => {
    contextsMade += 1;
    const noop = vi.fn();
    return {
      save: noop,
      restore: noop,
      beginPath: noop,
      rect: noop,
      clip: noop,
      setTransform: noop,
      clearRect: noop,
    } as unknown as CanvasRenderingContext2D;
  });
  return () => vi.restoreAllMocks();
});

function overlaps(a: Sprite, b: Sprite): boolean {
  return (
    a.page === b.page &&
    a.x < b.x + b.width &&
    b.x < a.x + a.width &&
    a.y < b.y + b.height &&
    b.y < a.y + a.height
  );
}

describe('SpriteAtlas', () => {
  it('draws a sprite once and hands back the same one after', () => {
    const atlas = new SpriteAtlas(10);
    const paint = vi.fn();
    const first = atlas.get('clear|10', SIZE, 2, paint);
    const again = atlas.get('clear|10', SIZE, 2, paint);
    expect(again).toBe(first);
    expect(paint).toHaveBeenCalledTimes(1);
    // Device pixels: CSS size × pixel ratio.
    expect([first.width, first.height]).toEqual([40, 20]);
  });

  it('copies a sprite device pixel for device pixel, even when its size is not whole device pixels', () => {
    const atlas = new SpriteAtlas(10);
    // 20.3 × 1.75 = 35.525 device pixels: the sprite's box is rounded up to 36.
    const sprite = atlas.get('15.3°', { width: 20.3, height: 9.1 }, 1.75, vi.fn());
    const drawImage = vi.fn();
    SpriteAtlas.draw({ drawImage } as unknown as CanvasRenderingContext2D, sprite, 4, 8, 1.75);
    const [, , , sourceWidth, sourceHeight, x, y, width, height] = drawImage.mock
      .calls[0] as number[];
    expect([sourceWidth, sourceHeight]).toEqual([36, 16]);
    expect([x, y]).toEqual([4, 8]);
    // Scaled by the context's 1.75, the copy is as many device pixels as the sprite: no resampling.
    expect(width! * 1.75).toBeCloseTo(sourceWidth!, 9);
    expect(height! * 1.75).toBeCloseTo(sourceHeight!, 9);
  });

  it('packs many sprites on one canvas without overlap', () => {
    const atlas = new SpriteAtlas(1000);
    const sprites = Array.from({ length: 400 }, (_, i) =>
      atlas.get(`label ${i}`, { width: 30 + (i % 50), height: 16 + (i % 3) }, 1.75, () => {}),
    );
    const pages = new Set(sprites.map((sprite) => sprite.page));
    expect(contextsMade).toBe(pages.size);
    expect(pages.size).toBeLessThan(15);
    for (const sprite of sprites) {
      expect(sprite.x + sprite.width).toBeLessThanOrEqual(sprite.page.width);
      expect(sprite.y + sprite.height).toBeLessThanOrEqual(sprite.page.height);
    }
    for (let i = 0; i < sprites.length; i += 1)
      for (let j = i + 1; j < sprites.length; j += 1)
        expect(overlaps(sprites[i]!, sprites[j]!)).toBe(false);
  });

  it('gives a sprite larger than a page a canvas of its own', () => {
    const atlas = new SpriteAtlas(10);
    const small = atlas.get('small', SIZE, 1, () => {});
    const wide = atlas.get('wide', { width: 400, height: 20 }, 3, () => {});
    expect(wide.page).not.toBe(small.page);
    expect([wide.page.width, wide.width]).toEqual([1200, 1200]);
  });

  it('starts over when the theme or pixel ratio changes', () => {
    const atlas = new SpriteAtlas(10);
    atlas.useContext('light');
    const light = atlas.get('clear|10', SIZE, 1, () => {});
    atlas.useContext('light');
    expect(atlas.get('clear|10', SIZE, 1, () => {})).toBe(light);
    expect(atlas.find('clear|10')).toBe(light);
    atlas.useContext('dark');
    expect(atlas.find('clear|10')).toBeUndefined();
    expect(atlas.get('clear|10', SIZE, 1, () => {})).not.toBe(light);
  });

  it('keeps at most its limit of sprites, leaving those handed out intact', () => {
    const atlas = new SpriteAtlas(2);
    const a = atlas.get('a', SIZE, 1, () => {});
    const b = atlas.get('b', SIZE, 1, () => {});
    const c = atlas.get('c', SIZE, 1, () => {});
    expect(atlas.find('a')).toBeUndefined();
    // A draw may still copy a and b: the sprite past the limit goes on a new page, not over them.
    expect(c.page).not.toBe(a.page);
    expect(overlaps(c, a) || overlaps(c, b)).toBe(false);
    expect(atlas.get('a', SIZE, 1, () => {})).not.toBe(a);
  });
});
