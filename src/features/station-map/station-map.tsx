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
import { BasemapLayer } from './basemap-layer';
import { MapFocusTarget } from './map-focus-target';
import { MapLegend } from './map-legend';
import { SelectionFocus } from './selection-focus';
import { StationLayer } from './station-layer';
import { toStationPoints, type MarkerColoring } from './station-points';
import { ViewSync, type MapViewState } from './view-sync';
import { WindLayer } from './wind-layer';
import { WindLegend } from './wind-legend';
import { WindViewSwitch } from './wind-view-switch';

export interface StationMapProps {
  readonly stations: readonly Observation[];
  readonly selectedId: string | null;
  readonly onSelect: (stationId: string) => void;
  /** The view from the URL; null = fit all of Korea. */
  readonly view: MapViewState | null;
  readonly onViewChange?: (view: MapViewState) => void;
  readonly tiles: { readonly url: string; readonly attribution: string } | null;
  /** Compact maps (the embed) leave out the legend. */
  readonly showLegend?: boolean;
  /** Stations drawn with a news mark. */
  readonly badgeIds?: ReadonlySet<string>;
  /** Late stations (id → ms behind the feed's newest): drawn faded. */
  readonly late?: ReadonlyMap<string, number>;
  /** What the markers show; sky conditions by default. */
  readonly coloring?: MarkerColoring;
  /** Given, the map offers the sky/wind switch (the app gives it only when the feed has wind). */
  readonly onColoringChange?: (coloring: MarkerColoring) => void;
}

export default function StationMap({
  stations,
  selectedId,
  onSelect,
  view,
  onViewChange,
  tiles,
  showLegend = true,
  badgeIds,
  late,
  coloring = 'sky',
  onColoringChange,
}: StationMapProps) {
  const { t, lang } = useI18n();
  const hintId = useId();
  const points = useMemo(
    () => toStationPoints(stations, lang, badgeIds, coloring, late),
    [stations, lang, badgeIds, coloring, late],
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
        {tiles ? <TileLayer url={tiles.url} /> : <BasemapLayer />}
        {coloring === 'wind' && <WindLayer stations={stations} />}
        <StationLayer points={points} selectedId={selectedId} onSelect={onSelect} />
        <SelectionFocus position={selected} />
        <MapFocusTarget />
        {onViewChange && <ViewSync view={view} onViewChange={onViewChange} />}
      </MapContainer>
      {onColoringChange && <WindViewSwitch value={coloring} onChange={onColoringChange} />}
      {showLegend && (coloring === 'wind' ? <WindLegend /> : <MapLegend stations={stations} />)}
      <p className="map-attribution">{tiles ? tiles.attribution : 'Natural Earth'} · Leaflet</p>
      <p className="visually-hidden" id={hintId}>
        {t('map.keyboardHint')}
      </p>
    </div>
  );
}
