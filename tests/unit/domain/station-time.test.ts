import { describe, expect, it } from 'vitest';
import { parseObservationFeed } from '../../../src/domain/parse-feed';
import {
  behindNewest,
  isLate,
  newestStationTime,
  stationTime,
} from '../../../src/domain/station-time';
import { aFeed, aRecord } from '../support/observations';

const FEED_TIME = '2024-05-21T15:00:00+09:00';

function feedWith(times: readonly (string | undefined)[]) {
  return parseObservationFeed(
    aFeed(
      times.map((observedAt, index) => aRecord({ stationId: String(100 + index), observedAt })),
      { observedAt: FEED_TIME },
    ),
  );
}

describe('stationTime', () => {
  it('is the station’s own time, or the feed’s when it gave none', () => {
    const feed = feedWith(['2024-05-21T14:00:00+09:00', undefined]);
    expect(stationTime(feed.observations[0]!, feed)).toBe('2024-05-21T14:00:00+09:00');
    expect(stationTime(feed.observations[1]!, feed)).toBe(FEED_TIME);
  });
});

describe('isLate: more than 90 minutes older than the newest station time', () => {
  it.each([
    ['13:31', false],
    ['13:30', false], // exactly 90 minutes is still current
    ['13:29', true],
    ['12:00', true],
  ])('a station observed at %s against a newest of 15:00 is late: %s', (clock, late) => {
    const feed = feedWith([`2024-05-21T${clock}:00+09:00`, '2024-05-21T15:00:00+09:00']);
    expect(isLate(feed.observations[0]!, feed)).toBe(late);
    expect(isLate(feed.observations[1]!, feed)).toBe(false);
  });

  it('measures against the newest station, not the feed’s own time nor the reader’s clock', () => {
    // The feed says 15:00 but its newest station is 17:00 (a feed time that lags its records).
    const feed = feedWith(['2024-05-21T15:00:00+09:00', '2024-05-21T17:00:00+09:00']);
    expect(newestStationTime(feed)).toBe(Date.parse('2024-05-21T17:00:00+09:00'));
    expect(isLate(feed.observations[0]!, feed)).toBe(true);
    expect(behindNewest(feed.observations[0]!, feed)).toBe(2 * 3_600_000);
  });

  it('finds nobody late in a feed without station times (the bundled sample)', () => {
    const feed = parseObservationFeed(aFeed([aRecord(), aRecord({ stationId: '95' })]));
    expect(feed.observations.some((observation) => isLate(observation, feed))).toBe(false);
  });

  it('compares across offsets: 05:00Z is 14:00 KST', () => {
    const feed = feedWith(['2024-05-21T05:00:00Z', '2024-05-21T15:00:00+09:00']);
    expect(behindNewest(feed.observations[0]!, feed)).toBe(3_600_000);
    expect(isLate(feed.observations[0]!, feed)).toBe(false);
  });
});
