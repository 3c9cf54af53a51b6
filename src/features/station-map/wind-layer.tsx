import { useEffect, useMemo } from 'react';
import type { Observation } from '../../domain/observation';
import { useCanvasOverlay } from './use-canvas-overlay';
import { toWindArrows } from './wind-arrows';
import { WindCanvasLayer } from './wind-canvas-layer';

/** The wind view's arrows; mounted only while the map shows wind. */
export function WindLayer({ stations }: { stations: readonly Observation[] }) {
  const arrows = useMemo(() => toWindArrows(stations), [stations]);
  const layerRef = useCanvasOverlay(() => new WindCanvasLayer());

  useEffect(
    function drawArrows() {
      layerRef.current?.setArrows(arrows);
    },
    [layerRef, arrows],
  );

  return null;
}
