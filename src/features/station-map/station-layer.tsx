import { useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import { StationCanvasLayer, type StationPoint } from './station-canvas-layer';

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

  // The canvas resolves theme colours when it draws, so a theme switch (the
  // reader's choice or the system's) must trigger a draw, or labels stay in
  // the old theme's colours until the next pan.
  useEffect(function redrawOnThemeChange() {
    const redraw = () => layerRef.current?.redraw();
    const observer = new MutationObserver(redraw);
    observer.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['data-theme'],
    });
    const systemScheme = window.matchMedia?.('(prefers-color-scheme: dark)');
    systemScheme?.addEventListener('change', redraw);
    return function stopRedrawingOnThemeChange() {
      observer.disconnect();
      systemScheme?.removeEventListener('change', redraw);
    };
  }, []);

  useEffect(
    function drawStations() {
      layerRef.current?.setStations(points, selectedId);
    },
    [points, selectedId],
  );

  return null;
}
