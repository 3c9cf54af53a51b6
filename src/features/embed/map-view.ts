import type { MapColoring } from '../../domain/map-coloring';
import type { Observation } from '../../domain/observation';
import type { Lang } from '../../i18n/lang';
import { dashboardUrl } from './dashboard-link';
import { el, setChildren } from './dom';
import { widgetFooter } from './footer';
import type { MountedView } from './view';
import type { WidgetText } from './widget-messages';

/** What the compact map draws: the stations, framed on the widget's area (null = all of Korea). */
export interface EmbedMapData {
  readonly stations: readonly Observation[];
  readonly area: readonly Observation[] | null;
}

/** The dashboard's map, mounted into an element. The app layer provides it, loaded on demand. */
export type MountEmbedMap = (
  element: HTMLElement,
  options: {
    readonly lang: Lang;
    readonly coloring: MapColoring;
    readonly onSelect: (stationId: string) => void;
  },
) => MountedView<EmbedMapData>;

export interface MapViewOptions {
  readonly lang: Lang;
  readonly coloring: MapColoring;
  readonly t: WidgetText;
  /** The map module, already on its way (it downloads while the feed loads). */
  readonly map: Promise<MountEmbedMap>;
}

const TITLE_ID = 'embed-map-title';

/** The compact map: the dashboard's markers, no side panels; a station opens the dashboard. */
export function mountMapView(
  root: HTMLElement,
  { lang, coloring, t, map }: MapViewOptions,
): MountedView {
  const frame = el('div', { class: 'embed-map-frame' }, [
    el('p', { class: 'embed-status', role: 'status' }, [t('mapLoading')]),
  ]);
  const footer = widgetFooter(lang, t);
  const heading = el('h1', { id: TITLE_ID, class: 'embed-map-title' }, [t('label')]);
  const section = el('section', { class: 'embed-map', 'aria-labelledby': TITLE_ID }, [
    heading,
    frame,
    footer.element,
  ]);
  let shown: EmbedMapData = { stations: [], area: null };
  let mapView: MountedView<EmbedMapData> | null = null;
  let destroyed = false;

  function openStation(stationId: string) {
    window.open(dashboardUrl(stationId, lang, window.location.href), '_blank', 'noopener');
  }

  map.then(
    function mountMap(mount) {
      if (destroyed) return;
      setChildren(frame, []);
      mapView = mount(frame, { lang, coloring, onSelect: openStation });
      mapView.update(shown);
    },
    function showMapFailure(error: unknown) {
      console.error('[nalssi] the map could not be loaded', error);
      setChildren(frame, [el('p', { class: 'embed-status', role: 'alert' }, [t('mapError')])]);
    },
  );

  root.append(section);
  return {
    update(data) {
      heading.textContent = data.title;
      shown = { stations: data.stations, area: data.area };
      mapView?.update(shown);
      footer.update(data.feed, data.stale);
    },
    destroy() {
      destroyed = true;
      mapView?.destroy();
      section.remove();
    },
  };
}
