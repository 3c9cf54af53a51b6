import { describe, expect, it, vi } from 'vitest';
import { readConfig } from '../../../src/config/env';

/** Bad settings warn on the console; keep that quiet and let tests ask whether it happened. */
function quietWarnings() {
  return vi.spyOn(console, 'warn').mockImplementation(() => undefined);
}

describe('readConfig', () => {
  it('uses the defaults when nothing is set', () => {
    expect(readConfig({})).toEqual({
      observationsUrl: './data/observations.json',
      historyUrl: './data/history.json',
      newsUrl: './data/news.json',
      refreshIntervalMs: 10 * 60_000,
      tiles: null,
    });
  });

  it('resolves the default feed against the base path', () => {
    expect(readConfig({ BASE_URL: '/nalssi/' }).observationsUrl).toBe(
      '/nalssi/data/observations.json',
    );
  });

  it('takes a configured feed URL, trimmed, and ignores a blank one', () => {
    expect(
      readConfig({ VITE_OBSERVATIONS_URL: ' https://example.kr/obs.json ' }).observationsUrl,
    ).toBe('https://example.kr/obs.json');
    expect(readConfig({ VITE_OBSERVATIONS_URL: '   ' }).observationsUrl).toBe(
      './data/observations.json',
    );
  });

  it('resolves the default history against the base path, and takes a configured one, trimmed', () => {
    expect(readConfig({ BASE_URL: '/nalssi/' }).historyUrl).toBe('/nalssi/data/history.json');
    expect(readConfig({ VITE_HISTORY_URL: ' https://example.kr/h.json ' }).historyUrl).toBe(
      'https://example.kr/h.json',
    );
    expect(readConfig({ VITE_HISTORY_URL: ' ' }).historyUrl).toBe('./data/history.json');
  });

  it.each([
    ['5', 5],
    ['1', 1],
    ['1440', 1440],
    ['', 10],
  ])('reads VITE_REFRESH_MINUTES=%j as %i minutes', (raw, minutes) => {
    expect(readConfig({ VITE_REFRESH_MINUTES: raw }).refreshIntervalMs).toBe(minutes * 60_000);
  });

  it.each(['0', '-5', 'ten', '1441', 'Infinity', '0.5'])(
    'falls back to 10 minutes, with a warning, for VITE_REFRESH_MINUTES=%j',
    (raw) => {
      const warn = quietWarnings();
      expect(readConfig({ VITE_REFRESH_MINUTES: raw }).refreshIntervalMs).toBe(10 * 60_000);
      expect(warn).toHaveBeenCalledOnce();
    },
  );

  it('accepts an https tile template with {z}, {x} and {y}', () => {
    const config = readConfig({
      VITE_TILE_URL: 'https://{s}.tile.example.org/{z}/{x}/{y}.png',
      VITE_TILE_ATTRIBUTION: ' © Example contributors ',
    });
    expect(config.tiles).toEqual({
      url: 'https://{s}.tile.example.org/{z}/{x}/{y}.png',
      attribution: '© Example contributors',
    });
  });

  it('gives an empty attribution rather than undefined', () => {
    const config = readConfig({ VITE_TILE_URL: 'https://tile.example.org/{z}/{x}/{y}.png' });
    expect(config.tiles?.attribution).toBe('');
  });

  it.each([
    'http://tile.example.org/{z}/{x}/{y}.png', // not https
    'https://tile.example.org/{z}/{x}.png', // no {y}
    'https://tile.example.org/tiles.png',
    'javascript:alert(1)//{z}/{x}/{y}',
    'https://tile example.org/{z}/{x}/{y}.png',
  ])('keeps the offline vector map, with a warning, for the tile URL %j', (url) => {
    const warn = quietWarnings();
    expect(readConfig({ VITE_TILE_URL: url }).tiles).toBeNull();
    expect(warn).toHaveBeenCalledOnce();
  });

  it('uses the offline vector map when no tile URL is set', () => {
    const warn = quietWarnings();
    expect(readConfig({ VITE_TILE_URL: '  ' }).tiles).toBeNull();
    expect(warn).not.toHaveBeenCalled();
  });
});

describe('readConfig tile templates', () => {
  it('accepts placeholders in any order', () => {
    expect(readConfig({ VITE_TILE_URL: 'https://tiles.example/tile/{z}/{y}/{x}' }).tiles?.url).toBe(
      'https://tiles.example/tile/{z}/{y}/{x}',
    );
  });
});
