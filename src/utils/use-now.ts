import { useEffect, useState } from 'react';

/** The current time, re-read every `intervalMs`, so "how old" labels age on screen. */
export function useNow(intervalMs = 60_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(
    function tick() {
      const timer = window.setInterval(() => setNow(Date.now()), intervalMs);
      return () => window.clearInterval(timer);
    },
    [intervalMs],
  );
  return now;
}
