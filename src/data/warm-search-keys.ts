import type { Observation } from '../domain/observation';
import { fillSearchKeys } from '../domain/search-index';

const SLICE = 100;

/**
 * Builds a feed's search keys (jamo, initial consonants) in small slices
 * while the browser is idle, so the reader's first keystroke does not pay for
 * decomposing 10,000 names — and no slice is long enough to delay a click.
 * Only the dashboard's query uses it; the widget never searches.
 */
export function warmSearchKeysWhenIdle(observations: readonly Observation[]): void {
  if (observations.length === 0 || typeof window === 'undefined') return;
  if (typeof window.requestIdleCallback !== 'function') return; // built on first search instead
  const work = (deadline: IdleDeadline) => {
    let ready = 0;
    do ready = fillSearchKeys(observations, ready + SLICE);
    while (ready < observations.length && deadline.timeRemaining() > 3);
    if (ready < observations.length) window.requestIdleCallback(work);
  };
  window.requestIdleCallback(work);
}
