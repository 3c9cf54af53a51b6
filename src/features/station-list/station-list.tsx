/**
 * The station list: the accessible twin of the map. A single-select listbox
 * that is one Tab stop (decision 0005); virtualised, so it holds a few dozen
 * option elements whether the feed has 97 stations or 10,000.
 */
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { memo, useCallback, useEffect, useId, useRef, type ReactNode } from 'react';
import { focusIfReachable, useFocusTarget } from '../../components/focus-targets';
import type { Observation } from '../../domain/observation';
import { useI18n } from '../../i18n/i18n-context';
import { observeListSize, scrollList } from './list-viewport';
import { ROW_HEIGHT } from './row-height';
import { StationRow } from './station-row';
import { useListKeyboard } from './use-list-keyboard';

interface StationListProps {
  readonly stations: readonly Observation[];
  readonly selectedId: string | null;
  readonly onSelect: (stationId: string) => void;
  /** Extra marks per station (e.g. the news badge), supplied by the app. Must not be interactive. */
  readonly renderBadge?: (stationId: string) => ReactNode;
  /** The distance from the reader, when known (near me), supplied by the app. */
  readonly renderDistance?: (station: Observation) => ReactNode;
  /** Late stations (id → ms behind the feed's newest), drawn muted with their age. */
  readonly late?: ReadonlyMap<string, number>;
  readonly id?: string;
  /** The station whose row has focus, or null when none has: the map shows its tooltip. */
  readonly onRowFocus?: (stationId: string | null) => void;
}

/**
 * Memoised: a keystroke or a chip re-renders the dashboard at once, while the
 * stations themselves change only in the deferred render that follows
 * (`app/use-shown-stations.ts`); the rows need not render twice.
 */
export const StationList = memo(function StationList({
  stations,
  selectedId,
  onSelect,
  renderBadge,
  renderDistance,
  late,
  id,
  onRowFocus,
}: StationListProps) {
  const { t } = useI18n();
  const optionIdPrefix = useId();
  const scrollRef = useRef<HTMLDivElement>(null);
  const pageSize = () =>
    Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 0) / ROW_HEIGHT));
  const { activeIndex, setActiveId, onKeyDown } = useListKeyboard({
    stations,
    selectedId,
    onSelect,
    pageSize,
    reveal: (index) => virtualizer.scrollToIndex(index, { align: 'auto' }),
  });
  // The active option is always rendered, even scrolled away: aria-activedescendant must point at an element.
  const keepActiveRendered = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (indexes.includes(activeIndex) || activeIndex >= range.count) return indexes;
      return [...indexes, activeIndex].sort((a, b) => a - b);
    },
    [activeIndex],
  );
  const virtualizer = useVirtualizer({
    count: stations.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    getItemKey: (index) => stations[index]!.stationId,
    rangeExtractor: keepActiveRendered,
    observeElementRect: observeListSize,
    scrollToFn: scrollList,
    // Used until the first measurement (and in environments without layout).
    initialRect: { width: 360, height: 720 },
  });

  const choose = useCallback(
    (stationId: string) => {
      setActiveId(stationId);
      onSelect(stationId);
    },
    [setActiveId, onSelect],
  );
  const selectedIndex =
    selectedId === null ? -1 : stations.findIndex((s) => s.stationId === selectedId);

  const focusList = useCallback(() => focusIfReachable(scrollRef.current), []);
  // Returning to a station: it becomes the active option, scrolled into view, and the listbox takes focus.
  const focusRow = useCallback(
    (stationId: string | null) => {
      const index = stations.findIndex((station) => station.stationId === stationId);
      if (index < 0) return false;
      setActiveId(stationId);
      virtualizer.scrollToIndex(index, { align: 'auto' });
      return focusIfReachable(scrollRef.current);
    },
    [stations, virtualizer, setActiveId],
  );
  useFocusTarget('station-list', focusList);
  useFocusTarget('station-row', focusRow);

  // A selection made on the map scrolls its row into view.
  // While the list has focus, the active option's station shows its tooltip on the map.
  const listFocused = useRef(false);
  const activeId = stations[activeIndex]?.stationId ?? null;
  useEffect(
    function followActiveOptionOnMap() {
      if (listFocused.current) onRowFocus?.(activeId);
    },
    [activeId, onRowFocus],
  );

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

  const optionId = (stationId: string) => `${optionIdPrefix}-${stationId}`;
  function showActiveOnMap() {
    listFocused.current = true;
    onRowFocus?.(stations[activeIndex]?.stationId ?? null);
  }
  return (
    <div
      className="station-list-scroll"
      ref={scrollRef}
      id={id}
      role="listbox"
      tabIndex={0}
      aria-label={t('list.label')}
      aria-activedescendant={optionId(stations[activeIndex]!.stationId)}
      onKeyDown={onKeyDown}
      onFocus={showActiveOnMap}
      onBlur={() => {
        listFocused.current = false;
        onRowFocus?.(null);
      }}
    >
      <div className="station-list" role="none" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const station = stations[item.index]!;
          return (
            <StationRow
              key={item.key}
              id={optionId(station.stationId)}
              station={station}
              selected={station.stationId === selectedId}
              active={item.index === activeIndex}
              position={item.index + 1}
              setSize={stations.length}
              offset={item.start}
              onChoose={choose}
              badge={renderBadge?.(station.stationId)}
              distance={renderDistance?.(station)}
              lateBy={late?.get(station.stationId) ?? null}
            />
          );
        })}
      </div>
    </div>
  );
});
