import { describe, expect, it } from 'vitest';
import { freeArea, isCovered } from '../../../../src/features/station-map/covers';

const view = { left: 0, top: 0, right: 1000, bottom: 700 };

describe('freeArea', () => {
  it('is the whole view when nothing covers it', () => {
    expect(freeArea(view, [])).toEqual(view);
  });

  it('keeps the strip left of a details card on the right (desktop)', () => {
    const card = { left: 630, top: 12, right: 988, bottom: 520 };
    expect(freeArea(view, [card])).toEqual({ left: 0, top: 0, right: 630, bottom: 700 });
  });

  it('keeps the strip above a card along the bottom (phone)', () => {
    const phoneView = { left: 0, top: 0, right: 390, bottom: 660 };
    const card = { left: 8, top: 300, right: 382, bottom: 652 };
    expect(freeArea(phoneView, [card])).toEqual({ left: 0, top: 0, right: 390, bottom: 300 });
  });

  it('ignores panels outside the view, and narrows for each one inside', () => {
    const outside = { left: 1200, top: 0, right: 1300, bottom: 100 };
    const card = { left: 630, top: 12, right: 988, bottom: 520 };
    const footer = { left: 0, top: 600, right: 630, bottom: 700 };
    expect(freeArea(view, [outside, card, footer])).toEqual({
      left: 0,
      top: 0,
      right: 630,
      bottom: 600,
    });
  });
});

describe('isCovered', () => {
  const card = { left: 8, top: 300, right: 382, bottom: 652 };

  it('is true inside a panel, edges included, and false beside it', () => {
    expect(isCovered({ x: 195, y: 400 }, [card])).toBe(true);
    expect(isCovered({ x: 8, y: 300 }, [card])).toBe(true);
    expect(isCovered({ x: 195, y: 299 }, [card])).toBe(false);
    expect(isCovered({ x: 4, y: 400 }, [card])).toBe(false);
  });

  it('is false with no panels', () => {
    expect(isCovered({ x: 195, y: 400 }, [])).toBe(false);
  });
});
