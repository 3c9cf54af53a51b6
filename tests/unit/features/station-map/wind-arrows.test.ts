import { describe, expect, it } from 'vitest';
import { toWindArrows } from '../../../../src/features/station-map/wind-arrows';
import { anObservation } from '../../support/observations';

describe('toWindArrows', () => {
  it('points each arrow where the wind blows to: a north wind (from 0°) points south', () => {
    const [north, west] = toWindArrows([
      anObservation({ windDirection: 0, windSpeed: 5 }),
      anObservation({ windDirection: 270, windSpeed: 5 }),
    ]);
    expect(north!.rotation).toBe(180);
    expect(west!.rotation).toBe(90);
  });

  it('makes stronger winds longer and leaves calm, unplaced and windless stations out', () => {
    const arrows = toWindArrows([
      anObservation({ windDirection: 90, windSpeed: 2 }),
      anObservation({ windDirection: 90, windSpeed: 15 }),
      anObservation({ windDirection: 90, windSpeed: 0.1 }),
      anObservation({ windDirection: 90, windSpeed: 5, position: null }),
      anObservation({ windDirection: null, windSpeed: 5 }),
    ]);
    expect(arrows).toHaveLength(2);
    expect(arrows[1]!.length).toBeGreaterThan(arrows[0]!.length);
    expect(arrows[1]!.color).not.toBe(arrows[0]!.color);
  });
});
