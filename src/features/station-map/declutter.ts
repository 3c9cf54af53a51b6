/**
 * Greedy label placement. Candidates arrive in priority order; each tries
 * the spots around its marker in the cartographic order (right, left, above,
 * below, then the four corners) and takes the first that overlaps no marker,
 * no panel and no label already placed. Every spot touches the marker's own
 * side, so a label can never float free of the station it names. A uniform
 * grid keeps each test local, so 10,000 candidates stay fast.
 */
export interface LabelCandidate {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly text: string;
  /** This label's own distance from its marker's centre, when not the shared `gap`. */
  readonly gap?: number;
  /** A second shape to try when no spot fits the first (the name over the temperature). */
  readonly stacked?: { readonly width: number; readonly height: number };
}

export interface PlacedLabel {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
  readonly text: string;
  /** Which candidate this is (its position in the input), to find its station again. */
  readonly index: number;
  /** True when placed in the candidate's second, stacked shape. */
  readonly stacked: boolean;
}

export interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

const CELL = 48;
/** A label slid to a corner still shares this many pixels with its marker's side. */
const LABEL_OVERLAP = 4;

/**
 * Boxes by the grid cells they touch. Plain loops rather than a generator of
 * cell keys: a crowded view tries about ten spots for each of a thousand
 * labels, and without the generator placing them takes about 0.7× the time.
 */
class BoxGrid {
  private readonly cells = new Map<number, Box[]>();

  collides(box: Box): boolean {
    const lastX = Math.floor(box.right / CELL);
    const firstY = Math.floor(box.top / CELL);
    const lastY = Math.floor(box.bottom / CELL);
    for (let cx = Math.floor(box.left / CELL); cx <= lastX; cx += 1) {
      for (let cy = firstY; cy <= lastY; cy += 1) {
        const cell = this.cells.get(cx * 100_003 + cy);
        if (!cell) continue;
        for (let i = 0; i < cell.length; i += 1) if (overlaps(box, cell[i]!)) return true;
      }
    }
    return false;
  }

  insert(box: Box): void {
    const lastX = Math.floor(box.right / CELL);
    const firstY = Math.floor(box.top / CELL);
    const lastY = Math.floor(box.bottom / CELL);
    for (let cx = Math.floor(box.left / CELL); cx <= lastX; cx += 1) {
      for (let cy = firstY; cy <= lastY; cy += 1) {
        const key = cx * 100_003 + cy;
        const cell = this.cells.get(key);
        if (cell) cell.push(box);
        else this.cells.set(key, [box]);
      }
    }
  }
}

/** Whether two boxes share some area (touching edges do not count). */
export function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;
}

/** Whether `box` lies wholly inside `bounds`. */
function inside(box: Box, bounds: Box): boolean {
  return (
    box.left >= bounds.left &&
    box.top >= bounds.top &&
    box.right <= bounds.right &&
    box.bottom <= bounds.bottom
  );
}

/**
 * The spots around a marker at (x, y), best first: right and left centred on
 * the marker (a name reads on from its point), then above and below centred;
 * then the same sides with the label slid half and then all the way towards
 * a corner. Every spot keeps the label against the marker's own side.
 */
function spotsAround(
  x: number,
  y: number,
  width: number,
  height: number,
  gap: number,
): [number, number][] {
  const right = x + gap;
  const left = x - gap - width;
  const above = y - gap - height;
  const below = y + gap;
  const middleTop = y - height / 2;
  const middleLeft = x - width / 2;
  // How far a label may slide along a side and still touch the marker there.
  const slideY = height / 2 + gap - LABEL_OVERLAP;
  const slideX = width / 2 + gap - LABEL_OVERLAP;
  const spots: [number, number][] = [
    [right, middleTop],
    [left, middleTop],
    [middleLeft, above],
    [middleLeft, below],
  ];
  for (const share of [0.5, 1]) {
    for (const sign of [-1, 1]) spots.push([right, middleTop + sign * share * slideY]);
    for (const sign of [-1, 1]) spots.push([left, middleTop + sign * share * slideY]);
  }
  for (const share of [0.5, 1]) {
    for (const sign of [1, -1]) spots.push([middleLeft + sign * share * slideX, above]);
    for (const sign of [1, -1]) spots.push([middleLeft + sign * share * slideX, below]);
  }
  return spots;
}

/** The first spot around the marker where a label of this size is free, or null. */
function firstFreeSpot(
  marker: { readonly x: number; readonly y: number },
  size: { readonly width: number; readonly height: number },
  gap: number,
  free: (box: Box) => boolean,
): Box | null {
  for (const [left, top] of spotsAround(marker.x, marker.y, size.width, size.height, gap)) {
    const box = { left, top, right: left + size.width, bottom: top + size.height };
    if (free(box)) return box;
  }
  return null;
}

/**
 * Places labels in priority order. With `bounds` (the visible view), a spot
 * that would run off the view is skipped, so a station near the edge gets its
 * label on the inner side instead of a label cut in half. `blocked` are
 * rectangles no label may enter: the legend, the zoom buttons, an open card.
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  markers: readonly { x: number; y: number; radius: number }[],
  gap: number,
  limit: number,
  bounds?: Box,
  blocked: readonly Box[] = [],
): PlacedLabel[] {
  const grid = new BoxGrid();
  for (const marker of markers) {
    grid.insert({
      left: marker.x - marker.radius,
      top: marker.y - marker.radius,
      right: marker.x + marker.radius,
      bottom: marker.y + marker.radius,
    });
  }
  const placed: PlacedLabel[] = [];
  for (let index = 0; index < candidates.length; index += 1) {
    if (placed.length >= limit) break;
    const candidate = candidates[index]!;
    const own = candidate.gap ?? gap;
    const free = (box: Box) =>
      (!bounds || inside(box, bounds)) &&
      !blocked.some((panel) => overlaps(box, panel)) &&
      !grid.collides(box);
    let stacked = false;
    let box = firstFreeSpot(candidate, candidate, own, free);
    if (!box && candidate.stacked) {
      stacked = true;
      box = firstFreeSpot(candidate, candidate.stacked, own, free);
    }
    if (!box) continue;
    grid.insert(box);
    placed.push({
      left: box.left,
      top: box.top,
      width: box.right - box.left,
      height: box.bottom - box.top,
      text: candidate.text,
      index,
      stacked,
    });
  }
  return placed;
}
