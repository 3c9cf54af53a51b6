import { useEffect, useImperativeHandle, useRef, type Ref } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { keepCreditsHeight } from './credits-height';

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
 * container how tall it is, for what sits above it (`credits-height.ts`).
 */
export function MapCredits({ tiles, ref }: MapCreditsProps) {
  const { t } = useI18n();
  const line = useRef<HTMLParagraphElement>(null);
  // The handle is made after the line is in the document: `current` is set by then.
  useImperativeHandle(ref, () => line.current!, []);
  useEffect(function keepClearOfIt() {
    return line.current ? keepCreditsHeight(line.current) : undefined;
  }, []);
  const base = tiles ? tiles.attribution : `Natural Earth · ${t('map.attribution.provinces')}`;
  return (
    <p className="map-attribution" ref={line}>
      {base} · Leaflet
    </p>
  );
}
