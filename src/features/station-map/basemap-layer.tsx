import { useEffect, useState } from 'react';
import { BasemapCanvasLayer } from './basemap-canvas-layer';
import type { BasemapSource } from './basemap-paths';
import { loadBasemap } from './load-basemap';
import { useCanvasOverlay } from './use-canvas-overlay';

/**
 * The bundled vector map: Korea's land from Natural Earth, cut at build time
 * and drawn on a canvas in the theme's colours. The stations do not wait for
 * it: they draw as soon as the feed is in, and the land appears beneath them.
 */
export function BasemapLayer() {
  const [source, setSource] = useState<BasemapSource | null>(null);
  useEffect(function fetchBasemap() {
    let current = true;
    loadBasemap().then(
      (loaded) => current && setSource(loaded),
      (error: unknown) => console.warn(error),
    );
    return () => {
      current = false;
    };
  }, []);
  return source ? <BasemapCanvas source={source} /> : null;
}

function BasemapCanvas({ source }: { source: BasemapSource }) {
  useCanvasOverlay(() => new BasemapCanvasLayer(source));
  return null;
}
