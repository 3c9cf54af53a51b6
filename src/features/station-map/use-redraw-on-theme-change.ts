import { useEffect, type RefObject } from 'react';

/**
 * Canvas layers resolve theme colours when they draw, so a theme switch (the
 * reader's choice or the system's) must trigger a draw, or the canvas keeps
 * the old theme's colours until the next pan.
 */
export function useRedrawOnThemeChange(layerRef: RefObject<{ themeChanged(): void } | null>): void {
  useEffect(
    function redrawOnThemeChange() {
      const redraw = () => layerRef.current?.themeChanged();
      const observer = new MutationObserver(redraw);
      observer.observe(document.documentElement, {
        attributes: true,
        attributeFilter: ['data-theme'],
      });
      const systemScheme = window.matchMedia?.('(prefers-color-scheme: dark)');
      systemScheme?.addEventListener('change', redraw);
      return function stopRedrawingOnThemeChange() {
        observer.disconnect();
        systemScheme?.removeEventListener('change', redraw);
      };
    },
    [layerRef],
  );
}
