/**
 * Which option a navigation key makes active in a single-select listbox, as
 * the WAI-ARIA Authoring Practices describe it. Pure, so the rules are tested
 * without a browser: no wrapping at either end, a page is the rows in view.
 */

/** The keys that move the active option. */
export const NAVIGATION_KEYS = [
  'ArrowDown',
  'ArrowUp',
  'Home',
  'End',
  'PageDown',
  'PageUp',
] as const;
export type NavigationKey = (typeof NAVIGATION_KEYS)[number];

export function isNavigationKey(key: string): key is NavigationKey {
  return (NAVIGATION_KEYS as readonly string[]).includes(key);
}

interface ListPosition {
  /** The active option's index, or -1 when none is active yet. */
  readonly index: number;
  readonly count: number;
  /** Rows that fit in the list's box; PageUp/PageDown move by this many. */
  readonly pageSize: number;
}

/** The index the key makes active; -1 only for an empty list. */
export function nextActiveIndex(key: NavigationKey, { index, count, pageSize }: ListPosition) {
  if (count === 0) return -1;
  const last = count - 1;
  const page = Math.max(1, pageSize);
  // With nothing active yet, the first key lands on the first (or, for ↑ and End, last) option.
  if (index < 0) return key === 'ArrowUp' || key === 'End' ? last : 0;
  const clamp = (n: number) => Math.min(last, Math.max(0, n));
  switch (key) {
    case 'ArrowDown':
      return clamp(index + 1);
    case 'ArrowUp':
      return clamp(index - 1);
    case 'Home':
      return 0;
    case 'End':
      return last;
    case 'PageDown':
      return clamp(index + page);
    case 'PageUp':
      return clamp(index - page);
  }
}
