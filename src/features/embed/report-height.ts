import { resizeMessage } from './protocol';

/**
 * Tell the parent page how tall the widget is, whenever that changes, so the
 * loader can size the iframe to its content. Only when the loader gave us an
 * id. The target origin is "*" because the widget cannot know which portal
 * embeds it; the message carries a height and the loader's own id, nothing
 * secret, and the loader checks who sent it. Returns the function that stops.
 */
export function reportHeightToParent(wid: string | null): () => void {
  if (wid === null || window.parent === window) return () => {};
  const root = document.documentElement;
  let last = -1;
  const report = () => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage(resizeMessage(wid, height), '*');
  };
  const observer = new ResizeObserver(report);
  observer.observe(root);
  report();
  return () => observer.disconnect();
}
