/**
 * Where each station and its label go in one view: the deciding half of a
 * station draw, apart from the painting half. At 10,000 stations placing the
 * labels is about half of a redraw, so the station layer arranges in a task
 * of its own before the frame that paints, and neither task is long on a
 * phone (see `StationCanvasLayer.drawInNextFrame`).
 */
import type { CanvasView } from './canvas-overlay';
import type { Box } from './declutter';
import { layoutLabels, SELECTED_EXTRA_RADIUS, type StationLabel } from './label-layout';
import { labelStyle, type LabelStyle } from './label-style';
import type { StationPoint } from './station-point';
import { compareStationRank, isPrincipalStation } from '../../domain/station-rank';

/** Markers shrink to dots above this many stations in view, where glyphs would only be noise. */
export const DOT_THRESHOLD = 1500;

/** Stations drawn outside the view by up to this many CSS pixels still show their edge. */
const EDGE = 20;

export interface StationArrangement {
  readonly points: readonly StationPoint[];
  /** Container-pixel position of every station, in or out of view. */
  readonly xs: Float32Array;
  readonly ys: Float32Array;
  readonly ids: readonly string[];
  /** Stations in view except the selected one; most important first unless they are dots. */
  readonly visible: readonly number[];
  /** The selected station when it is in view, else −1. */
  readonly selectedIndex: number;
  /** Thousands of stations in view: small dots, no labels but the selection's. */
  readonly dots: boolean;
  readonly style: LabelStyle;
  /** The radius of an ordinary marker (or dot) in this view. */
  readonly radius: number;
  /** The radius each station is drawn with. */
  readonly radiusOf: (index: number) => number;
  readonly labels: readonly StationLabel[];
}

export interface ArrangeInput {
  readonly points: readonly StationPoint[];
  readonly selectedId: string | null;
  readonly view: CanvasView;
  /** Panels over the map, container pixels: labels keep out of them. */
  readonly covers: readonly Box[];
  readonly measure: (font: string, text: string) => number;
}

/**
 * Everything besides the points that decides an arrangement. The same key
 * on the same points gives the same arrangement, so a redraw for new theme
 * colours, or the frame after an arranging task, does not arrange again.
 */
export function arrangementKey(input: Omit<ArrangeInput, 'points' | 'measure'>): string {
  const { view, selectedId, covers } = input;
  return [
    view.scale,
    view.shiftX,
    view.shiftY,
    view.width,
    view.height,
    view.ratio,
    view.map.getZoom(),
    selectedId,
  ]
    .concat(covers.flatMap((box) => [box.left, box.top, box.right, box.bottom]))
    .join('|');
}

export function arrangeStations(input: ArrangeInput): StationArrangement {
  const { points, selectedId, view, covers } = input;
  const { pad, width, height, scale, shiftX, shiftY } = view;
  const xs = new Float32Array(points.length);
  const ys = new Float32Array(points.length);
  const ids: string[] = new Array<string>(points.length);
  const visible: number[] = [];
  let selectedIndex = -1;
  for (let i = 0; i < points.length; i += 1) {
    const point = points[i]!;
    const x = point.x0 * scale + shiftX;
    const y = point.y0 * scale + shiftY;
    xs[i] = x;
    ys[i] = y;
    ids[i] = point.id;
    if (
      x < -pad.x - EDGE ||
      y < -pad.y - EDGE ||
      x > width - pad.x + EDGE ||
      y > height - pad.y + EDGE
    )
      continue;
    if (point.id === selectedId) selectedIndex = i;
    else visible.push(i);
  }

  const dots = visible.length > DOT_THRESHOLD;
  const style = labelStyle(view.map.getZoom());
  const radius = dots ? 4 : style.markerRadius;
  const radiusOf = (i: number): number =>
    i === selectedIndex
      ? radius + SELECTED_EXTRA_RADIUS
      : dots || isPrincipalStation(points[i]!.id)
        ? radius
        : style.minorRadius;
  // Most important first for the labels; painted in reverse so that where two
  // markers overlap (북춘천 and 춘천) the more important one is on top.
  if (!dots) visible.sort((a, b) => compareStationRank(points[a]!.id, points[b]!.id));

  // Thousands of dots in view: no label could be read there, so none but the selection's.
  const labelled = dots ? [] : visible;
  const labels = layoutLabels({
    stations: points,
    xs,
    ys,
    order: selectedIndex >= 0 ? [selectedIndex, ...labelled] : labelled,
    principal: (i) => isPrincipalStation(points[i]!.id),
    selectedIndex,
    style,
    radius: radiusOf,
    measure: (text) => input.measure(style.font, text),
    // Labels stay inside the visible map (container pixels), not the padded canvas.
    view: { left: 0, top: 0, right: width - 2 * pad.x, bottom: height - 2 * pad.y },
    covers,
    limit: 2000,
  });

  return {
    points,
    xs,
    ys,
    ids,
    visible,
    selectedIndex,
    dots,
    style,
    radius,
    radiusOf,
    labels,
  };
}
