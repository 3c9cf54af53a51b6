/**
 * Calls `callback` once the next frame is on screen: a frame callback runs
 * before its frame is painted, so the one after that runs once it has been.
 * Returns a cancel function. Hidden tabs run no frames: callers that must
 * not wait forever keep their own timer.
 */
export function afterNextPaint(callback: () => void): () => void {
  let second = 0;
  const first = requestAnimationFrame(() => {
    second = requestAnimationFrame(() => callback());
  });
  return () => {
    cancelAnimationFrame(first);
    cancelAnimationFrame(second);
  };
}
