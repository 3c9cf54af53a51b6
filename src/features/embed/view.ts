import type { Observation, ObservationFeed } from '../../domain/observation';

/** What a widget view shows: the last good feed and the stations this widget selected from it. */
export interface WidgetData {
  readonly feed: ObservationFeed;
  readonly stations: readonly Observation[];
  /** The latest refresh failed; `feed` is the last one that loaded. */
  readonly stale: boolean;
}

/** Every framework-free view: `mount(root, options)` returns this. */
export interface MountedView<Data = WidgetData> {
  update(data: Data): void;
  destroy(): void;
}
