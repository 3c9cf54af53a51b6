/**
 * Writes an element's height on its parent as a CSS custom property and
 * keeps it current, for what must sit above the element whatever its height:
 * the map's credits line, one line on a wide map and two or more on a narrow
 * one, and a station's card at the foot of a phone's map. Fixed offsets hid
 * the legend's foot and the note that says the temperature shading is not
 * observed. Returns a function that stops and removes the property.
 */
export function publishHeight(element: HTMLElement, property: `--${string}`): () => void {
  const parent = element.parentElement;
  if (!parent || typeof ResizeObserver !== 'function') return () => undefined;
  let written = '';
  const observer = new ResizeObserver(([entry]) => {
    // The size the browser's own layout measured: reading it forces no layout.
    const height = `${entry?.borderBoxSize[0]?.blockSize ?? element.offsetHeight}px`;
    if (height === written) return;
    written = height;
    parent.style.setProperty(property, height);
  });
  observer.observe(element);
  return () => {
    observer.disconnect();
    parent.style.removeProperty(property);
  };
}
