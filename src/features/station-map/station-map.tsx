/**
 * The map of Korea with every station on it. This folder is the only one
 * that imports Leaflet, and the app loads it lazily, so views without a map
 * (the ticker and card embeds) never download it.
 */
import 'leaflet/dist/leaflet.css';
import './station-map.css';
import { useId, useMemo } from 'react';
import { MapContainer, TileLayer } from 'react-leaflet';
import { KOREA_BOUNDS, KOREA_MAX_BOUNDS } from '../../config/map-bounds';
import { useI18n } from '../../i18n/i18n-context';
import type { Observation } from '../../domain/observation';
import { DEFAULT_MAP_COLORING, type MapColoring } from '../../domain/map-coloring';
import { BasemapLayer } from './basemap-layer';
import { MapColoringSwitch } from './map-coloring-switch';
import { MapFocusTarget } from './map-focus-target';
import { MapLegend } from './map-legend';
import { SelectionFocus } from './selection-focus';
import { StationLayer } from './station-layer';
import { TemperatureField } from './temperature-field';
import { useBasemap } from './use-basemap';
import { toStationPoints } from './station-points';
import { ViewSync, type MapViewState } from './view-sync';

export interface StationMapProps {
  readonly stations: readonly Observation[];
  readonly selectedId: string | null;
  readonly onSelect: (stationId: string) => void;
  /** The view from the URL; null = fit all of Korea. */
  readonly view: MapViewState | null;
  readonly onViewChange?: (view: MapViewState) => void;
  readonly tiles: { readonly url: string; readonly attribution: string } | null;
  /** What the markers' colours mean; sky conditions by default. */
  readonly coloring?: MapColoring;
  /** Given, the map offers the switch between colourings (the embed has none). */
  readonly onColoringChange?: (coloring: MapColoring) => void;
  /** Compact maps (the embed) leave out the legend. */
  readonly showLegend?: boolean;
  /** Stations drawn with a news mark. */
  readonly badgeIds?: ReadonlySet<string>;
}

export default function StationMap({
  stations,
  selectedId,
  onSelect,
  view,
  onViewChange,
  tiles,
  coloring = DEFAULT_MAP_COLORING,
  onColoringChange,
  showLegend = true,
  badgeIds,
}: StationMapProps) {
  const { t, lang } = useI18n();
  const hintId = useId();
  const interpolated = !tiles && coloring === 'temperature';
  const basemap = useBasemap();
  const points = useMemo(
    () => toStationPoints(stations, lang, badgeIds, coloring),
    [stations, lang, badgeIds, coloring],
  );
  const selected = useMemo(
    () => stations.find((station) => station.stationId === selectedId)?.position ?? null,
    [stations, selectedId],
  );

  return (
    // Markers are deliberately not focusable: the list is the keyboard way in
    // (docs/decisions/0003-map-keyboard-access.md), and the region says so.
    <div
      className="station-map"
      data-coloring={coloring}
      role="region"
      aria-label={t('map.label')}
      aria-describedby={hintId}
    >
      <MapContainer
        // MapContainer reads these once; later moves go through useMap() children.
        {...(view
          ? { center: [view.lat, view.lon] as [number, number], zoom: view.zoom }
          : { bounds: KOREA_BOUNDS, boundsOptions: { padding: [8, 8] } })}
        maxBounds={KOREA_MAX_BOUNDS}
        minZoom={5}
        maxZoom={13}
        zoomSnap={0.25}
        attributionControl={false}
        className="station-map-canvas"
      >
        {tiles ? <TileLayer url={tiles.url} /> : basemap && <BasemapLayer data={basemap} />}
        {/* Clipped to the bundled land outline, so only over the vector base map. */}
        {interpolated && basemap && <TemperatureField stations={stations} land={basemap.land} />}
        <StationLayer points={points} selectedId={selectedId} onSelect={onSelect} />
        <SelectionFocus position={selected} />
        <MapFocusTarget />
        {onViewChange && <ViewSync view={view} onViewChange={onViewChange} />}
      </MapContainer>
      {onColoringChange && (
        <MapColoringSwitch value={coloring} onChange={onColoringChange} stations={stations} />
      )}
      {showLegend && <MapLegend stations={stations} coloring={coloring} />}
      {interpolated && <p className="map-field-note">{t('mapColoring.fieldNote')}</p>}
      <p className="map-attribution">
        {tiles ? tiles.attribution : `Natural Earth · ${t('map.attribution.provinces')}`} · Leaflet
      </p>
      <p className="visually-hidden" id={hintId}>
        {t('map.keyboardHint')}
      </p>
    </div>
  );
}
