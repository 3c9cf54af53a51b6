import { useEffect, useState } from 'react';
import { loadBasemap, type BasemapData } from './load-basemap';

/** The base map's geometry once it has arrived; null until then (or if it failed). */
export function useBasemap(): BasemapData | null {
  const [data, setData] = useState<BasemapData | null>(null);
  useEffect(function fetchBasemap() {
    let current = true;
    loadBasemap().then(
      (loaded) => current && setData(loaded),
      (error: unknown) => console.warn(error),
    );
    return () => {
      current = false;
    };
  }, []);
  return data;
}
