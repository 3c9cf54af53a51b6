import type { Observation, ObservationFeed } from '../../domain/observation';

/** What a widget view shows: the last good feed and the stations this widget selected from it. */
export interface WidgetData {
  readonly feed: ObservationFeed;
  readonly stations: readonly Observation[];
  /** "구미 외 3곳 날씨": the heading and accessible name (see widget-title.ts). */
  readonly title: string;
  /**
   * The stations that define the widget's place — its list or province, before
   * the sky filter, so the map's frame does not jump when the weather changes.
   * Null = the whole country.
   */
  readonly area: readonly Observation[] | null;
  /** The latest refresh failed; `feed` is the last one that loaded. */
  readonly stale: boolean;
}

/** Every framework-free view: `mount(root, options)` returns this. */
export interface MountedView<Data = WidgetData> {
  update(data: Data): void;
  destroy(): void;
}
