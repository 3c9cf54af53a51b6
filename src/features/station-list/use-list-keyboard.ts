/**
 * The keyboard behind the station listbox: which option is active, and what
 * arrows, Home/End, PageUp/PageDown, type-ahead, Enter and Space do. DOM focus
 * stays on the listbox; the active option is named by aria-activedescendant
 * (decision 0005), so the virtualiser may recycle rows freely.
 */
import { useRef, useState, type KeyboardEvent } from 'react';
import type { Observation } from '../../domain/observation';
import { isNavigationKey, nextActiveIndex } from './list-keys';
import { TYPE_AHEAD_RESET_MS, typeAheadIndex } from './type-ahead';

interface ListKeyboardOptions {
  readonly stations: readonly Observation[];
  readonly selectedId: string | null;
  readonly onSelect: (stationId: string) => void;
  /** Rows that fit in the list's box (a "page"). */
  readonly pageSize: () => number;
  /** Scrolls an option into view once it becomes active. */
  readonly reveal: (index: number) => void;
}

interface TypedText {
  text: string;
  /** `event.timeStamp` of the last typed character. */
  at: number;
}

/** One printable character (a syllable such as 구 counts as one), without shortcuts held. */
function typedCharacter(event: KeyboardEvent): string | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  return [...event.key].length === 1 ? event.key : null;
}

export function useListKeyboard({
  stations,
  selectedId,
  onSelect,
  pageSize,
  reveal,
}: ListKeyboardOptions) {
  const [activeId, setActiveId] = useState<string | null>(selectedId);
  // A station chosen elsewhere (the map, a link) becomes the active option too.
  const [lastSelectedId, setLastSelectedId] = useState(selectedId);
  if (selectedId !== lastSelectedId) {
    setLastSelectedId(selectedId);
    if (selectedId !== null) setActiveId(selectedId);
  }
  const typed = useRef<TypedText>({ text: '', at: -Infinity });

  const indexOf = (id: string | null) =>
    id === null ? -1 : stations.findIndex((station) => station.stationId === id);
  // The active option, else the selected one, else the first: there is always one to show.
  const found = indexOf(activeId);
  const activeIndex = found >= 0 ? found : Math.max(0, indexOf(selectedId));

  function activate(index: number) {
    const station = stations[index];
    if (!station) return;
    setActiveId(station.stationId);
    reveal(index);
  }

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (stations.length === 0) return;
    const typing = event.timeStamp - typed.current.at < TYPE_AHEAD_RESET_MS;
    if (isNavigationKey(event.key) && !event.altKey && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      typed.current = { text: '', at: -Infinity };
      activate(
        nextActiveIndex(event.key, {
          index: activeIndex,
          count: stations.length,
          pageSize: pageSize(),
        }),
      );
      return;
    }
    // Space belongs to the typed text while the reader is typing ("관측소 1"), else it selects.
    if (event.key === 'Enter' || (event.key === ' ' && !typing)) {
      event.preventDefault();
      // Choosing ends the typed text: a Space soon after coming back selects again.
      typed.current = { text: '', at: -Infinity };
      const station = stations[activeIndex];
      if (station) onSelect(station.stationId);
      return;
    }
    const character = typedCharacter(event);
    if (character === null) return;
    event.preventDefault();
    const text = (typing ? typed.current.text : '') + character;
    typed.current = { text, at: event.timeStamp };
    const match = typeAheadIndex(stations, text, activeIndex);
    if (match >= 0) activate(match);
  }

  return { activeIndex, setActiveId, onKeyDown };
}
