import { lazy } from 'react';

/**
 * The map chunk (Leaflet included) is requested as soon as this module is
 * evaluated — in parallel with the feed — rather than when React first
 * renders the map, so lazy loading costs no extra round trip.
 */
const loadStationMap = () => import('../features/station-map/station-map');
void loadStationMap();

export const StationMap = lazy(loadStationMap);
