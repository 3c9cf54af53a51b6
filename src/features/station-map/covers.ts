/**
 * Panels drawn over the map (the legend, the zoom buttons, the attribution,
 * an open details card) as rectangles in the map's own pixels, for the label
 * placement to keep out of and for the selection pan to look beside.
 */
import { overlaps, type Box } from './declutter';

/** Each present element's rectangle, relative to the map container's top left. */
export function coverBoxes(
  container: HTMLElement,
  elements: readonly (Element | null | undefined)[],
): Box[] {
  const origin = container.getBoundingClientRect();
  const boxes: Box[] = [];
  for (const element of elements) {
    if (!element) continue;
    const rect = element.getBoundingClientRect();
    if (rect.width === 0 || rect.height === 0) continue;
    boxes.push({
      left: rect.left - origin.left,
      top: rect.top - origin.top,
      right: rect.right - origin.left,
      bottom: rect.bottom - origin.top,
    });
  }
  return boxes;
}

/** A short text that changes when any box moves or resizes, to redraw only then. */
export function boxesSignature(boxes: readonly Box[]): string {
  return boxes.map((b) => `${b.left},${b.top},${b.right},${b.bottom}`).join(';');
}

/**
 * The part of the map a reader can still see: for each panel that overlaps
 * the view, keep the largest strip beside it (left, right, above or below).
 * A card on the right leaves the strip to its left; a phone's card along the
 * bottom leaves the strip above it.
 */
export function freeArea(view: Box, covers: readonly Box[]): Box {
  let free = view;
  for (const cover of covers) {
    if (!overlaps(cover, free)) continue;
    const strips: Box[] = [
      { ...free, right: Math.max(free.left, cover.left) },
      { ...free, left: Math.min(free.right, cover.right) },
      { ...free, bottom: Math.max(free.top, cover.top) },
      { ...free, top: Math.min(free.bottom, cover.bottom) },
    ];
    let best = strips[0]!;
    for (const strip of strips) if (area(strip) > area(best)) best = strip;
    free = best;
  }
  return free;
}

function area(box: Box): number {
  return Math.max(0, box.right - box.left) * Math.max(0, box.bottom - box.top);
}

/** Whether a point of the map (container pixels) lies under any of the panels. */
export function isCovered(point: { x: number; y: number }, covers: readonly Box[]): boolean {
  return covers.some(
    (box) =>
      point.x >= box.left && point.x <= box.right && point.y >= box.top && point.y <= box.bottom,
  );
}
