import { useEffect, useRef } from 'react';
import { useMap, useMapEvent } from 'react-leaflet/hooks';

export interface MapViewState {
  readonly lat: number;
  readonly lon: number;
  readonly zoom: number;
}

function sameView(a: MapViewState, b: MapViewState): boolean {
  return (
    Math.abs(a.lat - b.lat) < 1e-3 &&
    Math.abs(a.lon - b.lon) < 1e-3 &&
    Math.abs(a.zoom - b.zoom) < 0.01
  );
}

/**
 * Keeps the map and the URL's map view in step: moving the map writes the
 * view; a view arriving from outside (back/forward, a pasted link) moves the map.
 */
export function ViewSync({
  view,
  onViewChange,
}: {
  view: MapViewState | null;
  onViewChange: (view: MapViewState) => void;
}) {
  const map = useMap();
  const written = useRef<MapViewState | null>(null);

  useMapEvent('moveend', function writeViewToUrl() {
    const center = map.getCenter();
    const next = { lat: center.lat, lon: center.lng, zoom: map.getZoom() };
    written.current = next;
    onViewChange(next);
  });

  useEffect(
    function followViewFromUrl() {
      if (!view) return;
      if (written.current && sameView(view, written.current)) return;
      const center = map.getCenter();
      if (sameView(view, { lat: center.lat, lon: center.lng, zoom: map.getZoom() })) return;
      map.setView([view.lat, view.lon], view.zoom, { animate: false });
    },
    [map, view],
  );
  return null;
}
