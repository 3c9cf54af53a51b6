/**
 * The widget's compact map: the dashboard's StationMap without legend or
 * side panels. Loaded on demand by the map view only, so the ticker and card
 * never download Leaflet (nor the dashboard's message catalog, which the
 * map's own labels need and which comes with this chunk).
 */
import type { EmbedMapProps } from '../features/embed/map-panel';
import StationMap from '../features/station-map/station-map';
import { I18nProvider } from '../i18n/i18n-context';

const NO_SELECTION = null;

export default function EmbedMap({ stations, lang, onSelect }: EmbedMapProps) {
  return (
    <I18nProvider lang={lang}>
      <StationMap
        stations={stations}
        selectedId={NO_SELECTION}
        onSelect={onSelect}
        view={null}
        tiles={null}
        showLegend={false}
      />
    </I18nProvider>
  );
}
