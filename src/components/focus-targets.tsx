/**
 * Where focus can be sent back to, registered by the components that own the
 * elements. The app's focus flow asks for "the row of station 108" or "the
 * headline of article X in the news panel" by name; the list, the panels and
 * the map answer with their own refs. No CSS selectors cross a feature's edge.
 */
import { createContext, useContext, useEffect } from 'react';

export type FocusTargetKind =
  /** The station list itself (id: null): where the skip link goes. */
  | 'station-list'
  /** A station's row in the list (id: station number). */
  | 'station-row'
  /** A headline in the news panel (id: article id). */
  | 'news-headline'
  /** A headline under 관련 뉴스 in a station's details (id: article id). */
  | 'related-headline'
  /** The map itself (id: null). */
  | 'map'
  /** The side panel's pressed tab (id: null). */
  | 'panel-tab';

/**
 * Focuses the element for `id` and returns true, or returns false when it
 * cannot be reached right now (not rendered yet, or inside a closed sheet).
 */
export type Focuser = (id: string | null) => boolean;

export interface FocusTargets {
  register(kind: FocusTargetKind, focuser: Focuser): () => void;
  focus(kind: FocusTargetKind, id: string | null): boolean;
}

/** How long a request for a target that is not there yet is kept for it. */
const PENDING_MS = 5000;

interface PendingFocus {
  readonly kind: FocusTargetKind;
  readonly id: string | null;
  readonly until: number;
  /** Where focus was when asked: a request is dropped once the reader has moved on. */
  readonly from: Element | null;
}

export function createFocusTargets(): FocusTargets {
  const focusers = new Map<FocusTargetKind, Focuser>();
  // Parts of the page arrive after the first draw (the list, the details): a request for one
  // that is not there yet is kept, and carried out when it registers.
  let pending: PendingFocus | null = null;
  return {
    register(kind, focuser) {
      focusers.set(kind, focuser);
      const waiting = pending;
      if (waiting?.kind === kind) {
        pending = null;
        const stillWanted =
          performance.now() < waiting.until && document.activeElement === waiting.from;
        if (stillWanted) focuser(waiting.id);
      }
      return function unregister() {
        if (focusers.get(kind) === focuser) focusers.delete(kind);
      };
    },
    focus(kind, id) {
      const focuser = focusers.get(kind);
      if (focuser) {
        pending = null;
        return focuser(id);
      }
      pending = { kind, id, until: performance.now() + PENDING_MS, from: document.activeElement };
      return false;
    },
  };
}

export const FocusTargetsContext = createContext<FocusTargets | null>(null);

/** Registers this component as the place to focus for `kind` while it is mounted. */
export function useFocusTarget(kind: FocusTargetKind, focuser: Focuser): void {
  const targets = useContext(FocusTargetsContext);
  useEffect(
    function registerFocusTarget() {
      return targets?.register(kind, focuser);
    },
    [targets, kind, focuser],
  );
}

/** Focuses `element` unless it is missing or inert; the answer a Focuser gives. */
export function focusIfReachable(element: HTMLElement | null | undefined): boolean {
  if (!element || !element.isConnected || element.closest('[inert]')) return false;
  element.focus({ preventScroll: false });
  return document.activeElement === element;
}
