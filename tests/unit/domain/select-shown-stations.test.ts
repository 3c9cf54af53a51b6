import { describe, expect, it } from 'vitest';
import {
  createStationSelector,
  selectShownStations,
  type StationView,
} from '../../../src/domain/select-shown-stations';
import { rankStations } from '../../../src/domain/search-stations';
import { selectWidgetStations } from '../../../src/features/embed/select-stations';
import { loadSampleFeed } from '../support/sample-feed';
import { observationsInFeedOrder } from '../support/observations';

const ALL: StationView = { sky: [], search: '', region: null, sort: 'feed' };
const names = (list: readonly { nameKo: string }[]) => list.map((o) => o.nameKo);

const stations = observationsInFeedOrder([
  { nameKo: '속초', condition: '맑음', temperature: 15, province: '강원특별자치도' },
  { nameKo: '인천', condition: '박무', temperature: 18.1, province: '인천광역시' },
  { nameKo: '서울', condition: '연무', temperature: 20.8, province: '서울특별시' },
  { nameKo: '강릉', condition: '맑음', temperature: 22, province: '강원특별자치도' },
  { nameKo: '고창', condition: '맑음', temperature: null, province: '전북특별자치도' },
]);

describe('selectShownStations', () => {
  it('shows every station in the chosen order with no filter', () => {
    expect(names(selectShownStations(stations, ALL, 'ko', rankStations).shown)).toEqual([
      '속초',
      '인천',
      '서울',
      '강릉',
      '고창',
    ]);
  });

  it('applies the sky filter after sorting, keeping the order', () => {
    const { shown } = selectShownStations(
      stations,
      { ...ALL, sky: ['clear'], sort: 'temp-desc' },
      'ko',
    );
    expect(names(shown)).toEqual(['강릉', '속초', '고창']);
  });

  it('counts conditions over search and region, before the sky filter', () => {
    const { counts, shown } = selectShownStations(
      stations,
      { ...ALL, sky: ['mist'], region: '강원특별자치도' },
      'ko',
    );
    expect(Object.fromEntries(counts)).toEqual({ clear: 2 });
    expect(shown).toEqual([]);
  });

  it('combines search, region and sky', () => {
    const view: StationView = {
      sky: ['clear'],
      search: 'ㄱ',
      region: '강원특별자치도',
      sort: 'feed',
    };
    expect(names(selectShownStations(stations, view, 'ko', rankStations).shown)).toEqual(['강릉']);
  });

  it('agrees with the widget on the sky rule for every condition of the sample', () => {
    const sample = loadSampleFeed().observations;
    for (const key of new Set(sample.map((o) => o.condition.key))) {
      const dashboard = selectShownStations(
        sample,
        { ...ALL, sky: [key] },
        'ko',
        rankStations,
      ).shown;
      const widget = selectWidgetStations(sample, { sky: [key], stations: [], region: null });
      expect(dashboard.map((o) => o.stationId)).toEqual(widget.map((o) => o.stationId));
    }
  });
});

describe('search code', () => {
  it('is not needed for a view without a search, blank or spaces only', () => {
    expect(names(selectShownStations(stations, { ...ALL, search: '  ' }, 'ko').shown)).toEqual(
      names(stations),
    );
  });

  it('is not needed while there are no stations to search', () => {
    expect(selectShownStations([], { ...ALL, search: '강' }, 'ko').shown).toEqual([]);
  });

  it('must be passed for a view with a search', () => {
    expect(() => selectShownStations(stations, { ...ALL, search: '강' }, 'ko')).toThrow(
      /rankStations/,
    );
  });
});

