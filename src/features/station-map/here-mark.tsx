import { useEffect, useRef } from 'react';
import { latLng } from 'leaflet';
import { useMap } from 'react-leaflet/hooks';
import type { LatLon } from '../../domain/distance';
import { HereLayer } from './here-layer';

/**
 * The reader's position (near me): a blue dot with a white ring, which reads
 * as "you are here" on light and dark maps alike (`station-map.css`). Drawn
 * only, never interactive or focusable; the map region's hidden text says
 * what the dot is.
 */
export function HereMark({ position }: { position: LatLon }) {
  const map = useMap();
  const layerRef = useRef<HereLayer | null>(null);
  const { lat, lon } = position;

  useEffect(
    function addHereLayer() {
      const layer = new HereLayer(latLng(0, 0));
      layerRef.current = layer;
      layer.addTo(map);
      return function removeHereLayer() {
        layer.remove();
        layerRef.current = null;
      };
    },
    [map],
  );

  useEffect(
    function moveHereLayer() {
      layerRef.current?.moveTo(latLng(lat, lon));
    },
    [lat, lon],
  );

  return null;
}
