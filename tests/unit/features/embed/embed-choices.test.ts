import { describe, expect, it } from 'vitest';
import {
  initialChoices,
  selectionOptions,
  type DashboardView,
} from '../../../../src/features/embed/embed-choices';

const plainDashboard: DashboardView = {
  sky: [],
  region: null,
  search: '',
  station: null,
  shownIds: ['90', '105', '108'],
  coloring: 'sky',
};

const options = (dashboard: DashboardView, changes = {}) => {
  const result = selectionOptions({ ...initialChoices(dashboard, 'ko'), ...changes }, dashboard);
  if (!result.ok) throw new Error(`no widget: ${result.problem}`);
  return result;
};

describe('the dialog’s first choices', () => {
  it('start from the stations shown now when the dashboard is filtered', () => {
    const dashboard = { ...plainDashboard, region: '강원특별자치도', sky: ['clear'] as const };
    expect(initialChoices(dashboard, 'ko')).toMatchObject({
      stationKind: 'shown',
      region: '강원특별자치도',
      sky: ['clear'],
      lang: 'ko',
      view: 'ticker',
    });
  });

  it('start from the selected station when nothing is filtered', () => {
    expect(initialChoices({ ...plainDashboard, station: '279' }, 'en')).toMatchObject({
      stationKind: 'chosen',
      chosen: ['279'],
      lang: 'en',
    });
  });

  it('start from every station otherwise', () => {
    expect(initialChoices(plainDashboard, 'ko')).toMatchObject({ stationKind: 'all', chosen: [] });
  });
});

describe('choices to widget options', () => {
  it('all stations: the dialog’s own region and sky filter', () => {
    const result = options(plainDashboard, {
      stationKind: 'all',
      region: '경상북도',
      sky: ['rain'],
    });
    expect(result.options).toMatchObject({ stations: [], region: '경상북도', sky: ['rain'] });
    expect(result.searchFixed).toBe(false);
  });

  it('shown now without a search: the dashboard’s region and sky, kept live', () => {
    const dashboard = { ...plainDashboard, region: '강원특별자치도', sky: ['clear'] as const };
    const result = options(dashboard, { region: null, sky: [] });
    expect(result.options).toMatchObject({
      stations: [],
      region: '강원특별자치도',
      sky: ['clear'],
    });
    expect(result.searchFixed).toBe(false);
  });

  it('shown now with a search: exactly the stations found, the selected one first', () => {
    const dashboard = {
      ...plainDashboard,
      search: 'baek',
      sky: ['fog'] as const,
      station: '108',
      shownIds: ['102', '108'],
    };
    const result = options(dashboard);
    expect(result.options).toMatchObject({ stations: ['108', '102'], region: null, sky: [] });
    expect(result.searchFixed).toBe(true);
  });

  it('shown now with a search that found nothing, or too much, makes no widget', () => {
    const nothing = { ...plainDashboard, search: 'zzz', shownIds: [] };
    expect(selectionOptions(initialChoices(nothing, 'ko'), nothing)).toEqual({
      ok: false,
      problem: 'nothing-shown',
    });
    const many = {
      ...plainDashboard,
      search: '1',
      shownIds: Array.from({ length: 101 }, (_, i) => String(100 + i)),
    };
    expect(selectionOptions(initialChoices(many, 'ko'), many)).toEqual({
      ok: false,
      problem: 'too-many',
    });
  });

  it('chosen stations: the list in the chosen order, no other narrowing', () => {
    const result = options(plainDashboard, {
      stationKind: 'chosen',
      chosen: ['279', '90'],
      region: '경상북도',
      sky: ['rain'],
    });
    expect(result.options).toMatchObject({ stations: ['279', '90'], region: null, sky: [] });
  });

  it('no chosen station makes no widget', () => {
    expect(
      selectionOptions(
        { ...initialChoices(plainDashboard, 'ko'), stationKind: 'chosen' },
        plainDashboard,
      ),
    ).toEqual({ ok: false, problem: 'none-chosen' });
  });

  it('carries view, language, theme, interval and colouring through', () => {
    const result = options(plainDashboard, {
      view: 'map',
      lang: 'en',
      theme: 'dark',
      intervalSeconds: 8,
      coloring: 'temperature',
    });
    expect(result.options).toMatchObject({
      view: 'map',
      lang: 'en',
      theme: 'dark',
      intervalSeconds: 8,
      coloring: 'temperature',
    });
  });
});

describe('the map colouring', () => {
  it('starts from the dashboard map’s colouring', () => {
    expect(initialChoices({ ...plainDashboard, coloring: 'temperature' }, 'ko').coloring).toBe(
      'temperature',
    );
    expect(initialChoices(plainDashboard, 'ko').coloring).toBe('sky');
  });
});
