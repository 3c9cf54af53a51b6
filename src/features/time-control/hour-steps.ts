/**
 * The time control's moves, as pure functions of (hour index, hour count).
 * The last index is "지금 / Now" (the latest feed); the slider's own keys
 * (arrows, Home, End) are the browser's, and the buttons use these.
 */
export type HourStep = 'previous' | 'next' | 'first' | 'now';

export function stepHour(index: number, count: number, step: HourStep): number {
  const last = Math.max(0, count - 1);
  switch (step) {
    case 'previous':
      return Math.max(0, index - 1);
    case 'next':
      return Math.min(last, index + 1);
    case 'first':
      return 0;
    case 'now':
      return last;
  }
}

/** Playing from "now" would end at once, so it starts again from the first hour. */
export function playbackStart(index: number, count: number): number {
  return index >= count - 1 ? 0 : index;
}

/** The next hour while playing, and whether playback goes on after it (it stops at "now"). */
export function playbackTick(index: number, count: number): { index: number; playing: boolean } {
  const next = stepHour(index, count, 'next');
  return { index: next, playing: next < count - 1 };
}

/** One hour per 1.5 s: slow enough to read the map change, 24 hours in 36 s. */
export const PLAYBACK_INTERVAL_MS = 1500;
