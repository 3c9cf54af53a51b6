import { useEffect, useMemo } from 'react';
import type { Observation } from '../../domain/observation';
import type { LandOutlines } from './outline-path';
import type { FieldSample } from './idw-grid';
import { mercatorX, mercatorY } from './mercator';
import { TemperatureFieldLayer } from './temperature-field-layer';
import { useCanvasOverlay } from './use-canvas-overlay';

/** ISO 3166-1 numeric, as world-atlas (and so the base map) writes it. */
const KOREA_REPUBLIC_ID = '410';
/** The land the shading may cover: the stations are South Korea's; the north has none to go on. */
function southKorea(land: LandOutlines): string {
  return land.features.find((feature) => feature.id === KOREA_REPUBLIC_ID)?.d ?? '';
}

/** The interpolated temperature shading, from the stations on the map that report a temperature. */
export function TemperatureField({
  stations,
  land,
}: {
  stations: readonly Observation[];
  land: LandOutlines;
}) {
  const layerRef = useCanvasOverlay(() => new TemperatureFieldLayer(southKorea(land)));
  const samples = useMemo(
    () =>
      stations.flatMap((station): FieldSample[] =>
        station.position && station.temperature !== null
          ? [
              {
                x: mercatorX(station.position.lon),
                y: mercatorY(station.position.lat),
                value: station.temperature,
              },
            ]
          : [],
      ),
    [stations],
  );

  useEffect(
    function shadeBetweenStations() {
      layerRef.current?.setSamples(samples);
    },
    [layerRef, samples],
  );

  return null;
}
