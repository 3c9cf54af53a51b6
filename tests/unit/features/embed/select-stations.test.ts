import { describe, expect, it } from 'vitest';
import { selectWidgetStations } from '../../../../src/features/embed/select-stations';
import type { Observation } from '../../../../src/domain/observation';
import { anObservation } from '../../support/observations';

const feed: Observation[] = [
  ['90', '맑음', '강원특별자치도'],
  ['108', '흐림', '서울특별시'],
  ['159', '맑음', '부산광역시'],
  ['105', '구름조금', '강원특별자치도'],
].map(([stationId, condition, province], feedIndex) =>
  anObservation({
    stationId: stationId!,
    feedIndex,
    nameEn: null,
    province: province!,
    condition: condition!,
  }),
);
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
