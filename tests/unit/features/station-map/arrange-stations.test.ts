/**
 * The deciding half of a station draw, on the real sample (97 stations) in
 * a phone-sized view: which stations are in view, in which order, as markers
 * or dots, and which labels they get; and the key that lets a frame reuse
 * an arrangement made in the task before it.
 */
import { describe, expect, it } from 'vitest';
import { compareStationRank } from '../../../../src/domain/station-rank';
import {
  arrangementKey,
  arrangeStations,
  DOT_THRESHOLD,
} from '../../../../src/features/station-map/arrange-stations';
import type { CanvasView } from '../../../../src/features/station-map/canvas-overlay';
import type { Box } from '../../../../src/features/station-map/declutter';
import { mercatorX, mercatorY } from '../../../../src/features/station-map/mercator';
import type { StationPoint } from '../../../../src/features/station-map/station-point';
import { toStationPoints } from '../../../../src/features/station-map/station-points';
import { loadSampleFeed } from '../../support/sample-feed';

const ZOOM = 6.5;
const MAP = { width: 390, height: 659 };
const PAD = { x: 39, y: 66 };

/** A phone's map centred on (lat, lon), as `CanvasOverlay` describes it to its draw. */
function viewAt(lat: number, lon: number, zoom = ZOOM): CanvasView {
  const scale = 2 ** zoom;
  return {
    map: { getZoom: () => zoom },
    ratio: 2,
    pad: PAD,
    width: MAP.width + 2 * PAD.x,
    height: MAP.height + 2 * PAD.y,
    scale,
    shiftX: MAP.width / 2 - mercatorX(lon) * scale,
    shiftY: MAP.height / 2 - mercatorY(lat) * scale,
  } as unknown as CanvasView;
}

/** Hangul a full em, the rest about two thirds (jsdom has no fonts). */
function measure(font: string, text: string): number {
  const px = Number(/(\d+)px/.exec(font)![1]);
  return [...text].reduce((width, char) => width + (/[가-힣]/.test(char) ? px : px * 0.68), 0);
}

const points = toStationPoints(loadSampleFeed().observations, 'ko');
const SEOUL = '108';
const JEJU = '184';
const covers: readonly Box[] = [{ left: 10, top: 10, right: 58, bottom: 102 }];

describe('arrangeStations', () => {
  it('keeps to the stations in view, most important first, with the selection apart and labelled first', () => {
    // Centred on Seoul and zoomed in: Jeju is far off the canvas.
    const view = viewAt(37.5, 127, 9);
    const arrangement = arrangeStations({ points, selectedId: SEOUL, view, covers, measure });
    const ids = arrangement.visible.map((i) => points[i]!.id);
    expect(ids.length).toBeGreaterThan(3);
    expect(ids.length).toBeLessThan(points.length / 2);
    expect(ids).not.toContain(JEJU);
    expect(ids).not.toContain(SEOUL);
    expect(points[arrangement.selectedIndex]!.id).toBe(SEOUL);
    expect([...ids].sort(compareStationRank)).toEqual(ids);
    expect(arrangement.labels[0]!.station).toBe(arrangement.selectedIndex);
    expect(arrangement.radiusOf(arrangement.selectedIndex)).toBeGreaterThan(arrangement.radius);
    // Every station in view is inside the canvas, give or take its edge.
    for (const i of arrangement.visible) {
      expect(arrangement.xs[i]).toBeGreaterThan(-PAD.x - 21);
      expect(arrangement.xs[i]).toBeLessThan(MAP.width + PAD.x + 21);
    }
  });

  it('labels no station under a panel or outside the visible map', () => {
    const arrangement = arrangeStations({
      points,
      selectedId: null,
      view: viewAt(36, 127.8),
      covers,
      measure,
    });
    expect(arrangement.dots).toBe(false);
    expect(arrangement.labels.length).toBeGreaterThan(10);
    for (const label of arrangement.labels) {
      const [panel] = covers;
      const under =
        label.left < panel!.right &&
        label.left + label.width > panel!.left &&
        label.top < panel!.bottom &&
        label.top + label.height > panel!.top;
      expect(under).toBe(false);
      expect(label.left).toBeGreaterThanOrEqual(0);
      expect(label.left + label.width).toBeLessThanOrEqual(MAP.width);
    }
  });

  it(`draws dots and labels only the selection with over ${DOT_THRESHOLD} stations in view`, () => {
    const many: StationPoint[] = Array.from({ length: 16 }, (_, copy) =>
      points.map((point) => ({ ...point, id: copy === 0 ? point.id : `${point.id}-${copy}` })),
    ).flat();
    const arrangement = arrangeStations({
      points: many,
      selectedId: SEOUL,
      view: viewAt(36, 127.8),
      covers,
      measure,
    });
    expect(arrangement.visible.length).toBeGreaterThan(DOT_THRESHOLD);
    expect(arrangement.dots).toBe(true);
    expect(arrangement.labels.map((label) => many[label.station]!.id)).toEqual([SEOUL]);
  });
});

describe('arrangementKey', () => {
  const view = viewAt(36, 127.8);
  const key = arrangementKey({ view, selectedId: null, covers });

  it('is the same for the same view, selection and panels', () => {
    expect(arrangementKey({ view: viewAt(36, 127.8), selectedId: null, covers: [...covers] })).toBe(
      key,
    );
  });

  it('changes with a pan, a zoom, the selection or a panel', () => {
    expect(arrangementKey({ view: viewAt(36.01, 127.8), selectedId: null, covers })).not.toBe(key);
    expect(arrangementKey({ view: viewAt(36, 127.8, 7), selectedId: null, covers })).not.toBe(key);
    expect(arrangementKey({ view, selectedId: SEOUL, covers })).not.toBe(key);
    expect(
      arrangementKey({ view, selectedId: null, covers: [...covers, { ...covers[0]!, top: 20 }] }),
    ).not.toBe(key);
  });
});
