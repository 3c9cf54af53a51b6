import type { Observation } from '../domain/observation';
import { afterFirstDraw } from '../lib/first-draw';
import { loadStationSearch } from './station-search';

const SLICE = 100;

/**
 * Builds a feed's search keys (jamo, initial consonants) in small slices
 * while the browser is idle after the first draw, so the reader's first
 * keystroke does not pay for decomposing 10,000 names — and no slice is long
 * enough to delay a click. Only the dashboard's query uses it; the widget
 * never searches.
 */
export function warmSearchKeysWhenIdle(observations: readonly Observation[]): void {
  if (observations.length === 0 || typeof window === 'undefined') return;
  if (typeof window.requestIdleCallback !== 'function') return; // built on first search instead
  void afterFirstDraw()
    .then(loadStationSearch)
    .then(
      ({ fillSearchKeys }) => {
        const work = (deadline: IdleDeadline) => {
          let ready = 0;
          do ready = fillSearchKeys(observations, ready + SLICE);
          while (ready < observations.length && deadline.timeRemaining() > 3);
          if (ready < observations.length) window.requestIdleCallback(work);
        };
        window.requestIdleCallback(work);
      },
      // Without the search code there is nothing to warm; the list panel says it failed to load.
      () => undefined,
    );
}
