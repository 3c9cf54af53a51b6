/** The view that fits every land station of South Korea, Baengnyeongdo to Dokdo, Jeju included. */
export const KOREA_BOUNDS: [[number, number], [number, number]] = [
  [33.1, 124.6],
  [38.65, 130.95],
];

/** How far the map may be panned: a margin around the peninsula, so nobody gets lost at sea. */
export const KOREA_MAX_BOUNDS: [[number, number], [number, number]] = [
  [30.5, 121.5],
  [44, 134],
];
