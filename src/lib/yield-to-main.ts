/**
 * Give the browser a turn (input, paint) before continuing a long job.
 * `scheduler.yield()` resumes ahead of other queued tasks where it exists
 * (Chromium 129+); elsewhere a zero-delay timer does the same job, a little
 * later in the queue.
 */
interface YieldingScheduler {
  yield?: () => Promise<void>;
}

export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: YieldingScheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
