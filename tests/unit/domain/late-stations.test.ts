import { describe, expect, it } from 'vitest';
import { lateStations, NO_LATE_STATIONS } from '../../../src/domain/late-stations';
import { parseObservationFeed } from '../../../src/domain/parse-feed';
import { aFeed, aRecord } from '../support/observations';

const FEED_TIME = '2024-05-21T15:00:00+09:00';

function feedWith(times: readonly (string | undefined)[], observedAt = FEED_TIME) {
  return parseObservationFeed(
    aFeed(
      times.map((time, index) => aRecord({ stationId: String(100 + index), observedAt: time })),
      { observedAt },
    ),
  );
}

describe('lateStations: one map for the list, the map, the details and the status line', () => {
  it('holds only the stations more than 90 minutes behind, with how far behind', () => {
    const feed = feedWith([
      '2024-05-21T15:00:00+09:00',
      '2024-05-21T13:30:00+09:00', // exactly 90 min: not late
      '2024-05-21T13:29:00+09:00',
      '2024-05-21T12:00:00+09:00',
      undefined, // the feed's own time
    ]);
    const late = lateStations(feed);
    expect([...late.keys()]).toEqual(['102', '103']);
    expect(late.get('103')).toBe(3 * 3_600_000);
  });

  it('measures against the newest station, not the reader’s clock: an old complete sample has none', () => {
    expect(lateStations(feedWith([undefined, undefined], '2024-05-21'))).toBe(NO_LATE_STATIONS);
  });
});
