import { describe, expect, it } from 'vitest';
import { buildSnippet, widgetPageUrl } from '../../../../src/features/embed/build-snippet';
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
});
