import { describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_WIDGET_PARAMS,
  INTERVAL_SECONDS,
  MAX_STATIONS,
  parseWidgetParams,
} from '../../../../src/features/embed/parse-widget-params';

function parse(search: string) {
  const warn = vi.fn<(message: string) => void>();
  return { params: parseWidgetParams(search, warn), warnings: warn.mock.calls.map(([m]) => m) };
}

describe('widget parameters', () => {
  it('defaults to a Korean ticker of every station, silently', () => {
    const { params, warnings } = parse('');
    expect(params).toEqual(DEFAULT_WIDGET_PARAMS);
    expect(params).toMatchObject({ view: 'ticker', lang: 'ko', theme: 'auto', intervalSeconds: 4 });
    expect(warnings).toEqual([]);
  });

  it('reads every parameter the loader passes on', () => {
    const { params, warnings } = parse(
      '?view=card&sky=맑음,partly-cloudy&stations=108,90&region=Gangwon&lang=en&theme=dark&interval=7&color=temperature&wid=nalssi-3',
    );
    expect(params).toEqual({
      view: 'card',
      sky: ['clear', 'partly-cloudy'],
      stations: ['108', '90'],
      region: '강원특별자치도',
      lang: 'en',
      theme: 'dark',
      intervalSeconds: 7,
      coloring: 'temperature',
      wid: 'nalssi-3',
    });
    expect(warnings).toEqual([]);
  });

  it('accepts Korean condition words and codes, trims, and drops duplicates', () => {
    expect(parse('?sky= 맑음 , clear ,구름많음,').params.sky).toEqual(['clear', 'mostly-cloudy']);
  });

  it('reads the map colouring in any letter case, sky by default', () => {
    expect(parse('?view=map&color=Temperature').params.coloring).toBe('temperature');
    expect(parse('?view=map&color=sky').params.coloring).toBe('sky');
    expect(parse('?view=map').params.coloring).toBe('sky');
  });

  it('keeps the given station order and drops repeats', () => {
    expect(parse('?stations=159,90,159,108').params.stations).toEqual(['159', '90', '108']);
  });

  it.each([
    ['view=carousel', { view: 'ticker' }, /view/],
    ['lang=fr', { lang: 'ko' }, /lang/],
    ['theme=neon', { theme: 'auto' }, /theme/],
    ['region=Atlantis', { region: null }, /region/],
    ['interval=soon', { intervalSeconds: INTERVAL_SECONDS.fallback }, /interval/],
    ['interval=Infinity', { intervalSeconds: INTERVAL_SECONDS.fallback }, /interval/],
    ['wid=<script>', { wid: null }, /wid/],
    ['color=rain', { coloring: 'sky' }, /color/],
    ['color=<b>red</b>', { coloring: 'sky' }, /color/],
  ])('ignores %s with a warning and uses the default', (query, expected, warning) => {
    const { params, warnings } = parse(`?${query}`);
    expect(params).toMatchObject(expected);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(warning);
  });

  it('clamps the interval to a readable range, with a warning', () => {
    expect(parse('?interval=0.1').params.intervalSeconds).toBe(INTERVAL_SECONDS.min);
    expect(parse('?interval=-5').params.intervalSeconds).toBe(INTERVAL_SECONDS.min);
    expect(parse('?interval=3600').params.intervalSeconds).toBe(INTERVAL_SECONDS.max);
    expect(parse('?interval=3600').warnings).toHaveLength(1);
    expect(parse('?interval=2.5').params.intervalSeconds).toBe(2.5);
  });

  it('skips unknown conditions and malformed station numbers but keeps the good ones', () => {
    const { params, warnings } = parse('?sky=맑음,무지개&stations=90,"><img src=x>,108');
    expect(params.sky).toEqual(['clear']);
    expect(params.stations).toEqual(['90', '108']);
    expect(warnings).toHaveLength(2);
  });

  it('caps the station list', () => {
    const ids = Array.from({ length: MAX_STATIONS + 5 }, (_, i) => String(i + 1)).join(',');
    const { params, warnings } = parse(`?stations=${ids}`);
    expect(params.stations).toHaveLength(MAX_STATIONS);
    expect(warnings).toHaveLength(1);
  });

  it('treats blank values as absent and ignores oversized ones', () => {
    expect(parse('?view=&sky=&lang=%20').warnings).toEqual([]);
    const { params, warnings } = parse(`?sky=${'맑음,'.repeat(400)}`);
    expect(params.sky).toEqual([]);
    expect(warnings).toHaveLength(1);
  });

  it('keeps warnings short even for huge values', () => {
    const { warnings } = parse(`?view=${'x'.repeat(900)}`);
    expect(warnings[0]!.length).toBeLessThan(200);
  });

  it('warns through console.warn by default', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    parseWidgetParams('?view=nope');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('view'));
  });
});
