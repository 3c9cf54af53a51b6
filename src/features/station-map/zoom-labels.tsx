import { useEffect } from 'react';
import { useMap } from 'react-leaflet/hooks';
import { useI18n } from '../../i18n/i18n-context';

/**
 * Leaflet names its zoom buttons in English ("Zoom in"); this gives them the
 * page's language, as title (the tooltip) and aria-label (the spoken name).
 * Attributes only: the buttons' content stays Leaflet's own + and −.
 */
export function ZoomLabels() {
  const map = useMap();
  const { t } = useI18n();
  const zoomIn = t('map.zoomIn');
  const zoomOut = t('map.zoomOut');
  useEffect(
    function labelZoomButtons() {
      const control = map.zoomControl?.getContainer();
      const label = (selector: string, text: string) => {
        const button = control?.querySelector(selector);
        button?.setAttribute('title', text);
        button?.setAttribute('aria-label', text);
      };
      label('.leaflet-control-zoom-in', zoomIn);
      label('.leaflet-control-zoom-out', zoomOut);
    },
    [map, zoomIn, zoomOut],
  );
  return null;
}
