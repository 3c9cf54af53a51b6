/**
 * The credits line is one line tall on a wide map and two or more on a
 * narrow one (a tablet held upright leaves the map 384 px, a phone less), or
 * with a tile server's longer attribution. The legend and the shading note
 * sit above it; at fixed offsets the line covered the legend's foot and most
 * of the note that says the shading is not observed. Its height is written on
 * its container as a custom property, which those rules add to their offsets.
 */
export const CREDITS_HEIGHT_PROPERTY = '--map-credits-height';

/** Keeps the container's property equal to the line's height; returns a stop function. */
export function keepCreditsHeight(line: HTMLElement): () => void {
  const container = line.parentElement;
  if (!container || typeof ResizeObserver !== 'function') return () => undefined;
  let written = '';
  const observer = new ResizeObserver(([entry]) => {
    // The observer's own size, measured in the browser's layout: reading it forces none.
    const height = `${entry?.borderBoxSize[0]?.blockSize ?? line.offsetHeight}px`;
    if (height === written) return;
    written = height;
    container.style.setProperty(CREDITS_HEIGHT_PROPERTY, height);
  });
  observer.observe(line);
  return () => {
    observer.disconnect();
    container.style.removeProperty(CREDITS_HEIGHT_PROPERTY);
  };
}
