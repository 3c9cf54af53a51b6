import { useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';

const FOCUS_ZOOM = 9;

/** Pans (and zooms in a little) to the selected station whenever the selection changes. */
export function SelectionFocus({ position }: { position: { lat: number; lon: number } | null }) {
  const map = useMap();
  const last = useRef<string | null>(null);
  useEffect(
    function panToSelection() {
      const key = position ? `${position.lat},${position.lon}` : null;
      if (!position || key === last.current) {
        last.current = key;
        return;
      }
      last.current = key;
      const zoom = Math.max(map.getZoom(), FOCUS_ZOOM);
      const reduceMotion = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
      map.flyTo([position.lat, position.lon], zoom, { animate: !reduceMotion, duration: 0.6 });
    },
    [map, position],
  );
  return null;
}
