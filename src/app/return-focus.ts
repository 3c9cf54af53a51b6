/**
 * Focus goes back where it came from when a view closes (WCAG 2.4.3): the
 * list row that opened a station's details, the headline that opened an
 * article. Openers are named (kind and id), not remembered as elements: the
 * row or headline is often re-rendered meanwhile, and the component that
 * owns it knows how to find it again (`components/focus-targets.tsx`).
 */
import type { FocusTargetKind, FocusTargets } from '../components/focus-targets';

export interface Opener {
  readonly kind: FocusTargetKind;
  readonly id: string | null;
}

/** Openers that live in the side panel, which is a closed (inert) sheet on phones. */
const IN_SHEET: ReadonlySet<FocusTargetKind> = new Set([
  'station-list',
  'station-row',
  'news-headline',
  'panel-tab',
]);

/** A few frames for React to re-render the opener and open the sheet; then give up rather than loop. */
const MAX_FRAMES = 10;

interface ReturnFocusOptions {
  readonly targets: FocusTargets;
  readonly opener: Opener | null;
  /** Tried in order when the opener cannot be reached in time (or there is none). */
  readonly fallbacks: readonly Opener[];
  /** Opens the phone sheet so that an opener inside it becomes reachable. */
  readonly openSheet: () => void;
  /**
   * True (the default) when closing a view: focus is given back only if it was
   * lost with the view. False for a deliberate move, such as the skip link.
   */
  readonly onlyIfFocusLost?: boolean;
}

/** Focus was in the view that just closed, so the browser dropped it on <body>. */
function focusWasLost(): boolean {
  const active = document.activeElement;
  return active === null || active === document.body || !active.isConnected;
}

/**
 * After the closed state has rendered, focus the opener — unless the reader
 * has already put focus somewhere else. The opener may take a frame or two
 * to come back, and on phones it may sit in the closed sheet: ask the sheet
 * to open and try again once it is reachable.
 */
export function returnFocus({
  targets,
  opener,
  fallbacks,
  openSheet,
  onlyIfFocusLost = true,
}: ReturnFocusOptions): void {
  let frames = 0;
  let sheetAsked = false;
  const tryFocus = (target: Opener) => targets.focus(target.kind, target.id);
  requestAnimationFrame(function focusOpenerWhenReachable() {
    if (onlyIfFocusLost && !focusWasLost()) return;
    frames += 1;
    if (opener && tryFocus(opener)) return;
    const last = opener === null || frames >= MAX_FRAMES;
    if (last) {
      fallbacks.some(tryFocus);
      return;
    }
    if (!sheetAsked && IN_SHEET.has(opener.kind)) {
      sheetAsked = true;
      openSheet();
    }
    requestAnimationFrame(focusOpenerWhenReachable);
  });
}
