/**
 * Greedy label placement. Candidates arrive in priority order; each tries
 * four spots around its marker (right, left, above, below) and takes the
 * first that overlaps no marker and no label already placed. A uniform grid
 * keeps each test local, so 10,000 candidates stay fast.
 */
export interface LabelCandidate {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly text: string;
}

export interface PlacedLabel {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
  readonly text: string;
}

export interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

const CELL = 48;

class BoxGrid {
  private readonly cells = new Map<number, Box[]>();

  private *cellKeys(box: Box): Generator<number> {
    for (let cx = Math.floor(box.left / CELL); cx <= Math.floor(box.right / CELL); cx += 1) {
      for (let cy = Math.floor(box.top / CELL); cy <= Math.floor(box.bottom / CELL); cy += 1) {
        yield cx * 100_003 + cy;
      }
    }
  }

  collides(box: Box): boolean {
    for (const key of this.cellKeys(box)) {
      for (const other of this.cells.get(key) ?? []) {
        if (
          box.left < other.right &&
          box.right > other.left &&
          box.top < other.bottom &&
          box.bottom > other.top
        ) {
          return true;
        }
      }
    }
    return false;
  }

  insert(box: Box): void {
    for (const key of this.cellKeys(box)) {
      const cell = this.cells.get(key);
      if (cell) cell.push(box);
      else this.cells.set(key, [box]);
    }
  }
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
 * Places labels in priority order. With `bounds` (the visible view), a spot
 * that would run off the view is skipped, so a station near the edge gets its
 * label on the inner side instead of a label cut in half.
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  markers: readonly { x: number; y: number; radius: number }[],
  gap: number,
  limit: number,
  bounds?: Box,
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
  for (const candidate of candidates) {
    if (placed.length >= limit) break;
    const { x, y, width, height } = candidate;
    const spots: [number, number][] = [
      [x + gap, y - height / 2],
      [x - gap - width, y - height / 2],
      [x - width / 2, y - gap - height],
      [x - width / 2, y + gap],
    ];
    for (const [left, top] of spots) {
      const box = { left, top, right: left + width, bottom: top + height };
      if (bounds && !inside(box, bounds)) continue;
      if (grid.collides(box)) continue;
      grid.insert(box);
      placed.push({ left, top, width, height, text: candidate.text });
      break;
    }
  }
  return placed;
}
