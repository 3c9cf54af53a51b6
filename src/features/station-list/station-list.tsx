/**
 * The station list: the accessible twin of the map. Virtualised, so it
 * holds a few dozen row elements whether the feed has 97 stations or 10,000.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useRef, type ReactNode } from 'react';
import { focusIfReachable, useFocusTarget } from '../../components/focus-targets';
import type { Observation } from '../../domain/observation';
import { useI18n } from '../../i18n/i18n-context';
import { StationRow } from './station-row';

export const ROW_HEIGHT = 52;

interface StationListProps {
  readonly stations: readonly Observation[];
  readonly selectedId: string | null;
  readonly onSelect: (stationId: string) => void;
  /** Extra marks per station (e.g. the news badge), supplied by the app. */
  readonly renderBadge?: (stationId: string) => ReactNode;
  /** Late stations (id → ms behind the feed's newest), drawn muted with their age. */
  readonly late?: ReadonlyMap<string, number>;
  readonly id?: string;
}

export function StationList({
  stations,
  selectedId,
  onSelect,
  renderBadge,
  late,
  id,
}: StationListProps) {
  const { t } = useI18n();
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: stations.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    getItemKey: (index) => stations[index]!.stationId,
    // Used before the first measurement (and in environments without layout).
    initialRect: { width: 360, height: 720 },
  });

  const selectedIndex =
    selectedId === null ? -1 : stations.findIndex((s) => s.stationId === selectedId);

  const focusList = useCallback(() => focusIfReachable(scrollRef.current), []);
  // A row outside the rendered window is scrolled to first; it can take focus a frame later.
  const focusRow = useCallback(
    (stationId: string | null) => {
      const index = stations.findIndex((station) => station.stationId === stationId);
      if (index < 0) return false;
      const row = scrollRef.current?.querySelector<HTMLElement>(
        `[data-station-id="${CSS.escape(stationId!)}"]`,
      );
      if (!row) virtualizer.scrollToIndex(index, { align: 'auto' });
      return focusIfReachable(row);
    },
    [stations, virtualizer],
  );
  useFocusTarget('station-list', focusList);
  useFocusTarget('station-row', focusRow);

  // A selection made on the map scrolls its row into view.
  useEffect(
    function scrollSelectedRowIntoView() {
      if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
    },
    [selectedIndex, virtualizer],
  );

  if (stations.length === 0) {
    return (
      <p className="station-list-empty" role="status">
        {t('list.empty')}
      </p>
    );
  }

  return (
    <div className="station-list-scroll" ref={scrollRef} id={id} tabIndex={-1}>
      <ul
        className="station-list"
        aria-label={t('list.label')}
        style={{ height: virtualizer.getTotalSize() }}
      >
        {virtualizer.getVirtualItems().map((item) => {
          const station = stations[item.index]!;
          return (
            <li
              key={item.key}
              aria-setsize={stations.length}
              aria-posinset={item.index + 1}
              style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
            >
              <StationRow
                station={station}
                selected={station.stationId === selectedId}
                onSelect={onSelect}
                badge={renderBadge?.(station.stationId)}
                lateBy={late?.get(station.stationId) ?? null}
              />
            </li>
          );
        })}
      </ul>
    </div>
  );
}
