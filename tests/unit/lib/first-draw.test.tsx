import { act, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// Fresh module state per test: the setup file has already released the first draw.
beforeEach(() => {
  vi.resetModules();
});
afterEach(() => {
  vi.useRealTimers();
});

async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  await Promise.resolve();
  await Promise.resolve();
  return done;
}

/** Whether the promise has settled once the tasks queued before this call have run. */
async function settledAfterATask(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  // A microtask first, so that a task the promise queued in its own microtask comes before ours.
  await Promise.resolve();
  await new Promise((resolve) => setTimeout(resolve, 0));
  return done;
}

describe('afterFirstDraw', () => {
  it('waits until the first draw is said to be done', async () => {
    const { afterFirstDraw, firstDrawDone } = await import('../../../src/lib/first-draw');
    const waiting = afterFirstDraw();
    expect(await settledAfterATask(waiting)).toBe(false);
    firstDrawDone();
    expect(await settledAfterATask(waiting)).toBe(true);
    // Later callers do not wait again.
    expect(await settledAfterATask(afterFirstDraw())).toBe(true);
  });

  it('stops waiting after four seconds when the map never draws', async () => {
    vi.useFakeTimers();
    const { afterFirstDraw } = await import('../../../src/lib/first-draw');
    const waiting = afterFirstDraw();
    await vi.advanceTimersByTimeAsync(3900);
    expect(await settled(waiting)).toBe(false);
    await vi.advanceTimersByTimeAsync(200);
    expect(await settled(waiting)).toBe(true);
  });

  it('goes on after the first draw, each waiter in a task of its own', async () => {
    const { afterFirstDraw, firstDrawDone } = await import('../../../src/lib/first-draw');
    const order: string[] = [];
    const first = afterFirstDraw().then(() => {
      order.push('first');
      // Runs before the next waiter only if that waiter is in a later task.
      queueMicrotask(() => order.push('first, its microtask'));
    });
    const second = afterFirstDraw().then(() => order.push('second'));
    firstDrawDone();
    // Not in the microtasks that follow the draw.
    expect(await settled(first)).toBe(false);
    await Promise.all([first, second]);
    expect(order).toEqual(['first', 'first, its microtask', 'second']);
  });
});

describe('afterMapRequested', () => {
  it('waits until the map’s downloads have started', async () => {
    const { afterMapRequested, mapRequested } = await import('../../../src/lib/first-draw');
    const waiting = afterMapRequested();
    expect(await settledAfterATask(waiting)).toBe(false);
    mapRequested();
    expect(await settled(waiting)).toBe(true);
  });

  it('stops waiting when the first draw is said to be done without a map', async () => {
    const { afterMapRequested, firstDrawDone } = await import('../../../src/lib/first-draw');
    const waiting = afterMapRequested();
    expect(await settledAfterATask(waiting)).toBe(false);
    firstDrawDone();
    expect(await settled(waiting)).toBe(true);
  });

  it('stops waiting after four seconds when the map is never requested', async () => {
    vi.useFakeTimers();
    const { afterMapRequested } = await import('../../../src/lib/first-draw');
    const waiting = afterMapRequested();
    await vi.advanceTimersByTimeAsync(3900);
    expect(await settled(waiting)).toBe(false);
    await vi.advanceTimersByTimeAsync(200);
    expect(await settled(waiting)).toBe(true);
  });
});

describe('lazyAfterFirstDraw', () => {
  it('does not fetch the code before the first draw, and renders it after', async () => {
    const { firstDrawDone, lazyAfterFirstDraw } = await import('../../../src/lib/first-draw');
    const load = vi.fn(async () => ({ label }: { label: string }) => <p>{label}</p>);
    const Later = lazyAfterFirstDraw(load);
    render(
      <Suspense fallback={<p>기다리는 중</p>}>
        <Later label="목록" />
      </Suspense>,
    );
    await act(async () => {
      await Promise.resolve();
    });
    expect(load).not.toHaveBeenCalled();
    expect(screen.getByText('기다리는 중')).toBeInTheDocument();

    await act(async () => {
      firstDrawDone();
    });
    expect(await screen.findByText('목록')).toBeInTheDocument();
    expect(load).toHaveBeenCalled();
  });

  it('fetches the code after the first draw even when nothing has rendered it yet', async () => {
    const { firstDrawDone, lazyAfterFirstDraw } = await import('../../../src/lib/first-draw');
    const load = vi.fn(async () => () => null);
    lazyAfterFirstDraw(load);
    firstDrawDone();
    await vi.waitFor(() => expect(load).toHaveBeenCalledTimes(1));
  });
});
