import { describe, expect, it } from 'vitest';
import { observationsAt } from '../../../src/domain/observations-at';
import { parseObservationFeed } from '../../../src/domain/parse-feed';
import { parseHistory } from '../../../src/domain/parse-history';
import { aHistory, aStationColumns, THREE_HOURS } from '../support/history';
import { aFeed, aRecord } from '../support/observations';

const feed = parseObservationFeed(
  aFeed(
    [
      aRecord({ stationId: '108', name: '서울', condition: '비', temperature: 19 }),
      aRecord({ stationId: '159', name: '부산' }),
      aRecord({ stationId: '184', name: '제주' }),
    ],
    { observedAt: THREE_HOURS[2] },
  ),
);
const history = parseHistory(
  aHistory({
    '108': aStationColumns({ windSpeed: [1, 2, 3], humidity: [50, 60, 70] }),
    '159': aStationColumns({ condition: [null, '흐림', '흐림'], temperature: [null, 18, 17] }),
    '184': aStationColumns({ condition: [null, null, null], temperature: [12, null, null] }),
    '999': aStationColumns(),
  }),
);

describe('observationsAt', () => {
  it('gives the feed’s stations with that hour’s values and the hour as their own time', () => {
    const [seoul] = observationsAt(feed, history, 0);
    expect(seoul).toMatchObject({
      stationId: '108',
      nameKo: '서울',
      nameEn: 'Seoul',
      position: feed.observations[0]!.position,
      feedIndex: 0,
      condition: { key: 'clear' },
      temperature: 20.1,
      windSpeed: 1,
      humidity: 50,
      windDirection: null,
      observedAt: THREE_HOURS[0],
    });
  });

  it('leaves out stations with nothing observed that hour, and stations the feed does not list', () => {
    expect(observationsAt(feed, history, 1).map((station) => station.stationId)).toEqual([
      '108',
      '159',
    ]);
  });

  it('shows a station with a temperature but no sky word as not observed for the sky', () => {
    const jeju = observationsAt(feed, history, 0).find((station) => station.stationId === '184');
    expect(jeju).toMatchObject({ temperature: 12, condition: { key: 'not-observed' } });
  });

  it('gives nothing for an hour outside the history', () => {
    expect(observationsAt(feed, history, 3)).toEqual([]);
    expect(observationsAt(feed, history, -1)).toEqual([]);
  });
});
