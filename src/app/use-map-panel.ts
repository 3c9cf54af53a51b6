import { useCallback, useState } from 'react';
import { publishHeight } from '../utils/publish-height';

/**
 * A panel the dashboard lays over the map (a station's card, the hour
 * control): its element while it is in the page (null otherwise), for the
 * map to keep labels and the selection clear of it, and a ref that also
 * writes its height on its container as `property`, for the parts that sit
 * above it (global.css).
 */
export function useMapPanel(
  property: `--${string}`,
): [HTMLElement | null, (node: HTMLElement | null) => (() => void) | undefined] {
  const [element, setElement] = useState<HTMLElement | null>(null);
  // With a cleanup returned, React calls it on removal instead of calling this with null.
  const bind = useCallback(
    (node: HTMLElement | null) => {
      if (!node) return;
      setElement(node);
      const stopPublishing = publishHeight(node, property);
      return () => {
        stopPublishing();
        setElement(null);
      };
    },
    [property],
  );
  return [element, bind];
}
