/**
 * Deriving the ticker's sky word from what a station measured.
 *
 * Precedence (the README's "Use live KMA data" section explains which parts are KMA/WMO definitions
 * and which are this project's choices):
 *   1. present weather (WMO code table 4677), when the station reported it
 *      and the code names a phenomenon at the station now;
 *   2. otherwise the total cloud amount, by the 4-class table (default) or the
 *      3-class table;
 *   3. otherwise `not-observed`: a station that saw neither must not claim 맑음.
 *
 * Words come from the condition table (`conditions.ts`); this file only
 * chooses condition codes.
 */
import { classifyCondition, conditionDefinition, type ConditionCode } from '../domain/conditions';
import type { SkyEvidence } from './source-reading';

export type CloudClasses = 3 | 4;

/** Why a record got its word: shown as counts in the run summary. */
export type SkyBasis = 'feed-word' | 'present-weather' | 'cloud-amount' | 'not-observed';

export interface SkyWord {
  readonly word: string;
  readonly basis: SkyBasis;
  /** False when a feed's own word is not in the condition table (kept as written). */
  readonly known: boolean;
}

interface Band {
  readonly upTo: number;
  readonly code: ConditionCode;
}

/** Total cloud amount (tenths) → sky class. Bands are inclusive upper bounds. */
export const CLOUD_CLASS_TABLES: Readonly<Record<CloudClasses, readonly Band[]>> = {
  // KMA's observation terms: 맑음 0–2, 구름조금 3–5, 구름많음 6–8, 흐림 9–10.
  4: [
    { upTo: 2, code: 'clear' },
    { upTo: 5, code: 'partly-cloudy' },
    { upTo: 8, code: 'mostly-cloudy' },
    { upTo: 10, code: 'overcast' },
  ],
  // KMA's forecast SKY classes since 구름조금 was dropped: 맑음 0–5, 구름많음 6–8, 흐림 9–10.
  3: [
    { upTo: 5, code: 'clear' },
    { upTo: 8, code: 'mostly-cloudy' },
    { upTo: 10, code: 'overcast' },
  ],
};

interface WeatherRange {
  readonly from: number;
  readonly to: number;
  /** null: no phenomenon at the station now, so the cloud amount decides. */
  readonly code: ConditionCode | null;
}

/**
 * WMO 4677 ww ranges → condition. The ranges are WMO's; the choice of word
 * for each range is ours, limited to the words the ticker already uses.
 */
export const PRESENT_WEATHER_TABLE: readonly WeatherRange[] = [
  { from: 0, to: 3, code: null }, // cloud development only
  { from: 4, to: 5, code: 'haze' }, // smoke, haze
  { from: 6, to: 9, code: 'yellow-dust' }, // dust in suspension or raised by wind, whirls, duststorm
  { from: 10, to: 10, code: 'mist' },
  { from: 11, to: 12, code: 'fog' }, // shallow fog at the station
  { from: 13, to: 16, code: null }, // lightning without thunder; precipitation in sight, not here
  { from: 17, to: 17, code: 'thunderstorm' }, // thunder now, no precipitation
  { from: 18, to: 19, code: null }, // squalls, funnel cloud: no sky word of their own
  { from: 20, to: 29, code: null }, // during the preceding hour, not now
  { from: 30, to: 35, code: 'yellow-dust' }, // duststorm, sandstorm
  { from: 36, to: 39, code: 'snow' }, // drifting or blowing snow
  { from: 40, to: 40, code: null }, // fog at a distance, not at the station
  { from: 41, to: 49, code: 'fog' },
  { from: 50, to: 57, code: 'drizzle' }, // incl. freezing drizzle
  { from: 58, to: 67, code: 'rain' }, // drizzle and rain, rain, freezing rain
  { from: 68, to: 69, code: 'sleet' }, // rain or drizzle and snow
  { from: 70, to: 79, code: 'snow' }, // snow, diamond dust, snow grains, ice pellets
  { from: 80, to: 82, code: 'shower' },
  { from: 83, to: 84, code: 'sleet' }, // showers of rain and snow
  { from: 85, to: 86, code: 'snow' }, // snow showers
  { from: 87, to: 90, code: 'hail' }, // showers of snow pellets, small hail, hail
  { from: 91, to: 99, code: 'thunderstorm' },
];

const word = (code: ConditionCode) => conditionDefinition(code).ko;

/** The condition a WMO 4677 code stands for, or null when the sky should decide. */
export function presentWeatherCondition(ww: number): ConditionCode | null {
  return PRESENT_WEATHER_TABLE.find((range) => ww >= range.from && ww <= range.to)?.code ?? null;
}

/** The sky class for a cloud amount in tenths, or null when it is not one (0–10). */
export function cloudAmountCondition(tenths: number, classes: CloudClasses): ConditionCode | null {
  if (!Number.isFinite(tenths) || tenths < 0 || tenths > 10) return null;
  return CLOUD_CLASS_TABLES[classes].find((band) => tenths <= band.upTo)?.code ?? null;
}

/** The sky word for one reading, and what it rests on. */
export function deriveSkyWord(sky: SkyEvidence, classes: CloudClasses): SkyWord {
  if (sky.kind === 'word') return feedWord(sky.word);

  if (sky.presentWeather !== null) {
    const phenomenon = presentWeatherCondition(sky.presentWeather);
    if (phenomenon) return { word: word(phenomenon), basis: 'present-weather', known: true };
  }
  if (sky.cloudTenths !== null) {
    const cloudClass = cloudAmountCondition(sky.cloudTenths, classes);
    if (cloudClass) return { word: word(cloudClass), basis: 'cloud-amount', known: true };
  }
  return { word: word('not-observed'), basis: 'not-observed', known: true };
}

/**
 * A word the feed gave. Known words and aliases (`-` included) become the
 * table's word; unknown ones are kept as written, because KMA's vocabulary is
 * not published in full and the dashboard shows such words under 기타.
 */
function feedWord(input: string): SkyWord {
  const raw = input.trim();
  if (raw === '') return { word: word('not-observed'), basis: 'not-observed', known: true };
  const { key } = classifyCondition(raw);
  if (key === 'other') return { word: raw, basis: 'feed-word', known: false };
  const basis = key === 'not-observed' ? 'not-observed' : 'feed-word';
  return { word: word(key), basis, known: true };
}
