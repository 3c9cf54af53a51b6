import { useCallback } from 'react';
import { useMap } from 'react-leaflet/hooks';
import { focusIfReachable, useFocusTarget } from '../../components/focus-targets';

/** Lets the app give focus back to the map (it is one Tab stop) when a panel over it closes. */
export function MapFocusTarget() {
  const map = useMap();
  const focusMap = useCallback(() => focusIfReachable(map.getContainer()), [map]);
  useFocusTarget('map', focusMap);
  return null;
}
