// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startFeedPoller, type FeedState } from '../../../../src/features/embed/feed-poller';
import type { ObservationFeed } from '../../../../src/domain/observation';
import { widgetData } from './widget-fixtures';

const FEED: ObservationFeed = widgetData().feed;
const NEWER: ObservationFeed = { ...FEED, observedAt: '2024-05-22' };

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('the widget feed poller', () => {
  it('loads at once and on every interval, keeping the last good feed through a failure', async () => {
    const answers = [
      () => Promise.resolve(FEED),
      () => Promise.reject(new Error('offline')),
      () => Promise.resolve(NEWER),
    ];
    const load = vi.fn(() => answers.shift()!());
    const states: FeedState[] = [];
    const poller = startFeedPoller('/feed.json', 60_000, (state) => states.push(state), load);

    await vi.advanceTimersByTimeAsync(0);
    expect(states).toEqual([{ feed: FEED, error: null }]);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(states[1]).toEqual({ feed: FEED, error: new Error('offline') });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(states[2]).toEqual({ feed: NEWER, error: null });
    expect(load).toHaveBeenCalledWith('/feed.json', expect.any(AbortSignal));

    poller.stop();
    await vi.advanceTimersByTimeAsync(600_000);
    expect(load).toHaveBeenCalledTimes(3);
  });

  it('never lets a slow, older answer overwrite a newer one', async () => {
    let answerFirst: (feed: ObservationFeed) => void = () => {};
    const load = vi
      .fn<(url: string, signal: AbortSignal) => Promise<ObservationFeed>>()
      .mockImplementationOnce(() => new Promise((resolve) => (answerFirst = resolve)))
      .mockImplementationOnce(() => Promise.resolve(NEWER));
    const states: FeedState[] = [];
    const poller = startFeedPoller('/feed.json', 60_000, (state) => states.push(state), load);
    poller.refresh();
    await vi.advanceTimersByTimeAsync(0);
    answerFirst(FEED);
    await vi.advanceTimersByTimeAsync(0);
    expect(states).toEqual([{ feed: NEWER, error: null }]);
    poller.stop();
  });
});
