import { useEffect, useImperativeHandle, useRef, type Ref } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { publishHeight } from '../../utils/publish-height';

interface MapCreditsProps {
  /** A tile server's own attribution, or null for the bundled base map. */
  readonly tiles: { readonly attribution: string } | null;
  readonly ref?: Ref<HTMLParagraphElement>;
}

/**
 * The credits line at the map's foot: the base map's sources (or the tile
 * server's attribution) and Leaflet. The dashboard renders it outside the
 * map, from its first paint on, so the line is there before the map's code
 * and never moves; the widget's map renders its own. Either way it tells its
 * container how tall it is, for what sits above it.
 */
export function MapCredits({ tiles, ref }: MapCreditsProps) {
  const { t } = useI18n();
  const line = useRef<HTMLParagraphElement>(null);
  // The handle is made after the line is in the document: `current` is set by then.
  useImperativeHandle(ref, () => line.current!, []);
  useEffect(function letOthersKeepClear() {
    // The legend and the temperature view's note add it to their offsets (station-map.css).
    return line.current ? publishHeight(line.current, '--map-credits-height') : undefined;
  }, []);
  const base = tiles ? tiles.attribution : `Natural Earth · ${t('map.attribution.provinces')}`;
  return (
    <p className="map-attribution" ref={line}>
      {base} · Leaflet
    </p>
  );
}
