/**
 * Builders for typed observations and raw feed payloads. Defaults are dull on
 * purpose (a clear, placed, 15 °C station) so each test states only what it is about.
 */
import { classifyCondition } from '../../../src/domain/conditions';
import type { Observation } from '../../../src/domain/observation';

let nextFeedIndex = 0;

type ObservationOverrides = Partial<Omit<Observation, 'condition'>> & {
  /** A feed word or code, classified by the real condition table. */
  readonly condition?: string;
};

export function anObservation(overrides: ObservationOverrides = {}): Observation {
  const feedIndex = overrides.feedIndex ?? nextFeedIndex++;
  const stationId = overrides.stationId ?? String(1000 + feedIndex);
  return {
    stationId,
    feedIndex,
    nameKo: overrides.nameKo ?? `관측소${stationId}`,
    nameEn: overrides.nameEn === undefined ? `Station ${stationId}` : overrides.nameEn,
    province: overrides.province === undefined ? '경기도' : overrides.province,
    condition: classifyCondition(overrides.condition ?? '맑음'),
    temperature: overrides.temperature === undefined ? 15 : overrides.temperature,
    position: overrides.position === undefined ? { lat: 37.5, lon: 127 } : overrides.position,
    observedAt: overrides.observedAt ?? null,
    windDirection: overrides.windDirection ?? null,
    windSpeed: overrides.windSpeed ?? null,
    humidity: overrides.humidity ?? null,
    precipitation1h: overrides.precipitation1h ?? null,
  };
}

/** Observations in feed order: `feedIndex` follows the array position. */
export function observationsInFeedOrder(list: readonly ObservationOverrides[]): Observation[] {
  return list.map((overrides, feedIndex) => anObservation({ ...overrides, feedIndex }));
}

/** `count` observations with distinct ids, for size tests. */
export function manyObservations(count: number): Observation[] {
  return Array.from({ length: count }, (_, feedIndex) =>
    anObservation({
      feedIndex,
      stationId: `S${feedIndex}`,
      nameKo: `관측소 ${feedIndex}`,
      temperature: (feedIndex % 70) - 20,
    }),
  );
}

/** A raw feed record as a feed would send it (JSON-like, unvalidated). */
export function aRecord(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { stationId: '90', name: '속초', condition: '맑음', temperature: 15.0, ...overrides };
}

/** A raw feed envelope around the given records. */
export function aFeed(
  observations: readonly unknown[],
  envelope: Record<string, unknown> = {},
): Record<string, unknown> {
  return { observedAt: '2024-05-21', source: '기상청', observations, ...envelope };
}
