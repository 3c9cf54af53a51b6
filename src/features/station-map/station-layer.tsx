import { useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import { StationCanvasLayer, type StationPoint } from './station-canvas-layer';
import { useRedrawOnThemeChange } from './use-redraw-on-theme-change';

interface StationLayerProps {
  readonly points: readonly StationPoint[];
  readonly selectedId: string | null;
  readonly onSelect: (stationId: string) => void;
}

/** Owns the one canvas layer; updates it in place when the stations or the selection change. */
export function StationLayer({ points, selectedId, onSelect }: StationLayerProps) {
  const map = useMap();
  const layerRef = useRef<StationCanvasLayer | null>(null);
  const onSelectRef = useRef(onSelect);

  useEffect(function keepLatestSelectHandler() {
    onSelectRef.current = onSelect;
  });

  useEffect(
    function addStationLayer() {
      const layer = new StationCanvasLayer((id) => onSelectRef.current(id));
      layerRef.current = layer;
      layer.addTo(map);
      return function removeStationLayer() {
        layer.remove();
        layerRef.current = null;
      };
    },
    [map],
  );

  useRedrawOnThemeChange(layerRef);

  useEffect(
    function drawStations() {
      layerRef.current?.setStations(points, selectedId);
    },
    [points, selectedId],
  );

  return null;
}
