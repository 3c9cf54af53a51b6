import { describe, expect, it } from 'vitest';
import { placeLabels, type LabelCandidate } from '../../../../src/features/station-map/declutter';

const label = (x: number, y: number, text: string, width = 40): LabelCandidate => ({
  x,
  y,
  width,
  height: 14,
  text,
});

describe('placeLabels', () => {
  it('puts a lone label to the right of its marker', () => {
    const [placed] = placeLabels([label(100, 100, 'a')], [{ x: 100, y: 100, radius: 10 }], 16, 10);
    expect(placed).toEqual({
      left: 116,
      top: 93,
      width: 40,
      height: 14,
      text: 'a',
      index: 0,
      stacked: false,
    });
  });

  it('never lets two labels overlap, and drops what finds no room', () => {
    // Three markers in a row, close together: the middle one is boxed in.
    const markers = [0, 30, 60].map((x) => ({ x: 100 + x, y: 100, radius: 10 }));
    const candidates = markers.map((m, i) => label(m.x, m.y, `s${i}`, 30));
    const placed = placeLabels(candidates, markers, 12, 10);
    for (const a of placed)
      for (const b of placed) {
        if (a === b) continue;
        const overlap =
          a.left < b.left + b.width &&
          a.left + a.width > b.left &&
          a.top < b.top + b.height &&
          a.top + a.height > b.top;
        expect(overlap).toBe(false);
      }
    // Nothing is placed over a marker either.
    for (const p of placed)
      for (const m of markers)
        expect(
          p.left < m.x + m.radius &&
            p.left + p.width > m.x - m.radius &&
            p.top < m.y + m.radius &&
            p.top + p.height > m.y - m.radius,
        ).toBe(false);
  });

  it('keeps labels inside the view: a station at the right edge is labelled on its left', () => {
    const bounds = { left: 0, top: 0, right: 390, bottom: 600 };
    const [placed] = placeLabels(
      [label(375, 300, '12.4℃')],
      [{ x: 375, y: 300, radius: 10 }],
      16,
      10,
      bounds,
    );
    expect(placed!.left + placed!.width).toBeLessThanOrEqual(390);
    expect(placed!.left).toBe(375 - 16 - 40);
  });

  it('stops at the limit, taking candidates in priority order', () => {
    const candidates = [0, 1, 2, 3].map((i) => label(100 + i * 200, 100, `p${i}`));
    const placed = placeLabels(candidates, [], 10, 2);
    expect(placed.map((p) => p.text)).toEqual(['p0', 'p1']);
  });
});
