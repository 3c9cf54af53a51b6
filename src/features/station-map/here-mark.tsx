import { CircleMarker } from 'react-leaflet';
import type { LatLon } from '../../domain/distance';

/** A blue dot with a white ring reads as "you are here" on light and dark maps alike. */
const HERE_STYLE = {
  color: '#ffffff',
  weight: 3,
  fillColor: '#1a6fe0',
  fillOpacity: 1,
};

/**
 * The reader's position (near me). Drawn only, never interactive or
 * focusable; the map region's hidden text says what the dot is.
 */
export function HereMark({ position }: { position: LatLon }) {
  return (
    <CircleMarker
      center={[position.lat, position.lon]}
      radius={6}
      interactive={false}
      bubblingMouseEvents={false}
      pane="markerPane"
      pathOptions={HERE_STYLE}
      // Read once at creation (setStyle ignores it): how tests and styles find the dot.
      className="nalssi-here"
    />
  );
}
