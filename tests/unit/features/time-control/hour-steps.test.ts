import { describe, expect, it } from 'vitest';
import {
  playbackStart,
  playbackTick,
  stepHour,
} from '../../../../src/features/time-control/hour-steps';

describe('stepping through 24 hours (index 23 is now)', () => {
  it('steps an hour and stops at the ends', () => {
    expect(stepHour(10, 24, 'previous')).toBe(9);
    expect(stepHour(0, 24, 'previous')).toBe(0);
    expect(stepHour(10, 24, 'next')).toBe(11);
    expect(stepHour(23, 24, 'next')).toBe(23);
  });

  it('jumps to the first hour and back to now', () => {
    expect(stepHour(10, 24, 'first')).toBe(0);
    expect(stepHour(3, 24, 'now')).toBe(23);
  });
});

describe('playback', () => {
  it('starts over from the first hour when pressed at now, else where it is', () => {
    expect(playbackStart(23, 24)).toBe(0);
    expect(playbackStart(5, 24)).toBe(5);
  });

  it('advances an hour per tick and stops when it reaches now', () => {
    expect(playbackTick(5, 24)).toEqual({ index: 6, playing: true });
    expect(playbackTick(22, 24)).toEqual({ index: 23, playing: false });
  });
});
