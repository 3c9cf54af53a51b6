import { useEffect, useRef, type RefObject } from 'react';
import { useMap } from 'react-leaflet/hooks';
import type { CanvasOverlay } from './canvas-overlay';

/**
 * Adds a canvas layer to the map for as long as the component is mounted and
 * keeps it in the theme's colours. Canvas layers resolve colours when they
 * draw, so a theme switch (the reader's choice or the system's) must trigger
 * a draw, or the canvas keeps the old colours until the next pan.
 *
 * `create` runs once per map; it should not close over props that change
 * (pass a ref instead).
 */
export function useCanvasOverlay<Layer extends CanvasOverlay>(
  create: () => Layer,
): RefObject<Layer | null> {
  const map = useMap();
  const layerRef = useRef<Layer | null>(null);
  const createRef = useRef(create);

  useEffect(
    function addCanvasOverlay() {
      const layer = createRef.current();
      layerRef.current = layer;
      layer.addTo(map);
      return function removeCanvasOverlay() {
        layer.remove();
        layerRef.current = null;
      };
    },
    [map],
  );

  useEffect(function redrawOnThemeChange() {
    const themeChanged = () => layerRef.current?.themeChanged();
    const observer = new MutationObserver(themeChanged);
    observer.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['data-theme'],
    });
    const systemScheme = window.matchMedia?.('(prefers-color-scheme: dark)');
    systemScheme?.addEventListener('change', themeChanged);
    return function stopRedrawingOnThemeChange() {
      observer.disconnect();
      systemScheme?.removeEventListener('change', themeChanged);
    };
  }, []);

  return layerRef;
}
