import { useEffect, useRef, type RefObject } from 'react';
import { useMap } from 'react-leaflet/hooks';
import { boxesSignature, coverBoxes } from './covers';
import type { StationCanvasLayer } from './station-canvas-layer';

/**
 * Tells the station layer where the panels over the map are, and redraws its
 * labels when one appears, moves or changes size (a card opening, the legend
 * folding), so a label never hides under a panel. `elements` is asked again
 * at each draw: panels come and go.
 */
export function useLabelCovers(
  layerRef: RefObject<StationCanvasLayer | null>,
  elements: () => readonly (Element | null | undefined)[],
): void {
  const map = useMap();
  const elementsRef = useRef(elements);
  const drawnWith = useRef('');

  useEffect(function keepLatestCoverElements() {
    elementsRef.current = elements;
  });

  useEffect(
    function giveCoversToLayer() {
      layerRef.current?.setCoverSource(() => {
        const all = [map.zoomControl?.getContainer(), ...elementsRef.current()];
        const boxes = coverBoxes(map.getContainer(), all);
        drawnWith.current = boxesSignature(boxes);
        return boxes;
      });
    },
    [layerRef, map],
  );

  // After every render (a card may have opened) and whenever a panel resizes.
  useEffect(function redrawWhenCoversMove() {
    const layer = layerRef.current;
    if (!layer) return;
    const present = [map.zoomControl?.getContainer(), ...elementsRef.current()].filter(
      (element): element is Element => element instanceof Element,
    );
    // A draw in the next frame, not now: the stations' own draw may be waiting for that frame
    // already, and one draw reads the new boxes for both.
    const redrawIfMoved = () => {
      if (boxesSignature(coverBoxes(map.getContainer(), present)) !== drawnWith.current)
        layer.requestDraw();
    };
    // Checked in the next frame, not now: measuring the panels here would force a layout inside
    // the task of the input that caused this render (a keystroke, a chip).
    const frame = requestAnimationFrame(redrawIfMoved);
    const observer = new ResizeObserver(redrawIfMoved);
    for (const element of present) observer.observe(element);
    return function stopWatchingCovers() {
      cancelAnimationFrame(frame);
      observer.disconnect();
    };
  });
}
