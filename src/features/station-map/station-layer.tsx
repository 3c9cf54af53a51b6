import { useEffect, useRef } from 'react';
import { StationCanvasLayer } from './station-canvas-layer';
import type { StationPoint } from './station-point';
import { useCanvasOverlay } from './use-canvas-overlay';
import { useLabelCovers } from './use-label-covers';

interface StationLayerProps {
  readonly points: readonly StationPoint[];
  readonly selectedId: string | null;
  readonly onSelect: (stationId: string) => void;
  /** The station under the pointer, or null when the pointer points at none. */
  readonly onHover: (stationId: string | null) => void;
  /** Panels over the map that labels keep out of (asked at each draw). */
  readonly covers: () => readonly (Element | null | undefined)[];
}

/** Owns the one canvas layer; updates it in place when the stations or the selection change. */
export function StationLayer({ points, selectedId, onSelect, onHover, covers }: StationLayerProps) {
  const onSelectRef = useRef(onSelect);
  const onHoverRef = useRef(onHover);

  useEffect(function keepLatestHandlers() {
    onSelectRef.current = onSelect;
    onHoverRef.current = onHover;
  });

  const layerRef = useCanvasOverlay(
    () =>
      new StationCanvasLayer(
        (id) => onSelectRef.current(id),
        (id) => onHoverRef.current(id),
      ),
  );
  useLabelCovers(layerRef, covers);

  useEffect(
    function drawStations() {
      layerRef.current?.setStations(points, selectedId);
    },
    [layerRef, points, selectedId],
  );

  return null;
}
