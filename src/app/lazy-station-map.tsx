import { lazy, type ComponentProps } from 'react';
import { loadBasemap } from '../features/station-map/load-basemap';
import { useAfterFirstPaint } from '../utils/use-after-first-paint';
import { MapPlaceholder } from './map-placeholder';

/**
 * The map's code (Leaflet included) and the base map's geometry, about 110 KB
 * gzip, are requested right after the page's first paint with content, not
 * with it: on a slow phone connection they would share the line with the
 * entry script and hold back the header, the map's frame and its credits. The geometry is
 * requested together with the code, not after it has run, so neither waits
 * for the other.
 */
const loadStationMap = () => {
  loadBasemap().catch(() => undefined); // the map itself reports a failure
  return import('../features/station-map/station-map');
};

const LazyStationMap = lazy(loadStationMap);

type StationMapProps = ComponentProps<typeof LazyStationMap> & {
  /**
   * What the reader came for is on screen (the header with the feed's time,
   * or an article a link opened): the map's downloads start after its paint.
   */
  readonly contentShown: boolean;
};

export function StationMap({ contentShown, ...props }: StationMapProps) {
  const painted = useAfterFirstPaint(contentShown);
  return painted ? <LazyStationMap {...props} /> : <MapPlaceholder />;
}
