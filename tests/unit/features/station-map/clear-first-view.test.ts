// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { shiftIntoFree } from '../../../../src/features/station-map/clear-first-view';

// The 360 × 740 phone: the country framed 20 px from the top, its foot under two lines of credits.
const phoneFree = { left: 0, top: 0, right: 360, bottom: 500 };

describe('shiftIntoFree', () => {
  it('does not move a framing that already lies in the free area', () => {
    const framed = { left: 44, top: 20, right: 316, bottom: 480 };
    expect(shiftIntoFree(framed, phoneFree, 8)).toEqual({ x: 0, y: 0 });
  });

  it('pans up by the overlap and the padding when there is room above', () => {
    const framed = { left: 44, top: 30, right: 316, bottom: 510 };
    expect(shiftIntoFree(framed, phoneFree, 8)).toEqual({ x: 0, y: 18 });
  });

  it('gives up the padding before any of the framed area', () => {
    const framed = { left: 44, top: 20, right: 316, bottom: 515 };
    expect(shiftIntoFree(framed, phoneFree, 8)).toEqual({ x: 0, y: 20 });
  });

  it('pans down and right past panels along the top and the left', () => {
    const free = { left: 60, top: 40, right: 400, bottom: 600 };
    const framed = { left: 50, top: 30, right: 300, bottom: 500 };
    expect(shiftIntoFree(framed, free, 8)).toEqual({ x: -18, y: -18 });
  });

  it('says panning cannot do it when the framing is taller than the free area', () => {
    const framed = { left: 44, top: 10, right: 316, bottom: 520 };
    expect(shiftIntoFree(framed, phoneFree, 8)).toBeNull();
  });
});
