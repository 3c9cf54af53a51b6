import { useEffect, useRef } from 'react';
import type { Map as LeafletMap } from 'leaflet';
import { useMap } from 'react-leaflet/hooks';
import { coverBoxes, freeArea, isCovered } from './covers';

const FOCUS_ZOOM = 9;
/** The station sits this far left of the free area's centre: its label reads on to the right. */
const LABEL_ROOM = 40;

interface SelectionFocusProps {
  readonly position: { lat: number; lon: number } | null;
  /** Panels over the map (the details card, on phones over the lower half; the colouring switch). */
  readonly covers: () => readonly (Element | null | undefined)[];
  /** A cover is still on its way: wait for it, or the station would land under it. */
  readonly coversPending?: boolean;
  /** A new value pans again even to the same station ("지도에서 보기" after panning away). */
  readonly request: number;
}

/** The panels first, then the zoom buttons: the largest cover decides which side stays free. */
function panelBoxes(map: LeafletMap, covers: readonly (Element | null | undefined)[]) {
  return coverBoxes(map.getContainer(), [...covers, map.zoomControl?.getContainer()]);
}

/**
 * Pans (and zooms in a little) to the selected station whenever the
 * selection changes, from any path (a marker, a list row, an article's
 * "지도에서 보기", a link): one rule puts the station in the middle of the
 * part of the map that no panel covers — beside the card on wide screens,
 * above it on phones.
 */
export function SelectionFocus({
  position,
  covers,
  coversPending = false,
  request,
}: SelectionFocusProps) {
  const map = useMap();
  const last = useRef<string | null>(null);
  const coversRef = useRef(covers);
  // A station the page opened with (a link) is shown at once: flying there as the page loads
  // moves the map for nothing and redraws it every frame on the slowest part of the load.
  const openedWith = useRef(position ? `${position.lat},${position.lon}` : null);
  const panned = useRef(false);
  const wasPending = useRef(coversPending);

  useEffect(function keepLatestCovers() {
    coversRef.current = covers;
  });

  useEffect(
    function panToSelection() {
      const coverArrived = wasPending.current && !coversPending;
      wasPending.current = coversPending;
      if (coversPending) return;
      const key = position ? `${position.lat},${position.lon},${request}` : null;
      // The same selection pans again only when a panel it waited for has come and covers it
      // (an article opened with its station closes on a phone, and the station's card appears).
      const coveredByNewPanel =
        coverArrived &&
        position !== null &&
        isCovered(
          map.latLngToContainerPoint([position.lat, position.lon]),
          panelBoxes(map, coversRef.current()),
        );
      if (!position || (key === last.current && !coveredByNewPanel)) {
        last.current = key;
        return;
      }
      last.current = key;
      const zoom = Math.max(map.getZoom(), FOCUS_ZOOM);
      const reduceMotion = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
      const opening = !panned.current && openedWith.current === `${position.lat},${position.lon}`;
      panned.current = true;
      const size = map.getSize();
      const view = { left: 0, top: 0, right: size.x, bottom: size.y };
      const free = freeArea(view, panelBoxes(map, coversRef.current()));
      const freeWidth = free.right - free.left;
      const target = {
        x: (free.left + free.right) / 2 - Math.min(LABEL_ROOM, freeWidth / 4),
        y: (free.top + free.bottom) / 2,
      };
      // The map's centre goes where it must for the station to land on the target.
      const station = map.project([position.lat, position.lon], zoom);
      const center = station.add([size.x / 2 - target.x, size.y / 2 - target.y]);
      if (opening || reduceMotion)
        map.setView(map.unproject(center, zoom), zoom, { animate: false });
      else map.flyTo(map.unproject(center, zoom), zoom, { duration: 0.6 });
    },
    [map, position, request, coversPending],
  );
  return null;
}
