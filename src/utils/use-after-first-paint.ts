import { useEffect, useState } from 'react';
import { afterNextPaint } from './after-next-paint';

/**
 * True once a frame has been painted while `ready` was true, or `patienceMs` after the
 * first render whatever `ready` says; it stays true after that. For work that
 * must not compete with what the reader came for (the header, an article a
 * link opened) for a slow connection or a slow CPU.
 */
export function useAfterFirstPaint(ready = true, patienceMs = 3000): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(
    function waitForPaint() {
      if (painted || !ready) return;
      return afterNextPaint(() => setPainted(true));
    },
    [painted, ready],
  );
  useEffect(
    function stopWaiting() {
      const timer = window.setTimeout(() => setPainted(true), patienceMs);
      return () => window.clearTimeout(timer);
    },
    [patienceMs],
  );
  return painted;
}
