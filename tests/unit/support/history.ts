/** Raw history payloads for tests: three hours, plain values, overridable per station. */
export const THREE_HOURS = [
  '2024-05-21T13:00:00+09:00',
  '2024-05-21T14:00:00+09:00',
  '2024-05-21T15:00:00+09:00',
] as const;

export function aStationColumns(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { condition: ['맑음', '구름많음', '비'], temperature: [20.1, 21.5, 19.0], ...overrides };
}

export function aHistory(
  stations: Record<string, unknown> = { '108': aStationColumns() },
  envelope: Record<string, unknown> = {},
): Record<string, unknown> {
  return { source: '기상청', times: [...THREE_HOURS], stations, ...envelope };
}
