import { describe, expect, it } from 'vitest';
import { selectWidgetStations } from '../../../../src/features/embed/select-stations';
import { observationsInFeedOrder } from '../../support/observations';

const feed = observationsInFeedOrder([
  { stationId: '90', condition: '맑음', province: '강원특별자치도' },
  { stationId: '108', condition: '흐림', province: '서울특별시' },
  { stationId: '159', condition: '맑음', province: '부산광역시' },
  { stationId: '105', condition: '구름조금', province: '강원특별자치도' },
]);
const ids = (list: readonly { stationId: string }[]) => list.map((o) => o.stationId);
const none = { sky: [], stations: [], region: null } as const;

describe('the stations a widget shows', () => {
  it('is the whole feed in feed order by default', () => {
    expect(ids(selectWidgetStations(feed, none))).toEqual(['90', '108', '159', '105']);
  });

  it('applies the sky filter and the region', () => {
    expect(ids(selectWidgetStations(feed, { ...none, sky: ['clear'] }))).toEqual(['90', '159']);
    expect(ids(selectWidgetStations(feed, { ...none, region: '강원특별자치도' }))).toEqual([
      '90',
      '105',
    ]);
  });

  it('lists chosen stations in the given order, skipping unknown numbers', () => {
    const chosen = { ...none, stations: ['159', '999', '90'] };
    expect(ids(selectWidgetStations(feed, chosen))).toEqual(['159', '90']);
    expect(ids(selectWidgetStations(feed, { ...chosen, sky: ['overcast'] }))).toEqual([]);
  });
});
