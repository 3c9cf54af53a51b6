/**
 * The stations on the map are what a reader on a phone waits for. Code the
 * first draw does not need (the list, the details, the time control, the
 * news) is fetched only after it, so it never competes with Leaflet, the
 * feed and the base map for a slow connection or a slow CPU.
 *
 * The first draw is done when the station layer has drawn stations once, or
 * when the dashboard knows there is nothing to draw (the feed failed or has
 * no placed stations), and at the latest after `PATIENCE_MS`: a map that
 * cannot load never holds the rest of the page back.
 */
import { createElement, lazy, useState, type ComponentType } from 'react';

/** Set after every draw of the station layer; its `detail.count` is the stations drawn. */
export const STATIONS_RENDERED_MARK = 'nalssi:stations-rendered';

const PATIENCE_MS = 4000;

let release: () => void = () => {};
let done = false;
const firstDraw = new Promise<void>((resolve) => {
  release = () => {
    done = true;
    resolve();
  };
});
setTimeout(() => release(), PATIENCE_MS);

/**
 * Resolves once the first draw is done (see above), in a task of its own;
 * after the draw, in the next task. Everything that waits for the draw would
 * otherwise start in one burst of microtasks: on a phone (CPU 4×) adding the
 * lazy chunks' preload links alone took 60–140 ms there, one long task just
 * as the stations appeared. Tasks let the browser paint and answer input in
 * between.
 */
export function afterFirstDraw(): Promise<void> {
  return firstDraw.then(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
}

let releaseMapRequest: () => void = () => {};
const mapRequest = new Promise<void>((resolve) => (releaseMapRequest = resolve));
setTimeout(() => releaseMapRequest(), PATIENCE_MS);

/**
 * Resolves once the map's downloads have started (after the page's first
 * paint, `app/lazy-station-map.tsx`), or when the first draw is done, or
 * after `PATIENCE_MS`. For small downloads the first draw should have but
 * must not hold back: the news, whose marks go on the markers. Fetched after
 * the draw, they made the station layer draw the whole canvas again, one
 * more long task on a phone; started beside the map's code (fifteen times
 * larger), they are nearly always in before it has run.
 */
export function afterMapRequested(): Promise<void> {
  return Promise.race([mapRequest, firstDraw]);
}

/** Says the map's downloads have started. Later calls do nothing. */
export function mapRequested(): void {
  releaseMapRequest();
}

/** True once the first draw is done (see above). */
export function isFirstDrawDone(): boolean {
  return done;
}

/** Says the first draw is done, or that there will be none. Later calls do nothing. */
export function firstDrawDone(): void {
  release();
}

/**
 * A component whose code is fetched after the first draw: as soon as the
 * draw is done, even when nothing has asked for it yet (so it is ready when
 * the reader gets to it). Rendered before its code is here, it suspends:
 * render it inside a `<Suspense>` (see `components/deferred-boundary.tsx`).
 * Rendered after, it mounts at once, in the same commit as whatever caused
 * it (a selection and its details card arrive together). With
 * `early: 'load'`, rendered before the first draw it is fetched at once: for
 * what a link opened, which the reader came for.
 */
export function lazyAfterFirstDraw<Props extends object>(
  load: () => Promise<ComponentType<Props>>,
  { early = 'wait' }: { readonly early?: 'wait' | 'load' } = {},
): DeferredComponent<Props> {
  let loaded: ComponentType<Props> | null = null;
  const remember = (component: ComponentType<Props>) => {
    loaded = component;
    return component;
  };
  void afterFirstDraw().then(() => load().then(remember, () => undefined));
  const Suspending = lazy(() =>
    (early === 'load' ? load() : afterFirstDraw().then(load))
      .then(remember)
      .then((component) => ({ default: component })),
  );
  function Deferred(props: Props) {
    // Chosen once per mount: switching from the suspending path to the loaded one would remount.
    const [Component] = useState<ComponentType<Props>>(() => loaded ?? Suspending);
    return createElement(Component, props);
  }
  Deferred.preload = () =>
    load().then(
      (component) => void remember(component),
      () => undefined,
    );
  return Deferred;
}

/**
 * A deferred component; `preload()` fetches its code now, so that a render
 * after it resolves mounts the component without suspending. It never rejects:
 * a failed download is the boundary's to report when the component renders.
 */
export type DeferredComponent<Props extends object> = ComponentType<Props> & {
  readonly preload: () => Promise<void>;
};
