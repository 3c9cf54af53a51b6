/**
 * How the virtualizer reads and moves the list's viewport. Its defaults read
 * the viewport's size and set its scroll position the moment the list
 * mounts; either makes the browser lay out the whole page inside the task
 * that rendered the list (20–30 ms of a phone's first seconds, counted
 * twice). These two leave that first layout to the browser's next frame.
 */
import { elementScroll, type Virtualizer } from '@tanstack/react-virtual';

type ListVirtualizer = Virtualizer<HTMLDivElement, Element>;

/**
 * The size from a ResizeObserver alone: it reports after the browser's own
 * layout and before that frame is painted. Until then the virtualizer uses
 * its `initialRect`.
 */
export function observeListSize(
  instance: ListVirtualizer,
  report: (size: { width: number; height: number }) => void,
): (() => void) | undefined {
  const element = instance.scrollElement;
  if (!element) return undefined;
  // Client size, as the library measures it (padding in, scrollbar out). In the
  // observer's callback the layout is done, so reading it costs nothing.
  const observer = new ResizeObserver(() =>
    report({ width: element.clientWidth, height: element.clientHeight }),
  );
  observer.observe(element);
  return () => observer.disconnect();
}

const placed = new WeakSet<Element>();

/**
 * Scrolls as the library does, except its first call for a new viewport:
 * that one puts a list that has just been created at the top, where it is.
 */
export function scrollList(
  offset: number,
  options: { adjustments?: number; behavior?: ScrollBehavior },
  instance: ListVirtualizer,
): void {
  const element = instance.scrollElement;
  if (element && !placed.has(element)) {
    placed.add(element);
    if (offset + (options.adjustments ?? 0) === 0) return;
  }
  elementScroll(offset, options, instance);
}
