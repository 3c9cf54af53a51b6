import { useEffect, useRef } from 'react';
import { StationCanvasLayer, type StationPoint } from './station-canvas-layer';
import { useCanvasOverlay } from './use-canvas-overlay';

interface StationLayerProps {
  readonly points: readonly StationPoint[];
  readonly selectedId: string | null;
  readonly onSelect: (stationId: string) => void;
}

/** Owns the one canvas layer; updates it in place when the stations or the selection change. */
export function StationLayer({ points, selectedId, onSelect }: StationLayerProps) {
  const onSelectRef = useRef(onSelect);

  useEffect(function keepLatestSelectHandler() {
    onSelectRef.current = onSelect;
  });

  const layerRef = useCanvasOverlay(() => new StationCanvasLayer((id) => onSelectRef.current(id)));

  useEffect(
    function drawStations() {
      layerRef.current?.setStations(points, selectedId);
    },
    [layerRef, points, selectedId],
  );

  return null;
}
