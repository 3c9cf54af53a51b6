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

/**
 * The first view on a phone: the mainland and Jeju, Taean to Pohang. The
 * whole country at 390 px wide (zoom 6.25) leaves no room beside 서울 or 대전
 * for a name without covering a neighbour's marker; from zoom 7 there is. The
 * far islands (백령도, 흑산도, 울릉도) are one swipe away.
 */
export const KOREA_MAINLAND_BOUNDS: [[number, number], [number, number]] = [
  [33.15, 126.1],
  [38.4, 129.65],
];
