import { useState } from 'react';
import { useMap, useMapEvents } from 'react-leaflet/hooks';
import { formatAge } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-context';
import { labelStyle } from './label-style';
import { SELECTED_EXTRA_RADIUS } from './label-layout';
import type { StationPoint } from './station-point';

/** Room between the marker's edge and the tooltip, so the tooltip never covers its marker. */
const OFFSET = 6;
/** Closer than this to the top, the tooltip goes below the marker instead of above. */
const ROOM_ABOVE = 64;
/** Half a long tooltip: kept this far from the sides so that it is not cut off. */
const HALF_WIDTH = 80;

/**
 * Name, sky word and temperature of one station, beside its marker: the
 * station under the pointer, or the one whose list row has keyboard focus.
 * Plain React text, never HTML built from data. Visual only (aria-hidden):
 * the list row and the details say the same to a screen reader.
 */
export function StationTooltip({
  point,
  lateBy = null,
}: {
  point: StationPoint | null;
  /** ms behind the feed's newest station when this one is late: its age is said too. */
  lateBy?: number | null;
}) {
  const { t } = useI18n();
  const map = useMap();
  const [, setViewVersion] = useState(0);
  // Follow the map: the tooltip sits on the station's current pixel.
  useMapEvents({
    move: () => setViewVersion((version) => version + 1),
    zoomend: () => setViewVersion((version) => version + 1),
  });
  if (!point) return null;
  const at = map.latLngToContainerPoint([point.lat, point.lon]);
  const size = map.getSize();
  if (at.x < 0 || at.y < 0 || at.x > size.x || at.y > size.y) return null;
  const reach = labelStyle(map.getZoom()).markerRadius + SELECTED_EXTRA_RADIUS + OFFSET;
  const above = at.y >= ROOM_ABOVE;
  return (
    <div
      className="station-tooltip"
      data-station={point.id}
      data-side={above ? 'above' : 'below'}
      aria-hidden="true"
      style={{
        left: Math.min(Math.max(at.x, HALF_WIDTH), size.x - HALF_WIDTH),
        top: above ? at.y - reach : at.y + reach,
      }}
    >
      <strong>{point.name}</strong> <span>{point.conditionText}</span>{' '}
      <span>{point.label ?? '—'}</span>
      {lateBy !== null && (
        <span className="station-tooltip-age">
          {' '}
          · {t('late.age', { age: formatAge(lateBy, t) })}
        </span>
      )}
    </div>
  );
}
