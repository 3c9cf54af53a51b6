import type { ConditionKey } from './conditions';
import type { Observation } from './observation';

/**
 * The sky filter, the one rule the dashboard, the widget and the tests share:
 * no chosen conditions means every station; otherwise the station's
 * condition must be one of them. Order is kept.
 */
export function matchesSky(observation: Observation, sky: ReadonlySet<ConditionKey>): boolean {
  return sky.size === 0 || sky.has(observation.condition.key);
}

export function filterBySky(
  observations: readonly Observation[],
  sky: ReadonlySet<ConditionKey>,
): readonly Observation[] {
  return sky.size === 0 ? observations : observations.filter((o) => matchesSky(o, sky));
}

/** 시·도 by its Korean name; null is the whole country. */
export function matchesRegion(observation: Observation, region: string | null): boolean {
  return region === null || observation.province === region;
}
