import { useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import { PHONE_QUERY } from '../../utils/use-media-query';

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
      // On phones the details card covers the lower half of the map: put the
      // station in the upper half, where the reader can see it.
      const phone = window.matchMedia?.(PHONE_QUERY).matches ?? false;
      const station = map.project([position.lat, position.lon], zoom);
      const center = phone ? station.add([0, map.getSize().y * 0.22]) : station;
      map.flyTo(map.unproject(center, zoom), zoom, { animate: !reduceMotion, duration: 0.6 });
    },
    [map, position],
  );
  return null;
}
