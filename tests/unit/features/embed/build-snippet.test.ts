// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import {
  buildIframeSnippet,
  buildSnippet,
  widgetPageUrl,
} from '../../../../src/features/embed/build-snippet';
import { parseWidgetParams } from '../../../../src/features/embed/parse-widget-params';

const base = { view: 'ticker', sky: [], region: null, lang: 'ko' } as const;

describe('the embed snippet', () => {
  it('is the one-line paste from the issue', () => {
    expect(
      buildSnippet({ ...base, sky: ['clear', 'partly-cloudy'] }, 'https://nalssi.example/embed.js'),
    ).toBe(
      '<div data-nalssi-widget data-view="ticker" data-sky="맑음,구름조금"></div>\n' +
        '<script async src="https://nalssi.example/embed.js"></script>',
    );
  });

  it('carries region and a non-default language', () => {
    const snippet = buildSnippet(
      { view: 'card', sky: [], region: '제주특별자치도', lang: 'en' },
      'https://x.example/embed.js',
    );
    expect(snippet).toContain('data-view="card" data-region="제주특별자치도" data-lang="en"');
  });

  it('writes the temperature colouring for the map view only', () => {
    const url = 'https://x.example/embed.js';
    expect(buildSnippet({ ...base, view: 'map', coloring: 'temperature' }, url)).toContain(
      'data-view="map" data-color="temperature"',
    );
    expect(buildSnippet({ ...base, view: 'map', coloring: 'sky' }, url)).not.toContain('color');
    expect(buildSnippet({ ...base, view: 'card', coloring: 'temperature' }, url)).not.toContain(
      'color',
    );
  });

  it('escapes attribute values', () => {
    expect(buildSnippet(base, 'https://x.example/embed.js?a=1&b="2"')).toContain(
      'src="https://x.example/embed.js?a=1&amp;b=&quot;2&quot;"',
    );
  });

  it('gives a widget URL that the widget parses back to the same options', () => {
    const options = {
      view: 'map',
      sky: ['rain'],
      region: '서울특별시',
      lang: 'en',
      coloring: 'temperature',
    } as const;
    const url = new URL(widgetPageUrl(options, 'https://x.example/app/embed.html', 'preview'));
    expect(url.pathname).toBe('/app/embed.html');
    expect(parseWidgetParams(url.search, () => {})).toMatchObject({ ...options, wid: 'preview' });
  });

  it('writes a station list, theme and interval, and leaves defaults out', () => {
    const snippet = buildSnippet(
      { ...base, stations: ['279', '90'], theme: 'dark', intervalSeconds: 6 },
      'https://x.example/embed.js',
    );
    expect(snippet).toContain(
      'data-view="ticker" data-stations="279,90" data-theme="dark" data-interval="6"',
    );
    const plain = buildSnippet({ ...base, theme: 'auto', intervalSeconds: 4 }, 'https://x/e.js');
    expect(plain).not.toMatch(/theme|interval|stations/);
  });

  it('writes the interval for the ticker only and the colouring for the map only', () => {
    const url = 'https://x.example/embed.js';
    expect(buildSnippet({ ...base, view: 'card', intervalSeconds: 9 }, url)).not.toContain(
      'interval',
    );
    expect(buildSnippet({ ...base, view: 'map', coloring: 'temperature' }, url)).toContain(
      'data-view="map" data-color="temperature"',
    );
    expect(buildSnippet({ ...base, view: 'card', coloring: 'temperature' }, url)).not.toContain(
      'color',
    );
  });

  it('gives the iframe its title, escaped', () => {
    expect(buildSnippet(base, 'https://x.example/embed.js', '"A" & <B> 날씨')).toContain(
      'data-title="&quot;A&quot; &amp; &lt;B&gt; 날씨"></div>',
    );
  });

  it('writes a plain iframe of the same widget, with its title, size and sandbox', () => {
    const options = { ...base, view: 'card', stations: ['279', '90'], lang: 'en' } as const;
    const iframe = buildIframeSnippet(options, 'https://x.example/embed.html', 'Gumi and 1 more');
    const frame = new DOMParser().parseFromString(iframe, 'text/html').querySelector('iframe')!;
    const src = new URL(frame.getAttribute('src')!);
    expect(src.origin + src.pathname).toBe('https://x.example/embed.html');
    expect(parseWidgetParams(src.search, () => {})).toMatchObject({
      view: 'card',
      stations: ['279', '90'],
      lang: 'en',
      wid: null,
    });
    expect(frame.getAttribute('title')).toBe('Gumi and 1 more');
    expect(frame.getAttribute('width')).toBe('300');
    expect(frame.getAttribute('height')).toBe('400');
    expect(frame.getAttribute('sandbox')).toBe(
      'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox',
    );
    expect(frame.getAttribute('referrerpolicy')).toBe('no-referrer');
    expect(iframe).toContain('&amp;');
  });
});
