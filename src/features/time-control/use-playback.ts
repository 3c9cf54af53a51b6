import { useEffect, useRef, useState } from 'react';
import { PLAYBACK_INTERVAL_MS, playbackStart, playbackTick } from './hour-steps';

/**
 * Play/pause over the hours. Paused by default, and never started by the
 * page itself, so readers who prefer reduced motion see nothing move until
 * they press play. Each played hour replaces the URL entry (a reader going
 * back should not walk through every frame); steps the reader takes push.
 */
export function usePlayback(
  index: number,
  count: number,
  onHour: (index: number, mode: 'push' | 'replace') => void,
) {
  const [playing, setPlaying] = useState(false);
  const latest = useRef({ index, count, onHour });

  useEffect(function keepLatestHour() {
    latest.current = { index, count, onHour };
  });

  useEffect(
    function advanceWhilePlaying() {
      if (!playing) return;
      const timer = window.setInterval(function showNextHour() {
        const { index: current, count: hours, onHour: show } = latest.current;
        const next = playbackTick(current, hours);
        show(next.index, 'replace');
        if (!next.playing) setPlaying(false);
      }, PLAYBACK_INTERVAL_MS);
      return function stopAdvancing() {
        window.clearInterval(timer);
      };
    },
    [playing],
  );

  function play() {
    const start = playbackStart(index, count);
    if (start !== index) onHour(start, 'push');
    setPlaying(true);
  }

  return { playing, play, pause: () => setPlaying(false) };
}
