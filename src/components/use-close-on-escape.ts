import { useEffect } from 'react';

/**
 * Escape closes the panel over the map (station details, article). One rule
 * for both: a modal dialog on top (퍼가기) closes itself first, and a key
 * another handler already took is left alone.
 */
export function useCloseOnEscape(onClose: () => void): void {
  useEffect(
    function closeOnEscape() {
      function onKeyDown(event: KeyboardEvent) {
        if (event.key !== 'Escape' || event.defaultPrevented) return;
        if (event.target instanceof Element && event.target.closest('dialog')) return;
        event.preventDefault();
        onClose();
      }
      document.addEventListener('keydown', onKeyDown);
      return () => document.removeEventListener('keydown', onKeyDown);
    },
    [onClose],
  );
}
