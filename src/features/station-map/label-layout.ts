/**
 * Which stations get a label in this view, and where: the pure part of the
 * station layer's draw, kept apart so that it can be tested against the real
 * default view without a browser.
 */
import { placeLabels, type Box, type LabelCandidate, type PlacedLabel } from './declutter';
import { LABEL_GAP, labelLines, labelText, type LabelStyle } from './label-style';

export interface LabelledStation {
  readonly name: string;
  readonly conditionText: string;
  readonly label: string | null;
}

export interface LabelLayoutInput {
  readonly stations: readonly LabelledStation[];
  /** Container-pixel position of each station. */
  readonly xs: ArrayLike<number>;
  readonly ys: ArrayLike<number>;
  /** Indexes of the stations in view, most important first (the selected one leads). */
  readonly order: readonly number[];
  /** Indexes of the principal places (only these are labelled when the style says so). */
  readonly principal: (index: number) => boolean;
  /** The selected station, drawn larger; -1 for none. */
  readonly selectedIndex: number;
  readonly style: LabelStyle;
  /** Marker radius of each station as drawn (the style's, or small dots when thousands are in view). */
  readonly radius: (index: number) => number;
  readonly measure: (text: string) => number;
  /** The visible map, container pixels. */
  readonly view: Box;
  /** Panels over the map (legend, zoom buttons, attribution, an open card). */
  readonly covers: readonly Box[];
  readonly limit: number;
}

export interface StationLabel extends PlacedLabel {
  /** Index of the labelled station. */
  readonly station: number;
  /** The text as drawn: one line, or the name over the rest when stacked. */
  readonly lines: readonly string[];
}

/** The selected marker is drawn this much larger, with a ring. */
export const SELECTED_EXTRA_RADIUS = 3;

/** Whether a station may carry a label at a style (the selected one always may). */
function mayBeLabelled(style: LabelStyle, principal: boolean): boolean {
  return style.allStations || principal;
}

/**
 * The texts `layoutLabels` measures for a station at a style: what the
 * station layer measures ahead of time, while the browser is idle.
 */
export function textsToMeasure(
  station: LabelledStation,
  style: LabelStyle,
  principal: boolean,
): string[] {
  if (!mayBeLabelled(style, principal)) return [];
  const text = labelText(station, style.withSky);
  return principal ? [text, ...labelLines(station, style.withSky)] : [text];
}

export function layoutLabels(input: LabelLayoutInput): StationLabel[] {
  const { stations, xs, ys, order, style, radius, selectedIndex } = input;
  const markers = order.map((i) => ({ x: xs[i]!, y: ys[i]!, radius: radius(i) }));
  const candidates: LabelCandidate[] = [];
  const labelled: number[] = [];
  const twins = new TwinFinder(style.markerRadius);
  for (const i of order) {
    // A station standing on a more important one's marker (북춘천 on 춘천) yields its label.
    if (twins.claim(xs[i]!, ys[i]!) === 'taken') continue;
    if (!mayBeLabelled(style, input.principal(i)) && i !== selectedIndex) continue;
    const text = labelText(stations[i]!, style.withSky);
    const [name, rest] = labelLines(stations[i]!, style.withSky);
    // A principal place that finds no room for one line tries two: narrower, where a city is crowded.
    const stacked = input.principal(i)
      ? {
          width: Math.max(input.measure(name), input.measure(rest)),
          height: 2 * style.height,
        }
      : undefined;
    candidates.push({
      x: xs[i]!,
      y: ys[i]!,
      width: input.measure(text),
      height: style.height,
      text,
      gap: radius(i) + LABEL_GAP,
      ...(stacked ? { stacked } : {}),
    });
    labelled.push(i);
  }
  const placed = placeLabels(candidates, markers, LABEL_GAP, input.limit, input.view, input.covers);
  return placed.map((label) => {
    const station = labelled[label.index]!;
    const lines = label.stacked ? labelLines(stations[station]!, style.withSky) : [label.text];
    return { ...label, station, lines };
  });
}

/**
 * Remembers where labelled stations stand; a later one within one marker
 * radius of an earlier one is its twin and gets no label.
 */
class TwinFinder {
  private readonly cells = new Map<number, { x: number; y: number }[]>();

  constructor(private readonly reach: number) {}

  claim(x: number, y: number): 'free' | 'taken' {
    const size = Math.max(this.reach, 1);
    const cx = Math.floor(x / size);
    const cy = Math.floor(y / size);
    for (let dx = -1; dx <= 1; dx += 1)
      for (let dy = -1; dy <= 1; dy += 1)
        for (const other of this.cells.get((cx + dx) * 100_003 + cy + dy) ?? [])
          if ((other.x - x) ** 2 + (other.y - y) ** 2 < this.reach ** 2) return 'taken';
    const key = cx * 100_003 + cy;
    const cell = this.cells.get(key);
    if (cell) cell.push({ x, y });
    else this.cells.set(key, [{ x, y }]);
    return 'free';
  }
}
