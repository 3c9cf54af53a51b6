import { useEffect, useState, type RefObject } from 'react';
import { isResizeMessage } from './protocol';

/**
 * The preview iframe's content height, from the widget's own resize
 * messages — the same checks as the loader: our origin, our iframe, our id.
 * Until the current widget reports, `initial`.
 */
export function usePreviewHeight(
  frame: RefObject<HTMLIFrameElement | null>,
  wid: string,
  initial: number,
): number {
  const [reported, setReported] = useState<{ wid: string; height: number } | null>(null);
  useEffect(
    function followPreviewResize() {
      function onMessage(event: MessageEvent) {
        if (event.origin !== window.location.origin || !isResizeMessage(event.data)) return;
        if (event.data.id !== wid || event.source !== frame.current?.contentWindow) return;
        setReported({ wid, height: event.data.height });
      }
      window.addEventListener('message', onMessage);
      return () => window.removeEventListener('message', onMessage);
    },
    [frame, wid],
  );
  return reported?.wid === wid ? reported.height : initial;
}
