import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  MISSING_TEMPERATURE,
  STEP_DEGREES,
  TEMPERATURE_STEPS,
  temperaturePaint,
  temperatureStepIndex,
} from '../../../src/domain/temperature-scale';
import { markerPaint } from '../../../src/domain/map-coloring';
import { anObservation } from '../support/observations';
import { contrastRatio, relativeLuminance } from '../support/contrast';

/** The theme's land colours, read from the stylesheet the app ships (light, dark). */
function landColors(): { light: string; dark: string } {
  const css = readFileSync(new URL('../../../src/styles/theme.css', import.meta.url), 'utf8');
  const match = /--land:\s*light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\)/i.exec(css);
  if (!match) throw new Error('--land not found in theme.css');
  return { light: match[1]!, dark: match[2]! };
}

describe('the temperature scale', () => {
  it('covers every temperature with contiguous 3 °C steps, open at both ends', () => {
    expect(TEMPERATURE_STEPS[0]).toMatchObject({ min: null, max: 0 });
    expect(TEMPERATURE_STEPS.at(-1)).toMatchObject({ min: 33, max: null });
    for (let i = 1; i < TEMPERATURE_STEPS.length; i += 1) {
      expect(TEMPERATURE_STEPS[i]!.min).toBe(TEMPERATURE_STEPS[i - 1]!.max);
      const { min, max } = TEMPERATURE_STEPS[i]!;
      if (min !== null && max !== null) expect(max - min).toBe(STEP_DEGREES);
    }
  });

  it.each([
    [-20, 0],
    [-0.1, 0],
    [0, 1],
    [2.9, 1],
    [3, 2],
    [15, 6],
    [17.9, 6],
    [18, 7],
    [32.9, 11],
    [33, 12],
    [45, 12],
  ])('puts %s °C in step %i (lower bounds inclusive)', (celsius, index) => {
    expect(temperatureStepIndex(celsius)).toBe(index);
    const step = TEMPERATURE_STEPS[index]!;
    if (step.min !== null) expect(celsius).toBeGreaterThanOrEqual(step.min);
    if (step.max !== null) expect(celsius).toBeLessThan(step.max);
  });

  it('never gets colder as the temperature rises', () => {
    let previous = -1;
    for (let celsius = -30; celsius <= 45; celsius += 0.1) {
      const index = temperatureStepIndex(celsius);
      expect(index).toBeGreaterThanOrEqual(previous);
      previous = index;
    }
  });

  it('is ordered in lightness: lighter towards the mild middle from both ends', () => {
    const lightness = TEMPERATURE_STEPS.map(({ color }) => relativeLuminance(color));
    const pivot = lightness.indexOf(Math.max(...lightness));
    expect(TEMPERATURE_STEPS[pivot]).toMatchObject({ min: 15, max: 18 });
    for (let i = 1; i <= pivot; i += 1) expect(lightness[i]).toBeGreaterThan(lightness[i - 1]!);
    for (let i = pivot + 1; i < lightness.length; i += 1)
      expect(lightness[i]).toBeLessThan(lightness[i - 1]!);
  });

  it('has distinct colours, none of them the grey for missing values', () => {
    const colors = TEMPERATURE_STEPS.map(({ color }) => color.toLowerCase());
    expect(new Set(colors).size).toBe(colors.length);
    expect(colors).not.toContain(MISSING_TEMPERATURE.color.toLowerCase());
  });

  it('draws the glyph on every step (and on the grey) at text contrast, ≥ 4.5:1', () => {
    for (const { color, ink } of [...TEMPERATURE_STEPS, MISSING_TEMPERATURE]) {
      expect(contrastRatio(color, ink), `${ink} on ${color}`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('keeps every marker visible on the land in both themes (fill or ring ≥ 3:1)', () => {
    const land = landColors();
    for (const theme of ['light', 'dark'] as const) {
      for (const temperature of [-5, 1, 4, 7, 10, 13, 16, 19, 22, 25, 28, 31, 35, null]) {
        const { color, outline } = markerPaint(anObservation({ temperature }), 'temperature');
        const edge = Math.max(
          contrastRatio(color, land[theme]),
          contrastRatio(outline ?? color, land[theme]),
        );
        expect(edge, `${temperature} °C on the ${theme} land`).toBeGreaterThanOrEqual(3);
      }
    }
  });

  it('draws a missing temperature in neutral grey', () => {
    expect(temperaturePaint(null)).toBe(MISSING_TEMPERATURE);
    expect(temperaturePaint(Number.NaN)).toBe(MISSING_TEMPERATURE);
  });
});
