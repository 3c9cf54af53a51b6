/**
 * Deterministic synthetic observation feeds for the benchmark: N stations on
 * South Korea's land (a rough mainland polygon, Jeju and Ulleungdo), a
 * realistic sky-condition mix and temperatures that fall from south to north.
 * The same (count, seed) always gives the same bytes, so runs compare.
 */

export interface SyntheticRecord {
  readonly stationId: string;
  readonly name: string;
  readonly condition: string;
  readonly temperature: number | null;
  readonly lat: number;
  readonly lon: number;
}

export interface SyntheticFeed {
  readonly observedAt: string;
  readonly source: string;
  readonly observations: readonly SyntheticRecord[];
}

/** The sizes the benchmark compares; 20,000 is the parse-stress size. */
export const BENCH_SIZES = [97, 1_000, 10_000, 20_000] as const;
export const DEFAULT_SEED = 20_240_521;

/** mulberry32: tiny, fast and good enough to scatter points; returns [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

type Ring = readonly (readonly [lon: number, lat: number])[];

/** The mainland, traced a little inside the coast (lon, lat), clockwise from the Han estuary. */
const MAINLAND: Ring = [
  [126.72, 37.75],
  [126.95, 38.12],
  [127.12, 38.22],
  [127.5, 38.22],
  [128.0, 38.24],
  [128.22, 38.35],
  [128.3, 38.5],
  [128.6, 38.12],
  [128.95, 37.7],
  [129.33, 37.05],
  [129.38, 36.05],
  [129.28, 35.52],
  [129.05, 35.15],
  [128.5, 35.15],
  [128.0, 35.08],
  [127.7, 35.0],
  [127.4, 34.95],
  [127.0, 34.72],
  [126.6, 34.55],
  [126.52, 34.85],
  [126.62, 35.45],
  [126.75, 35.75],
  [126.78, 35.98],
  [126.62, 36.3],
  [126.62, 36.6],
  [126.72, 36.8],
  [126.95, 36.9],
  [126.9, 37.1],
  [126.8, 37.35],
  [126.72, 37.55],
];

interface LandArea {
  readonly name: string;
  /** Share of the stations placed here (AWS networks are dense on the islands). */
  readonly share: number;
  readonly box: { minLon: number; maxLon: number; minLat: number; maxLat: number };
  readonly contains: (lon: number, lat: number) => boolean;
}

function insideRing(ring: Ring, lon: number, lat: number): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function ellipse(name: string, share: number, lon: number, lat: number, rx: number, ry: number) {
  return {
    name,
    share,
    box: { minLon: lon - rx, maxLon: lon + rx, minLat: lat - ry, maxLat: lat + ry },
    contains: (x: number, y: number) => ((x - lon) / rx) ** 2 + ((y - lat) / ry) ** 2 <= 1,
  } satisfies LandArea;
}

export const LAND_AREAS: readonly LandArea[] = [
  {
    name: 'mainland',
    share: 0.955,
    box: { minLon: 126.5, maxLon: 129.4, minLat: 34.55, maxLat: 38.5 },
    contains: (lon, lat) => insideRing(MAINLAND, lon, lat),
  },
  ellipse('jeju', 0.04, 126.55, 33.38, 0.3, 0.12),
  ellipse('ulleungdo', 0.005, 130.865, 37.5, 0.035, 0.03),
];

/** Share of each KMA sky word: mostly clear-to-overcast, some mist and rain. */
export const CONDITION_MIX: readonly (readonly [word: string, share: number])[] = [
  ['맑음', 0.3],
  ['구름조금', 0.18],
  ['구름많음', 0.2],
  ['흐림', 0.15],
  ['박무', 0.05],
  ['연무', 0.03],
  ['비', 0.05],
  ['안개', 0.01],
  ['이슬비', 0.01],
  ['소나기', 0.01],
  ['눈', 0.01],
];

const PLACES = (
  '서울 부산 대구 인천 광주 대전 울산 세종 수원 춘천 강릉 원주 청주 충주 천안 서산 ' +
  '전주 군산 목포 여수 순천 포항 안동 구미 경주 창원 진주 통영 김해 제주 서귀포 성산 ' +
  '고산 속초 태백 정선 홍천 보령 부여 남원 고창 해남 완도 거창 합천 밀양 울진 영덕'
).split(' ');
const SUFFIXES = ['읍', '면', '동', '리', '산', '항', '공항', '댐'] as const;

function pick<T>(items: readonly T[], random: () => number): T {
  return items[Math.floor(random() * items.length)]!;
}

function pickCondition(random: () => number): string {
  let r = random();
  for (const [word, share] of CONDITION_MIX) {
    if (r < share) return word;
    r -= share;
  }
  return CONDITION_MIX[0]![0];
}

function randomLandPoint(random: () => number): { lat: number; lon: number } {
  let r = random();
  const area = LAND_AREAS.find((candidate) => (r -= candidate.share) < 0) ?? LAND_AREAS[0]!;
  const { minLon, maxLon, minLat, maxLat } = area.box;
  for (;;) {
    const lon = minLon + random() * (maxLon - minLon);
    const lat = minLat + random() * (maxLat - minLat);
    if (area.contains(lon, lat)) return { lat: round(lat, 5), lon: round(lon, 5) };
  }
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** 30 °C on the south coast down to 5 °C at the DMZ, ±3 °C of noise; ~1.5 % not reported. */
function temperatureAt(lat: number, random: () => number): number | null {
  if (random() < 0.015) return null;
  const base = 30 - ((lat - 33.2) / (38.6 - 33.2)) * 22;
  return round(Math.min(30, Math.max(5, base + (random() - 0.5) * 6)), 1);
}

/** The feed schema allows 60 characters; these take 56, mostly Hangul (3 bytes each in UTF-8). */
function longName(place: string, suffix: string, index: number): string {
  const name = `${place}${suffix} 자동기상관측소 제${index}지점 지상고층겸용 무인관측장비 설치구역 북측공터 경계표지판 인근 소나무숲 언덕`;
  return name.slice(0, 56);
}

export interface SyntheticFeedOptions {
  readonly seed?: number;
  /** 56-character names, for the parse-stress feed. */
  readonly longNames?: boolean;
}

export function syntheticFeed(count: number, options: SyntheticFeedOptions = {}): SyntheticFeed {
  const random = seededRandom((options.seed ?? DEFAULT_SEED) ^ count);
  const observations: SyntheticRecord[] = [];
  for (let i = 0; i < count; i += 1) {
    const { lat, lon } = randomLandPoint(random);
    const place = pick(PLACES, random);
    const suffix = pick(SUFFIXES, random);
    observations.push({
      stationId: `S${String(i + 1).padStart(6, '0')}`,
      name: options.longNames ? longName(place, suffix, i + 1) : `${place}${suffix} ${i + 1}`,
      condition: pickCondition(random),
      temperature: temperatureAt(lat, random),
      lat,
      lon,
    });
  }
  return {
    observedAt: '2025-05-21T15:00:00+09:00',
    source: 'Nalssi bench (synthetic)',
    observations,
  };
}

/** The parse-stress feed: 20,000 records with long names, about 5 MB of JSON. */
export function parseStressFeed(seed = DEFAULT_SEED): SyntheticFeed {
  return syntheticFeed(20_000, { seed, longNames: true });
}

export function countCondition(feed: SyntheticFeed, word: string): number {
  return feed.observations.filter((record) => record.condition === word).length;
}
