import { memo, useEffect, useState, type ComponentProps } from 'react';
import { loadBasemap } from '../features/station-map/load-basemap';
import { firstDrawDone, mapRequested } from '../lib/first-draw';
import { afterNextPaint } from '../utils/after-next-paint';
import { useAfterFirstPaint } from '../utils/use-after-first-paint';
import { MapPlaceholder } from './map-placeholder';

/**
 * The map's code (Leaflet included) and the base map's geometry, about 110 KB
 * gzip, are requested right after the page's first paint with content, not
 * with it: on a slow phone connection they would share the line with the
 * entry script and hold back the header, the map's frame and its credits.
 * The geometry is requested together with the code, not after it has run,
 * so neither waits for the other.
 */
type StationMapModule = typeof import('../features/station-map/station-map');
type MapProps = ComponentProps<StationMapModule['default']>;

let loaded: StationMapModule | null = null;
let loading: Promise<StationMapModule> | null = null;

function loadStationMap(): Promise<StationMapModule> {
  loadBasemap().catch(() => undefined); // the map itself reports a failure
  mapRequested();
  loading ??= import('../features/station-map/station-map').then(
    (module) => (loaded = module),
    (error: unknown) => {
      loading = null; // a remount may try again
      throw error;
    },
  );
  return loading;
}

type StationMapProps = MapProps & {
  /**
   * What the reader came for is on screen (the header with the feed's time,
   * or an article a link opened): the map's downloads start after its paint.
   */
  readonly contentShown: boolean;
  /**
   * Something covers the whole map (an article on a phone). The map's code
   * still downloads, but the map is not built or drawn until it is uncovered:
   * on a slow phone that is a third of a second of work nobody could see.
   * Once built it stays, covered or not.
   */
  readonly covered?: boolean;
};

/**
 * Not React.lazy: a suspended map would be revealed no sooner than 300 ms
 * after its fallback (React throttles Suspense reveals), which on a fast
 * connection is most of the time to the first draw. The placeholder is shown
 * here instead, and the map as soon as its code has run.
 *
 * Memoised, like the list: an input re-renders the dashboard at once, and
 * the map's props change only in the deferred render that follows.
 */
export const StationMap = memo(function StationMap({
  contentShown,
  covered = false,
  ...props
}: StationMapProps) {
  const painted = useAfterFirstPaint(contentShown);
  const [uncovered, setUncovered] = useState(!covered);
  useEffect(
    function buildOnceUncovered() {
      if (covered || uncovered) return;
      // After the frame that shows what uncovered it (the article closing): the reader's tap
      // is answered at once, and the map is built in tasks of its own.
      return afterNextPaint(() => setUncovered(true));
    },
    [covered, uncovered],
  );
  useEffect(
    function noDrawWhileCovered() {
      // What waits for the first draw need not wait for the article to close; it starts with
      // the map's downloads, after the article's paint, not in competition with it.
      if (painted && !uncovered) firstDrawDone();
    },
    [painted, uncovered],
  );
  const [module, setModule] = useState<StationMapModule | null>(loaded);
  const [failure, setFailure] = useState<unknown>(null);
  useEffect(
    function fetchMapCode() {
      if (!painted || module) return;
      let current = true;
      loadStationMap().then(
        (ready) => current && setModule(ready),
        (error: unknown) => current && setFailure(error),
      );
      return () => {
        current = false;
      };
    },
    [painted, module],
  );
  // The surrounding DeferredBoundary turns this into its "could not load" message.
  if (failure) throw failure;
  if (!module || !uncovered) return <MapPlaceholder />;
  const LoadedMap = module.default;
  return <LoadedMap {...props} />;
});
