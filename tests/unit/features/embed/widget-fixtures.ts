/** A small feed for the widget's DOM views, and a matchMedia that jsdom lacks. */
import { vi } from 'vitest';
import type { WidgetData } from '../../../../src/features/embed/view';
import type { Observation } from '../../../../src/domain/observation';
import { observationsInFeedOrder } from '../../support/observations';

export const HOSTILE_NAME = '<img src=x onerror=alert(1)>';

export function widgetData(
  stations: readonly Observation[] = observationsInFeedOrder([
    { stationId: '90', nameKo: '속초', nameEn: 'Sokcho', condition: '맑음', temperature: 15 },
    { stationId: '105', nameKo: '강릉', nameEn: 'Gangneung', condition: '흐림', temperature: 17.3 },
    { stationId: '108', nameKo: '서울', nameEn: 'Seoul', condition: '비', temperature: null },
  ]),
  stale = false,
): WidgetData {
  return {
    feed: {
      observedAt: '2024-05-21',
      source: '기상청',
      observations: stations,
      rejected: [],
      droppedValues: [],
      unplacedCount: 0,
      example: false,
    },
    stations,
    stale,
  };
}

/** Stub `prefers-reduced-motion` (jsdom has no matchMedia). */
export function stubReducedMotion(reduce: boolean): void {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: reduce && query.includes('reduce'),
    media: query,
    addEventListener: () => {},
    removeEventListener: () => {},
  }));
}
