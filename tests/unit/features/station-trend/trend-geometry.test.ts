import { describe, expect, it } from 'vitest';
import { trendGeometry } from '../../../../src/features/station-trend/trend-geometry';

const BOX = { width: 100, height: 50, padding: 5 };

describe('trendGeometry', () => {
  it('puts the high at the top and the low at the bottom, hours evenly across', () => {
    const { path, points } = trendGeometry([10, 20, 15], BOX);
    expect(points).toEqual([
      { x: 0, y: 45 },
      { x: 50, y: 5 },
      { x: 100, y: 25 },
    ]);
    expect(path).toBe('M0 45L50 5L100 25');
  });

  it('breaks the line over an hour not observed instead of bridging it', () => {
    const { path, points } = trendGeometry([10, null, 20, 15], BOX);
    expect(points[1]).toBeNull();
    expect(path.match(/M/g)).toHaveLength(2);
  });

  it('draws a flat day across the middle and nothing for a station with no values', () => {
    expect(trendGeometry([12, 12], BOX).path).toBe('M0 25L100 25');
    expect(trendGeometry([null, null], BOX).path).toBe('');
  });
});
