/**
 * Focus goes back where it came from when a view closes (WCAG 2.4.3): the
 * list row that opened a station's details, the headline that opened an
 * article. The opener is often re-rendered meanwhile (the 관련 뉴스 headline
 * is a new element once the details come back), so it is found again by a
 * selector taken when it was remembered.
 */
import { OPEN_SHEET_EVENT } from './side-sheet';

export interface Opener {
  readonly element: HTMLElement | null;
  readonly selector: string | null;
}

function selectorFor(element: HTMLElement): string | null {
  const { stationId, newsId } = element.dataset;
  if (stationId && element.matches('.station-row')) {
    return `.station-row[data-station-id="${CSS.escape(stationId)}"]`;
  }
  if (newsId && element.matches('.news-headline')) {
    const scope = element.closest('.station-details') ? '.station-details' : '.news-panel';
    return `${scope} .news-headline[data-news-id="${CSS.escape(newsId)}"]`;
  }
  return null;
}

/** The control that has focus now, to be given focus back later. */
export function rememberOpener(): Opener | null {
  const element = document.activeElement;
  if (!(element instanceof HTMLElement) || element === document.body) return null;
  return { element, selector: selectorFor(element) };
}

/** A station's row in the list, as an opener to return to. */
export function rowOpener(stationId: string): Opener {
  return { element: null, selector: `.station-row[data-station-id="${CSS.escape(stationId)}"]` };
}

function findOpener(opener: Opener | null): HTMLElement | null {
  if (opener?.element?.isConnected) return opener.element;
  return opener?.selector ? document.querySelector<HTMLElement>(opener.selector) : null;
}

function findFallback(fallbacks: readonly string[]): HTMLElement | null {
  for (const selector of fallbacks) {
    const found = document.querySelector<HTMLElement>(selector);
    if (found) return found;
  }
  return null;
}

/** Focus was in the view that just closed, so the browser dropped it on <body>. */
function focusWasLost(): boolean {
  const active = document.activeElement;
  return active === null || active === document.body || !active.isConnected;
}

/** A few frames for React to re-render the opener and open the sheet; then give up rather than loop. */
const MAX_FRAMES = 10;

/**
 * After the closed state has rendered, focus the opener — unless the reader
 * has already put focus somewhere else. The opener may take a frame or two
 * to come back (re-rendered lists), and on phones it may sit in the closed
 * list sheet, which is inert: ask the sheet to open and focus once it is
 * reachable. Without an opener, the first fallback found takes focus.
 */
export function returnFocus(opener: Opener | null, fallbacks: readonly string[]): void {
  let frames = 0;
  let sheetAsked = false;
  requestAnimationFrame(function focusOpenerWhenReachable() {
    if (!focusWasLost()) return;
    frames += 1;
    const last = opener === null || frames >= MAX_FRAMES;
    const target = findOpener(opener) ?? (last ? findFallback(fallbacks) : null);
    if (target && !target.closest('[inert]')) {
      target.focus();
      return;
    }
    if (target && !sheetAsked && target.closest('.side-panel')) {
      sheetAsked = true;
      window.dispatchEvent(new Event(OPEN_SHEET_EVENT));
    }
    if (!last) requestAnimationFrame(focusOpenerWhenReachable);
  });
}
