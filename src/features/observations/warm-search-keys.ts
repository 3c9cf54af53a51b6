import type { Observation } from './observation';
import { searchKeysFor } from './search-index';

/**
 * Builds a feed's search keys (jamo, initial consonants) while the browser is
 * idle, so the reader's first keystroke does not pay for decomposing 10,000
 * names. Only the dashboard's query uses it; the widget never searches.
 */
export function warmSearchKeysWhenIdle(observations: readonly Observation[]): void {
  if (observations.length === 0 || typeof window === 'undefined') return;
  const warm = () => void searchKeysFor(observations);
  if (typeof window.requestIdleCallback === 'function')
    window.requestIdleCallback(warm, { timeout: 5000 });
  else setTimeout(warm, 500);
}
