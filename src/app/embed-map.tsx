/**
 * The widget's compact map: the dashboard's StationMap without legend or
 * side panels, in its own React root inside the framework-free widget.
 * Loaded on demand by the map view only, so the ticker and card never
 * download React or Leaflet (nor the dashboard's message catalog, which the
 * map's own labels need and which comes with this chunk).
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { Observation } from '../domain/observation';
import type { MountEmbedMap } from '../features/embed/map-view';
import StationMap from '../features/station-map/station-map';
import { I18nProvider } from '../i18n/i18n-context';

const NO_SELECTION = null;

/** The placed stations of an area (the map frames it again only when the places change). */
function areaPoints(area: readonly Observation[] | null) {
  if (!area) return null;
  return area.flatMap((station) => (station.position ? [station.position] : []));
}

export const mountEmbedMap: MountEmbedMap = (element, { lang, coloring, onSelect }) => {
  const root = createRoot(element);
  return {
    update({ stations, area }) {
      root.render(
        <StrictMode>
          <I18nProvider lang={lang}>
            <StationMap
              stations={stations}
              selectedId={NO_SELECTION}
              onSelect={onSelect}
              view={null}
              tiles={null}
              coloring={coloring}
              // The sky glyphs explain themselves; temperature colours need their scale.
              showLegend={coloring !== 'sky'}
              fitTo={areaPoints(area)}
            />
          </I18nProvider>
        </StrictMode>,
      );
    },
    destroy() {
      root.unmount();
    },
  };
};
