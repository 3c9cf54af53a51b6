import { describe, expect, it } from 'vitest';
import { arrowLength, hasWind, windBand, WIND_BANDS } from '../../../src/domain/wind-scale';

/** WCAG relative luminance contrast of two #rrggbb colours. */
function contrastRatio(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

describe('the wind speed scale', () => {
  it('puts band edges where KMA’s words change (4, 9, 14 m/s)', () => {
    expect(windBand(0).key).toBe('weak');
    expect(windBand(3.9).key).toBe('weak');
    expect(windBand(4).key).toBe('moderate');
    expect(windBand(9).key).toBe('strong');
    expect(windBand(14).key).toBe('veryStrong');
    expect(windBand(40).key).toBe('veryStrong');
  });

  it('grows the arrow with speed, within 10–30 px', () => {
    expect(arrowLength(0)).toBe(10);
    expect(arrowLength(10)).toBe(20);
    expect(arrowLength(20)).toBe(30);
    expect(arrowLength(60)).toBe(30);
    expect(arrowLength(-1)).toBe(10);
  });

  it('colours carry a white outline at 3:1 or more (a graphic next to the light land)', () => {
    for (const band of WIND_BANDS)
      expect(contrastRatio(band.color, '#ffffff')).toBeGreaterThanOrEqual(3);
  });

  it('is offered only when a station has both direction and speed', () => {
    expect(hasWind([{ windDirection: null, windSpeed: 3 }])).toBe(false);
    expect(hasWind([{ windDirection: 90, windSpeed: null }])).toBe(false);
    expect(
      hasWind([
        { windDirection: 90, windSpeed: null },
        { windDirection: 0, windSpeed: 0 },
      ]),
    ).toBe(true);
  });
});
