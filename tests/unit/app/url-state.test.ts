import { describe, expect, it } from 'vitest';
import {
  DEFAULT_URL_STATE,
  parseUrlState,
  serializeUrlState,
  type UrlState,
} from '../../../src/app/url-state';

const state = (change: Partial<UrlState>): UrlState => ({ ...DEFAULT_URL_STATE, ...change });

describe('parseUrlState', () => {
  it('gives the defaults for an empty query string', () => {
    expect(parseUrlState('')).toEqual(DEFAULT_URL_STATE);
    expect(parseUrlState('?')).toEqual(DEFAULT_URL_STATE);
  });

  it('accepts sky conditions as Korean words or as codes, without duplicates', () => {
    const sky = encodeURIComponent('맑음,partly-cloudy,clear,기타');
    expect(parseUrlState(`?sky=${sky}`).sky).toEqual(['clear', 'partly-cloudy', 'other']);
  });

  it('ignores sky words it does not know and keeps the rest', () => {
    const sky = encodeURIComponent('햇무리,맑음,,sunny');
    expect(parseUrlState(`?sky=${sky}`).sky).toEqual(['clear']);
  });

  it('ignores an unknown sort order', () => {
    expect(parseUrlState('?sort=random').sort).toBe('number');
    expect(parseUrlState('?sort=temp-asc').sort).toBe('temp-asc');
  });

  it('sorts by station number when the URL names no sort, and keeps old sort links working', () => {
    expect(parseUrlState('').sort).toBe('number');
    expect(parseUrlState('?sort=feed').sort).toBe('feed');
    expect(serializeUrlState(parseUrlState('?sort=feed'))).toBe('?sort=feed');
    expect(serializeUrlState(parseUrlState('?sort=number'))).toBe('');
    // Read as written; without a known location the list falls back to the default.
    expect(parseUrlState('?sort=distance').sort).toBe('distance');
  });

  it.each([
    '37.5,127', // no zoom
    'a,b,c',
    '37.5,127,99', // zoom out of range
    '37.5,127,1',
    '51.5,-0.12,7', // London
    '37.5,Infinity,7',
    '',
  ])('ignores the map view %j', (map) => {
    expect(parseUrlState(`?map=${encodeURIComponent(map)}`).map).toBeNull();
  });

  it('reads a map view in Korea', () => {
    expect(parseUrlState('?map=36.1234,127.5678,7.5').map).toEqual({
      lat: 36.1234,
      lon: 127.5678,
      zoom: 7.5,
    });
  });

  it.each(['<script>', 'a b', '9'.repeat(17), '../etc'])('ignores the station id %j', (id) => {
    expect(parseUrlState(`?station=${encodeURIComponent(id)}`).station).toBeNull();
  });

  it('reads a station id, trimmed', () => {
    expect(parseUrlState('?station=%20279%20').station).toBe('279');
  });

  it('reads a region in either language, as the Korean name', () => {
    expect(parseUrlState(`?region=${encodeURIComponent('경기도')}`).region).toBe('경기도');
    expect(parseUrlState('?region=Busan').region).toBe('부산광역시');
    expect(parseUrlState('?region=gyeonggi').region).toBe('경기도');
    expect(parseUrlState('?region=Atlantis').region).toBeNull();
  });

  it('reads the language only when it is one the app speaks', () => {
    expect(parseUrlState('?lang=en').lang).toBe('en');
    expect(parseUrlState('?lang=fr').lang).toBeNull();
  });

  it('narrows the news panel to the region only for newsRegion=1', () => {
    expect(parseUrlState('?newsRegion=1').newsRegion).toBe(true);
    expect(parseUrlState('?panel=news&newsRegion=1').newsRegion).toBe(true);
  });

  it.each(['0', '', 'true', 'yes', '2', '1,1', '<script>'])(
    'ignores the news region value %j',
    (value) => {
      expect(parseUrlState(`?newsRegion=${encodeURIComponent(value)}`).newsRegion).toBe(false);
    },
  );

  it('caps a very long search text', () => {
    expect(parseUrlState(`?q=${'가'.repeat(500)}`).q).toHaveLength(100);
  });
});