describe('createStationSelector', () => {
  it('gives the same answer as the plain pipeline as the view changes step by step', () => {
    const select = createStationSelector();
    const views: StationView[] = [
      ALL,
      { ...ALL, sky: ['clear'] },
      { ...ALL, sky: ['clear'], sort: 'name' },
      { ...ALL, sky: ['clear'], sort: 'name', search: '강' },
      { ...ALL, region: '인천광역시' },
      ALL,
    ];
    for (const view of views) {
      expect(names(select(stations, view, 'ko', rankStations).shown)).toEqual(
        names(selectShownStations(stations, view, 'ko', rankStations).shown),
      );
    }
  });

  it('returns the same result object while nothing changed, so React can skip work', () => {
    const select = createStationSelector();
    const view = { ...ALL, sky: ['clear'] as const };
    const first = select(stations, view, 'ko', rankStations);
    expect(select(stations, view, 'ko', rankStations)).toBe(first);
    expect(select(stations, { ...view, sky: ['clear'] }, 'ko', rankStations)).not.toBe(first);
  });

  it('keeps the searched counts when only the sky filter changes', () => {
    const select = createStationSelector();
    const before = select(stations, ALL, 'ko', rankStations);
    const after = select(stations, { ...ALL, sky: ['mist'] }, 'ko', rankStations);
    expect(after.counts).toBe(before.counts);
    expect(names(after.shown)).toEqual(['인천']);
  });
});

describe('region counts', () => {
  const sample = loadSampleFeed().observations;
  const view: StationView = { sky: [], search: '', region: null, sort: 'number' };

  it('counts every province’s stations with no filter (97 in all)', () => {
    const { regionCounts } = selectShownStations(sample, view, 'ko', rankStations);
    expect(regionCounts.get('강원특별자치도')).toBe(14);
    expect(regionCounts.get('제주특별자치도')).toBe(4);
    expect([...regionCounts.values()].reduce((a, b) => a + b, 0)).toBe(97);
  });

  it('counts under the sky filter and search, whatever region is chosen', () => {
    const clear = selectShownStations(
      sample,
      { ...view, sky: ['clear'] },
      'ko',
      rankStations,
    ).regionCounts;
    const clearInGangwon = selectShownStations(
      sample,
      { ...view, sky: ['clear'], region: '강원특별자치도' },
      'ko',
    );
    expect(clearInGangwon.regionCounts).toEqual(clear);
    expect(clearInGangwon.shown).toHaveLength(clear.get('강원특별자치도')!);
    expect([...clear.values()].reduce((a, b) => a + b, 0)).toBe(45);

    const searched = selectShownStations(sample, { ...view, search: '강' }, 'ko', rankStations);
    const expected = new Map<string, number>();
    for (const o of searched.shown) expected.set(o.province!, (expected.get(o.province!) ?? 0) + 1);
    expect(searched.regionCounts).toEqual(expected);
    expect(searched.regionCounts.get('강원특별자치도')).toBe(2); // 강릉, 북강릉
  });

  it('keeps the memoised stages right when only the region changes', () => {
    const select = createStationSelector();
    for (const region of [null, '경상북도', '제주특별자치도', null]) {
      const next = { ...view, sky: ['clear'] as const, search: 'ㄱ', region };
      expect(select(sample, next, 'ko', rankStations)).toEqual(
        selectShownStations(sample, next, 'ko', rankStations),
      );
    }
  });
});

describe('sort by distance', () => {
  const sample = loadSampleFeed().observations;
  const view: StationView = { sky: [], search: '', region: null, sort: 'distance' };

  it('puts the station nearest the origin first', () => {
    const origin = { lat: 36.119, lon: 128.344 };
    const { shown } = selectShownStations(sample, { ...view, origin }, 'ko', rankStations);
    expect(shown[0]!.nameKo).toBe('구미');
  });

  it('falls back to station number order without a known location', () => {
    const { shown } = selectShownStations(sample, view, 'ko', rankStations);
    expect(shown.map((o) => o.stationId)).toEqual(
      selectShownStations(sample, { ...view, sort: 'number' }, 'ko', rankStations).shown.map(
        (o) => o.stationId,
      ),
    );
  });
});
