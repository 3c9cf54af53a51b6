/**
 * The map of Korea with every station on it. This folder is the only one
 * that imports Leaflet, and the app loads it lazily, so views without a map
 * (the ticker and card embeds) never download it.
 */
import 'leaflet/dist/leaflet.css';
import './station-map.css';
import { Suspense, useCallback, useId, useMemo, useRef, useState } from 'react';
import { MapContainer } from 'react-leaflet/MapContainer';
import { TileLayer } from 'react-leaflet/TileLayer';
import { KOREA_BOUNDS, KOREA_MAINLAND_BOUNDS, KOREA_MAX_BOUNDS } from '../../config/map-bounds';
import { PHONE_QUERY, useMediaQuery } from '../../utils/use-media-query';
import { useI18n } from '../../i18n/i18n-context';
import type { LatLon } from '../../domain/distance';
import type { Observation } from '../../domain/observation';
import { DEFAULT_MAP_COLORING, type MapColoring } from '../../domain/map-coloring';
import { BasemapLayer } from './basemap-layer';
import { ClearFirstView, FIRST_VIEW_PADDING } from './clear-first-view';
import { FitToArea, type AreaPoint } from './fit-to-area';
import { HereMark } from './here-mark';
import { MapCredits } from './map-credits';
import { TemperatureField, WindLayer, WindLegend } from './lazy-views';
import { MapColoringSwitch } from './map-coloring-switch';
import { MapFocusTarget } from './map-focus-target';
import { MapLegend } from './map-legend';
import { SelectionFocus } from './selection-focus';
import { StationLayer } from './station-layer';
import { StationTooltip } from './station-tooltip';
import { useBasemap } from './use-basemap';
import { toStationPoints } from './station-points';
import { ViewSync, type MapViewState } from './view-sync';
import { ZoomLabels } from './zoom-labels';

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
  /**
   * Panels the app lays over the map (an open details card): labels keep out
   * of them and a selected station is brought into view beside them.
   */
  readonly covers?: () => readonly (Element | null | undefined)[];
  /** A station to show the tooltip of without pointing at it (its list row has focus). */
  readonly previewId?: string | null;
  /** Changes when the app asks to bring the selection into view again (same station or not). */
  readonly focusRequest?: number;
  /** A panel in `covers` is still on its way (its code loads after the first draw): frame the selection when it is there. */
  readonly coversPending?: boolean;
  /** False when the page draws the credits line itself (then it belongs in `covers`). */
  readonly showCredits?: boolean;
  /** Places to frame the map on (the embed's province or list); null = leave the view alone. */
  readonly fitTo?: readonly AreaPoint[] | null;
  /** The reader's position (near me), held in memory only; null when unknown. */
  readonly here?: LatLon | null;
  /** Late stations (id → ms behind the feed's newest): drawn faded. */
  readonly late?: ReadonlyMap<string, number>;
}

const NO_COVERS = () => [];

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
  covers = NO_COVERS,
  previewId = null,
  focusRequest = 0,
  coversPending = false,
  showCredits = true,
  fitTo = null,
  here = null,
  late,
}: StationMapProps) {
  const { t, lang } = useI18n();
  const hintId = useId();
  const interpolated = !tiles && coloring === 'temperature';
  const basemap = useBasemap();
  // Read once, like all of MapContainer's props: the first view for this screen.
  const phone = useMediaQuery(PHONE_QUERY);
  const points = useMemo(
    () => toStationPoints(stations, lang, badgeIds, coloring, late),
    [stations, lang, badgeIds, coloring, late],
  );
  const legendRef = useRef<HTMLDetailsElement>(null);
  const attributionRef = useRef<HTMLParagraphElement>(null);
  const switchRef = useRef<HTMLDivElement>(null);
  const fieldNoteRef = useRef<HTMLParagraphElement>(null);
  const labelCovers = useCallback(
    () => [
      legendRef.current,
      attributionRef.current,
      switchRef.current,
      fieldNoteRef.current,
      ...covers(),
    ],
    [covers],
  );
  // The selection goes beside the app's panels and the colouring switch (on a short phone the
  // strip above the card is barely taller than the switch).
  const focusCovers = useCallback(() => [...covers(), switchRef.current], [covers]);
  // The credits and an open card: what the first framing keeps the country clear of.
  const edgeCovers = useCallback(() => [attributionRef.current, ...covers()], [covers]);
  const firstBounds = phone ? KOREA_MAINLAND_BOUNDS : KOREA_BOUNDS;
  const [hoveredId, setHoveredId] = useState<string | null>(null);
  const tooltipId = hoveredId ?? previewId;
  const tooltipPoint = useMemo(
    () => (tooltipId ? (points.find((point) => point.id === tooltipId) ?? null) : null),
    [points, tooltipId],
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
          : {
              bounds: firstBounds,
              boundsOptions: { padding: [FIRST_VIEW_PADDING, FIRST_VIEW_PADDING] },
            })}
        maxBounds={KOREA_MAX_BOUNDS}
        minZoom={5}
        maxZoom={13}
        zoomSnap={0.25}
        attributionControl={false}
        className="station-map-canvas"
      >
        {tiles ? <TileLayer url={tiles.url} /> : <BasemapLayer data={basemap} />}
        {/* Clipped to the bundled land outline, so only over the vector base map. */}
        <Suspense fallback={null}>
          {interpolated && basemap && <TemperatureField stations={stations} land={basemap.land} />}
          {coloring === 'wind' && <WindLayer stations={stations} />}
        </Suspense>
        <StationLayer
          points={points}
          selectedId={selectedId}
          onSelect={onSelect}
          onHover={setHoveredId}
          covers={labelCovers}
        />
        <StationTooltip
          point={tooltipPoint}
          lateBy={tooltipPoint ? (late?.get(tooltipPoint.id) ?? null) : null}
        />
        {here && <HereMark position={here} />}
        {/* Before ViewSync: its reframing is the default view, not a move to write to the URL. */}
        <ClearFirstView bounds={view ? null : firstBounds} covers={edgeCovers} />
        {/* Before SelectionFocus: a jump made as the map opens must find the URL writer listening. */}
        {onViewChange && <ViewSync view={view} onViewChange={onViewChange} />}
        <SelectionFocus
          position={selected}
          covers={focusCovers}
          coversPending={coversPending}
          request={focusRequest}
        />
        <MapFocusTarget />
        <FitToArea points={fitTo} />
        <ZoomLabels />
      </MapContainer>
      {onColoringChange && (
        <MapColoringSwitch
          value={coloring}
          onChange={onColoringChange}
          stations={stations}
          ref={switchRef}
        />
      )}
      {showLegend &&
        (coloring === 'wind' ? (
          <Suspense fallback={null}>
            <WindLegend />
          </Suspense>
        ) : (
          <MapLegend stations={stations} coloring={coloring} ref={legendRef} />
        ))}
      {interpolated && (
        <p className="map-field-note" ref={fieldNoteRef}>
          {t('mapColoring.fieldNote')}
        </p>
      )}
      {showCredits && <MapCredits tiles={tiles} ref={attributionRef} />}
      <p className="visually-hidden" id={hintId}>
        {t('map.keyboardHint')}
        {here && ` ${t('map.youAreHere')}`}
      </p>
    </div>
  );
}
