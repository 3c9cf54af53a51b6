import { latLngBounds } from 'leaflet';
import { useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet/hooks';

export interface AreaPoint {
  readonly lat: number;
  readonly lon: number;
}

/** Room around the outermost stations, so their markers and labels are not cut at the edge. */
const PADDING: [number, number] = [28, 28];
/** One station alone would otherwise zoom to the street. */
const MAX_ZOOM = 10;
export const AREA_FITTED_MARK = 'nalssi:map-fitted';

/**
 * Frames the map on an area (a province's or a list's stations) when the
 * area changes — not on every refresh, so a reader's own pan stays. Records
 * the bounds it reached as a performance mark, the map's observable outcome.
 */
export function FitToArea({ points }: { points: readonly AreaPoint[] | null }) {
  const map = useMap();
  const fitted = useRef<string | null>(null);
  useEffect(
    function frameArea() {
      if (!points || points.length === 0) return;
      const key = points.map(({ lat, lon }) => `${lat},${lon}`).join(';');
      if (key === fitted.current) return;
      fitted.current = key;
      const bounds = latLngBounds(points.map(({ lat, lon }) => [lat, lon] as [number, number]));
      map.fitBounds(bounds, { padding: PADDING, maxZoom: MAX_ZOOM, animate: false });
      const reached = map.getBounds();
      performance.mark(AREA_FITTED_MARK, {
        detail: {
          south: reached.getSouth(),
          west: reached.getWest(),
          north: reached.getNorth(),
          east: reached.getEast(),
        },
      });
    },
    [map, points],
  );
  return null;
}
