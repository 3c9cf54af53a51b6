import { latLngBounds, type LatLngBoundsLiteral } from 'leaflet';
import { useLayoutEffect, useRef } from 'react';
import { useMap } from 'react-leaflet/hooks';
import { coverBoxes, freeArea } from './covers';
import { overlaps, type Box } from './declutter';

/** The room MapContainer's first framing leaves around the country (its `boundsOptions`). */
export const FIRST_VIEW_PADDING = 8;

/**
 * How far to pan (in pixels, Leaflet's `panBy`) so that `framed` lies in
 * `free`, giving up the padding on the far side first and never the framed
 * area itself; null when panning cannot do it (the framed area is larger
 * than the free one in that direction).
 */
export function shiftIntoFree(
  framed: Box,
  free: Box,
  padding: number,
): { x: number; y: number } | null {
  const axis = (low: number, high: number, freeLow: number, freeHigh: number) => {
    // Over the far edge: move back by the overlap and as much of the padding as there is room for.
    if (high > freeHigh) {
      const room = low - freeLow;
      return high - freeHigh > room ? null : Math.min(high - freeHigh + padding, room);
    }
    if (low < freeLow) {
      const room = freeHigh - high;
      return freeLow - low > room ? null : -Math.min(freeLow - low + padding, room);
    }
    return 0;
  };
  const x = axis(framed.left, framed.right, free.left, free.right);
  const y = axis(framed.top, framed.bottom, free.top, free.bottom);
  return x === null || y === null ? null : { x, y };
}

/**
 * Keeps the first view's stations out from under the panels along the
 * map's edge. MapContainer frames the country as it mounts, before it can
 * know what lies over it; on a 360 px phone the credits take two lines
 * along the bottom and hid 서귀포 whole. When a panel overlaps the framed
 * country, the map is panned clear of it, or, where that is not enough,
 * framed again in the part no panel covers (a step of zoom further out:
 * on that phone it cost 서울's label, so panning comes first).
 *
 * A layout effect, and rendered before `ViewSync`: the URL writer starts
 * listening after it (in a passive effect), so this stays the default view,
 * not a move of the reader's to write into the address.
 */
export function ClearFirstView({
  bounds,
  covers,
}: {
  /** The bounds MapContainer framed; null when it opened on a view from the URL. */
  readonly bounds: LatLngBoundsLiteral | null;
  readonly covers: () => readonly (Element | null | undefined)[];
}) {
  const map = useMap();
  const checked = useRef(false);
  useLayoutEffect(
    function moveClearOfPanels() {
      // Only the view the map opened on: a URL view that goes away later is no first view.
      if (checked.current) return;
      checked.current = true;
      if (!bounds) return;
      const country = latLngBounds(bounds);
      const northWest = map.latLngToContainerPoint(country.getNorthWest());
      const southEast = map.latLngToContainerPoint(country.getSouthEast());
      const framed = {
        left: northWest.x,
        top: northWest.y,
        right: southEast.x,
        bottom: southEast.y,
      };
      const boxes = coverBoxes(map.getContainer(), covers());
      if (!boxes.some((box) => overlaps(box, framed))) return;
      const size = map.getSize();
      const free = freeArea({ left: 0, top: 0, right: size.x, bottom: size.y }, boxes);
      const shift = shiftIntoFree(framed, free, FIRST_VIEW_PADDING);
      if (shift) {
        map.panBy([shift.x, shift.y], { animate: false });
        return;
      }
      map.fitBounds(country, {
        paddingTopLeft: [free.left + FIRST_VIEW_PADDING, free.top + FIRST_VIEW_PADDING],
        paddingBottomRight: [
          size.x - free.right + FIRST_VIEW_PADDING,
          size.y - free.bottom + FIRST_VIEW_PADDING,
        ],
        animate: false,
      });
    },
    [map, bounds, covers],
  );
  return null;
}
