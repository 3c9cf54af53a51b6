/**
 * The map's fixed temperature scale: 13 steps of 3 °C, from "below 0" to
 * "33 and above", each with a colour and the ink (glyph colour) that reads on
 * it. Fixed, not fitted to the day's range, so the same colour always means
 * the same temperature and two days' maps can be compared.
 *
 * The colours run blue → pale yellow → red, in the manner of ColorBrewer's
 * RdYlBu (a diverging scheme that stays ordered for the common forms of
 * colour blindness, because lightness rises steadily towards the middle from
 * both ends). The pivot is 15–18 °C, mild weather. Values are our own; see
 * docs/decisions/0004-temperature-scale.md for the choice and
 * tests/unit/domain/temperature-scale.test.ts for the contrast checks.
 */

export interface TemperatureStep {
  /** Inclusive lower bound in °C; null for the open-ended coldest step. */
  readonly min: number | null;
  /** Exclusive upper bound in °C; null for the open-ended hottest step. */
  readonly max: number | null;
  /** Marker fill. */
  readonly color: string;
  /** Glyph colour on that fill: white on dark steps, near-black on pale ones. */
  readonly ink: string;
}

export const STEP_DEGREES = 3;
const WHITE = '#ffffff';
const DARK = '#111418';

export const TEMPERATURE_STEPS: readonly TemperatureStep[] = [
  { min: null, max: 0, color: '#313695', ink: WHITE },
  { min: 0, max: 3, color: '#3a5ba3', ink: WHITE },
  { min: 3, max: 6, color: '#3f76ae', ink: WHITE },
  { min: 6, max: 9, color: '#74a9cf', ink: DARK },
  { min: 9, max: 12, color: '#a3cde3', ink: DARK },
  { min: 12, max: 15, color: '#d2ebf0', ink: DARK },
  { min: 15, max: 18, color: '#f4f2c2', ink: DARK },
  { min: 18, max: 21, color: '#fddf8a', ink: DARK },
  { min: 21, max: 24, color: '#fbb661', ink: DARK },
  { min: 24, max: 27, color: '#f3874a', ink: DARK },
  { min: 27, max: 30, color: '#c9452f', ink: WHITE },
  { min: 30, max: 33, color: '#b2222d', ink: WHITE },
  { min: 33, max: null, color: '#7f0a26', ink: WHITE },
];

/** No temperature reported: neutral grey, never a colour of the scale. */
export const MISSING_TEMPERATURE: Omit<TemperatureStep, 'min' | 'max'> = {
  color: '#6b7280',
  ink: WHITE,
};

/** The step a temperature falls in; lower bounds are inclusive (3.0 °C is in 3–6). */
export function temperatureStepIndex(celsius: number): number {
  const index = Math.floor(celsius / STEP_DEGREES) + 1;
  return Math.min(TEMPERATURE_STEPS.length - 1, Math.max(0, index));
}

/** Fill and ink for a temperature, or the neutral grey when there is none. */
export function temperaturePaint(celsius: number | null): Omit<TemperatureStep, 'min' | 'max'> {
  if (celsius === null || !Number.isFinite(celsius)) return MISSING_TEMPERATURE;
  return TEMPERATURE_STEPS[temperatureStepIndex(celsius)]!;
}
