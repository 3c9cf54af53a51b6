/**
 * Which station gets a map label first when space is short. The list below
 * is the one place that names the principal places (issue 11): the capital
 * and metropolitan cities, then the provincial seats and regional centres a
 * Korean reader looks for on a weather map, then the far islands. Every
 * other station follows: stations of the catalog first, then stations the
 * catalog does not know (a feed may bring them); within each group, by
 * station number (numeric ids by value, then any other ids as text). The rule is total, so placement is deterministic.
 */
import { findCatalogStation } from './station-catalog';

/** KMA station numbers in label priority order. */
export const PRINCIPAL_STATION_IDS: readonly string[] = [
  '108', // 서울
  '159', // 부산
  '143', // 대구
  '112', // 인천
  '156', // 광주
  '133', // 대전
  '152', // 울산
  '239', // 세종
  '119', // 수원
  '101', // 춘천
  '105', // 강릉
  '131', // 청주
  '177', // 홍성
  '146', // 전주
  '165', // 목포
  '168', // 여수
  '136', // 안동
  '138', // 포항
  '155', // 창원
  '184', // 제주
  '189', // 서귀포
  '115', // 울릉도
  '102', // 백령도
  '169', // 흑산도
];

/** The metropolitan cities (특별·광역·특별자치시) among the principal places: the phone's minimum. */
export const METROPOLITAN_STATION_IDS: readonly string[] = PRINCIPAL_STATION_IDS.slice(0, 8);

const PRINCIPAL_INDEX: ReadonlyMap<string, number> = new Map(
  PRINCIPAL_STATION_IDS.map((id, index) => [id, index]),
);

/** The three tiers, in order: principal places, other catalog stations, unknown stations. */
const CATALOG_TIER = 1_000;
const UNKNOWN_TIER = 2_000;

/** The tier of a station (lower comes first); principal places carry their list position. */
function tier(stationId: string): number {
  const principal = PRINCIPAL_INDEX.get(stationId);
  if (principal !== undefined) return principal;
  return findCatalogStation(stationId) ? CATALOG_TIER : UNKNOWN_TIER;
}

/** Whether the station is one of the principal places listed above. */
export function isPrincipalStation(stationId: string): boolean {
  return PRINCIPAL_INDEX.has(stationId);
}

/** Orders two station numbers by label priority: negative when `a` comes first. */
export function compareStationRank(a: string, b: string): number {
  return tier(a) - tier(b) || compareStationNumbers(a, b);
}

/** Numeric station numbers (KMA's) by value, before any other ids, which go by text. */
function compareStationNumbers(a: string, b: string): number {
  const numberA = /^\d+$/.test(a) ? Number(a) : null;
  const numberB = /^\d+$/.test(b) ? Number(b) : null;
  if (numberA !== null && numberB !== null && numberA !== numberB) return numberA - numberB;
  if (numberA !== null && numberB === null) return -1;
  if (numberA === null && numberB !== null) return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
