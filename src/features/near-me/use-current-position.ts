/**
 * The reader's position, asked of the browser only when they press the
 * button. It is handed to the caller and forgotten here: never stored, never
 * sent.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { isInKorea, type LatLon } from '../../domain/distance';

export type LocateFailure = 'denied' | 'unavailable' | 'timeout' | 'outside';

export type LocateState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'locating' }
  | { readonly kind: 'failed'; readonly reason: LocateFailure };

/** A rough fix is enough to pick a station, and comes faster and cheaper than GPS. */
export const POSITION_OPTIONS: PositionOptions = {
  enableHighAccuracy: false,
  timeout: 10_000,
  maximumAge: 5 * 60_000,
};

function failureOf(error: GeolocationPositionError): LocateFailure {
  if (error.code === error.PERMISSION_DENIED) return 'denied';
  if (error.code === error.TIMEOUT) return 'timeout';
  return 'unavailable';
}

export function useCurrentPosition(onFound: (position: LatLon) => void) {
  const [state, setState] = useState<LocateState>({ kind: 'idle' });
  const mounted = useRef(true);
  const found = useRef(onFound);

  useEffect(function keepLatestCallback() {
    found.current = onFound;
  });
  useEffect(function ignoreAnswersAfterUnmount() {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const locate = useCallback(() => {
    if (!('geolocation' in navigator)) {
      setState({ kind: 'failed', reason: 'unavailable' });
      return;
    }
    setState({ kind: 'locating' });
    navigator.geolocation.getCurrentPosition(
      function positionFound({ coords }) {
        if (!mounted.current) return;
        const position = { lat: coords.latitude, lon: coords.longitude };
        if (!isInKorea(position)) {
          setState({ kind: 'failed', reason: 'outside' });
          return;
        }
        setState({ kind: 'idle' });
        found.current(position);
      },
      function positionFailed(error) {
        if (mounted.current) setState({ kind: 'failed', reason: failureOf(error) });
      },
      POSITION_OPTIONS,
    );
  }, []);

  const dismiss = useCallback(() => setState({ kind: 'idle' }), []);
  return { state, locate, dismiss };
}
