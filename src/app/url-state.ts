/**
 * The URL owns the view: sky filter, search, region, sort, selected station,
 * map view, the map's colouring, the hour shown (`at=`), open article, side panel tab, the news
 * panel's narrowing to the station's region and language. This module only parses and
 * serialises; `use-url-state.ts` binds it to the browser history.
 */
import { conditionKeyFromInput, type ConditionKey } from '../domain/conditions';
import { DEFAULT_SORT, SORT_ORDERS, type SortOrder } from '../domain/filter-stations';
import { hourKeyFromInput } from '../domain/hour-key';
import {
  DEFAULT_MAP_COLORING,
  mapColoringFromInput,
  type MapColoring,
} from '../domain/map-coloring';
import { provinceFromInput } from '../domain/provinces';
import { isLang, type Lang } from '../i18n/lang';
import { isStationId } from '../domain/station-id';

export interface MapView {
  readonly lat: number;
  readonly lon: number;
  readonly zoom: number;
}

export type SidePanel = 'stations' | 'news';

export interface UrlState {
  readonly sky: readonly ConditionKey[];
  readonly q: string;
  readonly region: string | null;
  readonly sort: SortOrder;
  readonly station: string | null;
  readonly map: MapView | null;
  /** What the markers' colours mean (`color=temperature`, `color=wind`); sky by default. */
  readonly coloring: MapColoring;
  /** The history hour shown, as KST YYYYMMDDHH (`at=2024052115`); null = now, the latest feed. */
  readonly at: string | null;
  readonly news: string | null;
  /** Which tab of the side panel is shown. */
  readonly panel: SidePanel;
  /** The news panel shows only the selected station's region (`newsRegion=1`). */
  readonly newsRegion: boolean;
  readonly lang: Lang | null;
}

export const DEFAULT_URL_STATE: UrlState = {
  sky: [],
  q: '',
  region: null,
  sort: DEFAULT_SORT,
  station: null,
  map: null,
  coloring: DEFAULT_MAP_COLORING,
  at: null,
  news: null,
  panel: 'stations',
  newsRegion: false,
  lang: null,
};

const MAX_TEXT = 100;

function parseMapView(raw: string | null): MapView | null {
  if (!raw) return null;
  const [lat, lon, zoom] = raw.split(',').map(Number);
  if (lat === undefined || lon === undefined || zoom === undefined) return null;
  if (![lat, lon, zoom].every(Number.isFinite)) return null;
  if (lat < 30 || lat > 45 || lon < 120 || lon > 135 || zoom < 5 || zoom > 14) return null;
  return { lat, lon, zoom };
}

export function parseUrlState(search: string): UrlState {
  const params = new URLSearchParams(search);
  const sky = (params.get('sky') ?? '')
    .split(',')
    .map(conditionKeyFromInput)
    .filter((key): key is ConditionKey => key !== null);
  const sort = params.get('sort');
  const lang = params.get('lang');
  const station = params.get('station')?.trim();
  const news = params.get('news')?.trim();
  return {
    sky: [...new Set(sky)],
    q: (params.get('q') ?? '').slice(0, MAX_TEXT),
    region: provinceFromInput(params.get('region') ?? ''),
    sort: SORT_ORDERS.includes(sort as SortOrder) ? (sort as SortOrder) : DEFAULT_SORT,
    station: station && isStationId(station) ? station : null,
    map: parseMapView(params.get('map')),
    coloring: mapColoringFromInput(params.get('color')) ?? DEFAULT_MAP_COLORING,
    at: hourKeyFromInput(params.get('at')),
    news: news ? news.slice(0, MAX_TEXT) : null,
    panel: params.get('panel') === 'news' ? 'news' : 'stations',
    newsRegion: params.get('newsRegion') === '1',
    lang: isLang(lang) ? lang : null,
  };
}

export function formatMapView(view: MapView): string {
  return `${view.lat.toFixed(4)},${view.lon.toFixed(4)},${Math.round(view.zoom * 100) / 100}`;
}

/** Only non-default values are written, so a plain dashboard link stays plain. */
export function serializeUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  if (state.sky.length > 0) params.set('sky', state.sky.join(','));
  if (state.q) params.set('q', state.q);
  if (state.region) params.set('region', state.region);
  if (state.sort !== DEFAULT_SORT) params.set('sort', state.sort);
  if (state.station) params.set('station', state.station);
  if (state.news) params.set('news', state.news);
  if (state.panel !== 'stations') params.set('panel', state.panel);
  if (state.newsRegion) params.set('newsRegion', '1');
  if (state.map) params.set('map', formatMapView(state.map));
  if (state.coloring !== DEFAULT_MAP_COLORING) params.set('color', state.coloring);
  if (state.at) params.set('at', state.at);
  if (state.lang) params.set('lang', state.lang);
  const text = params.toString();
  return text ? `?${text}` : '';
}
