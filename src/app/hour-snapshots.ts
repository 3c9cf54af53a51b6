/**
 * The stations at each past hour, built in slices between which the browser
 * may handle input and paint, and kept for the hours most recently shown.
 * At 10,000 stations one hour is 10,000 new objects: built in one go, that
 * and the redraw after it make a step a long task. The domain's
 * `observationsAt` stays the one rule; this only feeds it the feed in parts.
 */
import type { ObservationHistory } from '../domain/history';
import type { Observation, ObservationFeed } from '../domain/observation';
import { observationsAt } from '../domain/observations-at';
import { yieldToMain } from '../lib/yield-to-main';

/** Stations per slice: a few milliseconds of work on a slow machine. */
const SLICE = 1500;
/** Hours kept: playing forward and stepping back and forth reuse them (and the map's points). */
const KEPT_HOURS = 8;

export class HourSnapshots {
  private readonly kept = new Map<number, readonly Observation[]>();

  constructor(
    readonly feed: ObservationFeed,
    readonly history: ObservationHistory,
  ) {}

  has(index: number): boolean {
    return this.kept.has(index);
  }

  get(index: number): readonly Observation[] | undefined {
    const snapshot = this.kept.get(index);
    if (snapshot) {
      // Most recently used last, so the oldest is the one let go.
      this.kept.delete(index);
      this.kept.set(index, snapshot);
    }
    return snapshot;
  }

  /** The hour's stations, built slice by slice; resolves with null when aborted. */
  async build(index: number, signal: AbortSignal): Promise<readonly Observation[] | null> {
    const ready = this.get(index);
    if (ready) return ready;
    const all = this.feed.observations;
    const parts: Observation[] = [];
    for (let start = 0; start < all.length; start += SLICE) {
      const slice = { ...this.feed, observations: all.slice(start, start + SLICE) };
      parts.push(...observationsAt(slice, this.history, index));
      if (start + SLICE < all.length) await yieldToMain();
      if (signal.aborted) return null;
    }
    this.kept.set(index, parts);
    if (this.kept.size > KEPT_HOURS) this.kept.delete(this.kept.keys().next().value!);
    return parts;
  }
}
