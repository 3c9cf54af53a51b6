import { describe, expect, it } from 'vitest';
import { conditionDefinition } from '../../../src/domain/conditions';
import {
  isMapColoringAvailable,
  MAP_COLORING_KEYS,
  mapColoringFromInput,
  markerPaint,
} from '../../../src/domain/map-coloring';
import { TEMPERATURE_STEPS } from '../../../src/domain/temperature-scale';
import { anObservation } from '../support/observations';

describe('map colourings', () => {
  it('offers sky first (the default), temperature and wind', () => {
    expect(MAP_COLORING_KEYS).toEqual(['sky', 'temperature', 'wind']);
  });

  it('reads `color=` values and rejects the rest', () => {
    expect(mapColoringFromInput('temperature')).toBe('temperature');
    expect(mapColoringFromInput(' Sky ')).toBe('sky');
    expect(mapColoringFromInput('wind')).toBe('wind');
    expect(mapColoringFromInput('rain')).toBeNull();
    expect(mapColoringFromInput(null)).toBeNull();
  });

  it('offers wind only when some station reports both direction and speed', () => {
    const calmless = [anObservation({ windDirection: 270, windSpeed: null })];
    expect(isMapColoringAvailable('wind', calmless)).toBe(false);
    expect(
      isMapColoringAvailable('wind', [anObservation({ windDirection: 270, windSpeed: 3 })]),
    ).toBe(true);
  });

  it('offers temperature only when some station reports one', () => {
    const none = [anObservation({ temperature: null }), anObservation({ temperature: null })];
    expect(isMapColoringAvailable('temperature', none)).toBe(false);
    expect(isMapColoringAvailable('sky', none)).toBe(true);
    expect(
      isMapColoringAvailable('temperature', [...none, anObservation({ temperature: -2 })]),
    ).toBe(true);
  });

  it('colours a marker by its sky in the sky view and by its temperature in the other', () => {
    const station = anObservation({ condition: '비', temperature: 31.2 });
    expect(markerPaint(station, 'sky')).toEqual({
      color: conditionDefinition('rain').color,
      ink: '#ffffff',
      outline: null,
    });
    expect(markerPaint(station, 'temperature').color).toBe(TEMPERATURE_STEPS[11]!.color);
  });
});