describe('serializeUrlState', () => {
  it('writes nothing for the defaults, so a plain link stays plain', () => {
    expect(serializeUrlState(DEFAULT_URL_STATE)).toBe('');
  });

  it('writes only the values that differ from the defaults', () => {
    const search = serializeUrlState(state({ sort: 'name' }));
    expect(search).toBe('?sort=name');
    const params = new URLSearchParams(serializeUrlState(state({ q: 'ㄱㅁ', station: '279' })));
    expect([...params.keys()].sort()).toEqual(['q', 'station']);
  });

  it('writes the news panel’s region narrowing only when it is on', () => {
    expect(serializeUrlState(state({ newsRegion: true }))).toBe('?newsRegion=1');
    expect(serializeUrlState(state({ newsRegion: false }))).toBe('');
  });

  it('writes the map colouring only when it is not the default sky view', () => {
    expect(serializeUrlState(state({ coloring: 'temperature' }))).toBe('?color=temperature');
    expect(serializeUrlState(state({ coloring: 'sky' }))).toBe('');
  });

  it('reads the map colouring and falls back to sky for unknown values', () => {
    expect(parseUrlState('?color=temperature').coloring).toBe('temperature');
    expect(parseUrlState('?color=TEMPERATURE').coloring).toBe('temperature');
    expect(parseUrlState('?color=wind').coloring).toBe('wind');
    expect(parseUrlState('?color=rain').coloring).toBe('sky');
    expect(parseUrlState('?color=').coloring).toBe('sky');
  });

  it('writes sky conditions as codes', () => {
    const params = new URLSearchParams(serializeUrlState(state({ sky: ['clear', 'overcast'] })));
    expect(params.get('sky')).toBe('clear,overcast');
  });
});

describe('URL state round trip', () => {
  it('reopens the same view from a copied link', () => {
    const view = state({
      sky: ['clear', 'partly-cloudy', 'other'],
      q: '구미 시',
      region: '경상북도',
      sort: 'temp-desc',
      station: '279',
      map: { lat: 36.1195, lon: 128.3446, zoom: 9.25 },
      news: 'article-1',
      panel: 'news',
      newsRegion: true,
      coloring: 'temperature',
      lang: 'en',
    });
    expect(parseUrlState(serializeUrlState(view))).toEqual(view);
  });

  it('survives a second round trip unchanged', () => {
    const once = serializeUrlState(parseUrlState('?sky=맑음&sort=north-south&map=36.5,127.8,7'));
    expect(serializeUrlState(parseUrlState(once))).toBe(once);
  });

  it('keeps the news region narrowing through a round trip and drops an invalid one', () => {
    const on = state({ station: '90', panel: 'news', newsRegion: true });
    expect(parseUrlState(serializeUrlState(on))).toEqual(on);
    expect(serializeUrlState(parseUrlState('?station=90&newsRegion=on'))).toBe('?station=90');
  });

  it('rounds the map view to 4 decimals, enough for a station', () => {
    const search = serializeUrlState(state({ map: { lat: 36.123456, lon: 127.987654, zoom: 7 } }));
    expect(new URLSearchParams(search).get('map')).toBe('36.1235,127.9877,7');
  });
});

describe('the hour shown (`at=`) and the wind view (`color=wind`)', () => {
  it('keeps a well-formed KST hour and drops anything else (absent = now)', () => {
    expect(parseUrlState('?at=2024052115').at).toBe('2024052115');
    expect(parseUrlState('?at=2024-05-21T15').at).toBeNull();
    expect(parseUrlState('').at).toBeNull();
  });

  it('reads the colouring, sky unless it names wind', () => {
    expect(parseUrlState('?color=wind').coloring).toBe('wind');
    expect(parseUrlState('?color=rainbow').coloring).toBe('sky');
  });

  it('writes both only when they differ from the default', () => {
    expect(serializeUrlState({ ...DEFAULT_URL_STATE, at: '2024052104', coloring: 'wind' })).toBe(
      '?color=wind&at=2024052104',
    );
    expect(serializeUrlState({ ...DEFAULT_URL_STATE, at: null, coloring: 'sky' })).toBe('');
  });
});
